"""Paragraphs from lines: each line is a paragraph unless it is the first part of a broken one.

- a line ending in a colon only introduces what follows (a quote): "quote-intro";
- a long line that stops mid-sentence (no end mark, no closing quote) goes on in the next line:
  "joined-broken" when a blank line separated the two, "wrapped-line" when a single newline did.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.normalize import search_form
from .cues import continues_sentence, ends_closed, is_dateline, lead_strength, starts_with_connective, words
from .lines import Line

OPENERS = "«“\"'(-–—•*"
# words a sentence cannot stop on (search form): prepositions, particles, relatives, conjunctions
DANGLING = frozenset(search_form(w) for w in """
في على إلى من عن مع بين حول ضد عبر نحو لدى عند منذ حتى خلال بعد قبل أن إن أنه إنه لأن كي لكي
التي الذي الذين اللذين اللتين ما لا لم لن قد و أو ثم بل لكن كما وقال وتقول وقالت وأضاف""".split())
BROKEN_MIN_WORDS = 8  # a shorter unfinished line is a label, byline or heading, not half a paragraph
BLANK_MIN_WORDS = 15  # across a blank line, an unfinished line this short is more likely a cross-head
LIST_ITEM = re.compile(r"^(?:[*•▪●■◆►>·-]|\d{1,2}\s*[-.)])")
LOOSE_ITEM = re.compile(r"^\S+@\S+$|^(?:https?://|www\.)\S+$|^@\w+$|^\w+:\s*@\w+$")  # a signature line


@dataclass
class Block:
    kind: str  # "paragraph" | "headline"
    start: int
    end: int
    lines: list[Line]
    joined: list[str] = field(default_factory=list)

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]


def join_reason(prev: Line, line: Line) -> str | None:
    """Why `line` continues the paragraph that ends with `prev`, or None."""
    tail = prev.text.rstrip()
    if tail.endswith(":") and not LIST_ITEM.match(line.text):
        return "quote-intro"
    n_words = len(tail.split())
    if ends_closed(tail) or n_words < BROKEN_MIN_WORDS or LIST_ITEM.match(line.text) or LOOSE_ITEM.match(line.text):
        return None
    if is_dateline(line.text) or lead_strength(line.text) == 2:
        return None
    # a paragraph that merely lacks its final stop is more common than a broken one: join only
    # when this one stops on a word that needs a continuation, or the next starts mid-sentence, or
    # (a long line) the next cannot open a paragraph (no connective, no quote)
    last = words(tail[-40:])[-1:] or [""]
    if last[0] in DANGLING or continues_sentence(line.text):
        return "joined-broken" if line.blank_before else "wrapped-line"
    if line.blank_before and n_words < BLANK_MIN_WORDS:
        return None  # a short unfinished line before a blank is a cross-head more often than half a paragraph
    if not (starts_with_connective(line.text) or line.text[0] in OPENERS):
        return "joined-broken" if line.blank_before else "wrapped-line"
    return None


def assemble(lines: list[Line], headlines: set[int], skip: dict[int, str]) -> list[Block]:
    """Headline and paragraph blocks in text order; skipped lines (boilerplate) break any chain."""
    blocks: list[Block] = []
    current: Block | None = None
    for i, line in enumerate(lines):
        if i in skip:
            current = None
            continue
        if i in headlines:
            blocks.append(Block("headline", line.start, line.end, [line]))
            current = None
            continue
        if current is not None:
            reason = join_reason(current.last, line)
            if reason:
                current.end = line.end
                current.lines.append(line)
                current.joined.append(reason)
                continue
        current = Block("paragraph", line.start, line.end, [line])
        blocks.append(current)
    return blocks
