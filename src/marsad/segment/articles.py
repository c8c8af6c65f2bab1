"""Articles from blocks: a headline opens an article, and so does a paragraph that opens a new
report with no headline: a dateline, a bare lead verb followed by a title ("قال وزير …"), or, in a
text with no title of its own, a change of words (a cohesion valley, cohesion.py) after a finished
paragraph or a line that ends a report. Measured by tests/segment/compilation_eval.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import cohesion
from .cues import (closes_story, content_words, ends_closed, is_date_line, is_dateline, lead_strength, reports, says_when,
                   starts_with_connective)
from .paragraphs import Block

COHESION = 0.15  # below this share of words already seen in the story, a lead opens a new one
COHESION_NO_VERB = 0.05
# a change of story with no surface cue: the windows around the gap share almost nothing
VALLEY = 0.03  # at most this cosine between the paragraphs before and after
VALLEY_DEPTH = 0.06  # and this far below the cosines of the neighbouring gaps
PAIR = 0.01  # nor between the two paragraphs that meet
# a paragraph that opens like a report (a report verb, a dateline, a time word) needs less of a change
REPORT_VALLEY, REPORT_DEPTH, REPORT_PAIR = 0.05, 0.03, 0.02
# in a text with no title block, paragraphs around a gap that share this much are one story: a heading
# line there is a cross-head, a lead verb there brings in another voice (a dateline still cuts)
SAME_STORY = 0.15
CLOSED_VALLEY = 0.1  # after a line that ends a report ("// انتهى //"), any clear change of words
MIN_ARTICLE_WORDS = 60  # shorter stretches on either side are not cut off as articles
BYLINE_WORDS = 8  # a line this short before a lead is its byline or dateline
MIN_LEAD_WORDS = 20  # a news lead is a full paragraph, not a byline or a caption


@dataclass
class Draft:
    headline: Block | None = None
    paragraphs: list[Block] = field(default_factory=list)


def opens_story(prev: Block, block: Block, story: list[str], single_page: bool = False,
                following: Block | None = None, weak: bool = True) -> bool:
    """`block` starts a new report after `prev` closed the previous one; `story` holds the texts of
    the story so far. On a `single_page` (an input with its own title) a lead must also change topic;
    `weak=False` leaves out the leads with no lead verb."""
    if not (ends_closed(prev.last.text) or closes_story(prev.last.text)) or starts_with_connective(block.first.text):
        return False
    if is_dateline(block.first.text):
        return True
    strength = lead_strength(block.first.text)
    if strength == 2 and not single_page:
        return True
    # a whitespace-only filler line before it is a page break left over from the web page
    if strength == 1 and block.first.filler_before:
        return True
    # a lead that speaks of other things than the story so far (a change of lead entity); with no
    # lead verb the change of words must be near total
    if single_page and strength < 2:
        return False
    if not strength and not weak:
        return False
    threshold = COHESION if strength or says_when(block.first.text) else COHESION_NO_VERB
    lead = content_words(block.first.text[:300])
    if len(lead) < 5 or (not strength and len(block.first.text.split()) < 20):
        return False
    seen = set().union(*(content_words(t) for t in story))
    if len(lead & seen) >= threshold * len(lead):
        return False
    if strength or following is None or following.kind != "paragraph":
        return True
    # with no lead verb, the paragraph after it must stay away from the old story too (a column
    # that digresses for one paragraph comes back to its words)
    nxt = content_words(following.first.text[:300])
    return len(nxt & seen) < COHESION * max(len(nxt), 1)


def lexical_break(prev: Block, block: Block, following: Block | None, gaps: cohesion.Gaps, k: int, before: int,
                  after: int, split: bool = False) -> bool:
    """A change of story found by its words: both sides are article-long, this paragraph is a full one
    that does not link back, the one before is finished, and the words change (a cohesion valley);
    after a line that ends a report, a low cosine is enough; a report split off an unfinished
    paragraph (split_joined) has shown its change of words already."""
    lead, size = block.first.text, sum(len(line.text.split()) for line in block.lines)
    if size <= BYLINE_WORDS and following is not None and following.kind == "paragraph":
        # a byline or dateline line of its own ("حنان الحامدي – عين اليوم"): the lead is the next paragraph
        lead, size = following.first.text, size + sum(len(line.text.split()) for line in following.lines)
    # under a line that is only a date, even a lead that opens with و starts the dated report
    if before < MIN_ARTICLE_WORDS or after < MIN_ARTICLE_WORDS or starts_with_connective(block.first.text) \
            or starts_with_connective(lead) and not is_date_line(block.first.text) or size < MIN_LEAD_WORDS:
        return False
    if split:
        return True
    if closes_story(prev.last.text):
        return gaps.score(k) <= CLOSED_VALLEY
    if not ends_closed(prev.last.text):
        return False
    valley, deep, pair_max = (REPORT_VALLEY, REPORT_DEPTH, REPORT_PAIR) if reports(block.first.text) or reports(lead) \
        else (VALLEY, VALLEY_DEPTH, PAIR)
    return gaps.pair(k) <= pair_max and gaps.score(k) <= valley and gaps.depth(k) >= deep


def split_joined(blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """Paragraphs joined across a blank line because the first part had no final stop, split again
    where the second part opens a report on other words: a story that ended on an unpunctuated line
    (a tag list, a link line) is not half of the next one's paragraph. Returns the blocks and the
    indexes of those that open a report this way."""
    out: list[Block] = []
    opened: set[int] = set()
    for block in blocks:
        while block.kind == "paragraph" and "joined-broken" in block.joined:
            cut = next((i for i, reason in enumerate(block.joined, 1) if reason == "joined-broken"
                        and _opens_other_story(block.lines[:i], block.lines[i:])), None)
            if cut is None:
                break
            out.append(Block("paragraph", block.start, block.lines[cut - 1].end, block.lines[:cut],
                             block.joined[:cut - 1]))
            block = Block("paragraph", block.lines[cut].start, block.end, block.lines[cut:], block.joined[cut:])
            opened.add(len(out))
        out.append(block)
    return out, opened


def _opens_other_story(head: list, tail: list) -> bool:
    lead = tail[0].text
    if len(lead.split()) < MIN_LEAD_WORDS or starts_with_connective(lead) or not reports(lead):
        return False
    before = cohesion.weighted(" ".join(line.text for line in head))
    return cohesion.cosine(before, cohesion.weighted(" ".join(line.text for line in tail))) <= REPORT_PAIR


def group(blocks: list[Block], single_page: bool = False, compilation: bool = False) -> list[Draft]:
    """Articles of the blocks. Leads with no lead verb only count in a text known to be a compilation
    (a title block, or a story change found on strong cues): in a single article they are digressions.
    Cohesion valleys cut only texts with no title of their own; in those that have no title block
    either, a heading line between paragraphs on the same words is a cross-head."""
    drafts = _group(blocks, single_page, weak=False)
    if not single_page and (compilation or len(drafts) > 1):
        drafts = _group(blocks, single_page, weak=True)
    if not single_page and len(blocks) > 1:
        blocks, opened = split_joined(blocks)
        texts = [" ".join(line.text for line in b.lines) for b in blocks]
        drafts = _group(blocks, single_page, weak=len(drafts) > 1 or compilation, gaps=cohesion.Gaps(texts),
                        sizes=[len(t.split()) for t in texts], compilation=compilation, opened=opened)
    return drafts


def _group(blocks: list[Block], single_page: bool, weak: bool, gaps: cohesion.Gaps | None = None,
           sizes: list[int] | None = None, compilation: bool = False, opened: set[int] = frozenset()) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    story: list[str] = []  # texts of the current story, for the cohesion test
    story_words = 0
    rest = sum(sizes) if sizes else 0  # words from this block to the end
    for k, block in enumerate(blocks):
        if sizes:
            rest -= sizes[k - 1] if k else 0
        # a second heading line right after a headline (a standfirst) belongs to the story as a
        # paragraph, and so does a cross-head inside one story (the words go on across it)
        if block.kind == "headline" and not (current is not None and current.headline is not None
                                             and not current.paragraphs) \
                and not (gaps is not None and not compilation and current is not None and current.paragraphs
                         and gaps.score(k) >= SAME_STORY):
            current = Draft(headline=block)
            drafts.append(current)
            story = [block.first.text]
            story_words = sizes[k] if sizes else 0
            continue
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if current is None or (current.paragraphs and (
                opens_story(current.paragraphs[-1], block, story, single_page, following, weak)
                and not (gaps is not None and not compilation and not is_dateline(block.first.text)
                         and gaps.score(k) >= SAME_STORY)
                or gaps is not None and lexical_break(current.paragraphs[-1], block, following, gaps, k, story_words,
                                                      rest, k in opened))):
            current = Draft()
            drafts.append(current)
            story, story_words = [], 0
        current.paragraphs.append(block)
        story.append(block.first.text[:2000])
        story_words += sizes[k] if sizes else 0
    return [d for d in drafts if d.paragraphs or d.headline]
