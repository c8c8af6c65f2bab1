"""Articles from blocks: a headline opens an article, and so does a paragraph that opens a new
report with no headline (a dateline, or a bare lead verb followed by a title: "قال وزير …")."""
from __future__ import annotations

from dataclasses import dataclass, field

from .cues import ends_closed, is_dateline, lead_strength, starts_with_connective
from .paragraphs import Block


@dataclass
class Draft:
    headline: Block | None = None
    paragraphs: list[Block] = field(default_factory=list)


def opens_story(prev: Block, block: Block) -> bool:
    """`block` starts a new report after `prev` closed the previous one."""
    if not ends_closed(prev.last.text) or starts_with_connective(block.first.text):
        return False
    if is_dateline(block.first.text):
        return True
    strength = lead_strength(block.first.text)
    # a whitespace-only filler line before it is a page break left over from the web page
    return strength == 2 or (strength == 1 and block.first.filler_before)


def group(blocks: list[Block]) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    for block in blocks:
        if block.kind == "headline":
            if current is not None and current.headline is not None and not current.paragraphs:
                block.kind = "paragraph"  # a second heading line (a standfirst) belongs to the story
            else:
                current = Draft(headline=block)
                drafts.append(current)
                continue
        if current is None or (current.paragraphs and opens_story(current.paragraphs[-1], block)):
            current = Draft()
            drafts.append(current)
        current.paragraphs.append(block)
    return [d for d in drafts if d.paragraphs or d.headline]
