"""Headlines: split a title line that holds several glued headlines, and tell headline lines in a
body from paragraphs."""
from __future__ import annotations

import re

from ..text.normalize import search, search_form
from .cues import (CLOSERS, END_MARKS, continues_sentence, ends_closed, ends_sentence, is_dateline,
                   lead_strength, says_when, starts_with_connective)
from .lines import Line

MAX_WORDS = 18
DANGLING_END = re.compile(r"(?:\s(?:في|على|إلى|من|عن|أن|إن|التي|الذي|و)|[،,:؛;-])\s*$")
BYLINE_WORDS = 8  # a line this short between a headline and its lead is a byline or a dateline
MAX_CHARS = 160
# a closing quotation mark or an end mark glued to the next word: where two headlines were merged
GLUE = re.compile(r"[»”\"]|(?<=[\u0621-\u064A])[.!?؟](?![.\d])")
OPENER = {"»": "«", "”": "“", "\"": "\""}
INNER_END = re.compile(r"(?<!\.)[.!?؟](?!\.)\s+\S")
SPACE = re.compile(r"\s+")
LIST_ITEM = re.compile(r"^(?:[*•▪●■◆►>·-]|\d{1,2}\s*[-.)]\s)")


def key(s: str) -> str:
    """Comparison key: search form, no punctuation, single spaces."""
    return SPACE.sub(" ", re.sub(r"[^\w\s]|_", " ", search_form(s))).strip()


def shape(s: str) -> bool:
    """Short, one sentence at most, and not ending like a clause that goes on (colon, comma, dash)."""
    n = len(s.split())
    if n < 3 or n > MAX_WORDS or len(s) > MAX_CHARS or LIST_ITEM.match(s):
        return False  # two words or a bullet: a cross-head or list item inside a story
    if s.rstrip()[-1] in ":،,؛;-–—ـ":
        return False
    return len(INNER_END.findall(s.rstrip().rstrip(CLOSERS).rstrip(END_MARKS))) == 0


def split_title(text: str, line: Line, body: list[Line]) -> list[tuple[int, int]]:
    """The headline spans in one title line."""
    cuts: set[int] = set()
    folded = search(line.text, line.start)
    flat = folded.text
    # 1. a body headline that repeats the end (or the start) of the title line
    for other in body:
        if not shape(other.text):
            continue
        probe = search_form(other.text).strip()
        if len(probe) < 8 or len(probe) >= len(flat.strip()):
            continue
        if flat.rstrip().endswith(probe):
            cuts.add(folded.offsets[len(flat.rstrip()) - len(probe)])
        elif flat.lstrip().startswith(probe):
            cuts.add(folded.offsets[len(flat) - len(flat.lstrip()) + len(probe) - 1] + 1)
    # 2. a closing mark glued to the next word with no space ("«سوتشي»أردوغان")
    for m in GLUE.finditer(line.text):
        after = m.end()
        if after >= len(line.text) or not line.text[after].isalpha():
            continue
        ch = m.group()
        if ch in OPENER and OPENER[ch] not in line.text[:m.start()]:
            continue  # not a closing mark
        cuts.add(line.start + after)
    spans, pos = [], line.start
    for cut in sorted(cuts):
        left = text[pos:cut].strip()
        if len(left.split()) >= 2 and len(text[cut:line.end].split()) >= 2:
            spans.append(_trim(text, pos, cut))
            pos = cut
    spans.append(_trim(text, pos, line.end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find(lines: list[Line], skip: dict[int, str], known: set[str], single_page: bool = False) -> set[int]:
    """Indexes of body lines that are headlines (of the articles that follow them).

    `single_page`: the input is one page with its own title, so a short line inside it is a
    cross-head unless the paragraph after it opens a new report (a lead verb or a dateline)."""
    kept = [i for i in range(len(lines)) if i not in skip]
    found: set[int] = set()
    longest = 2 * max(map(len, known), default=0) + 20  # longer lines cannot repeat a known headline
    for n, i in enumerate(kept):
        line = lines[i]
        if len(line.text) <= longest and key(line.text) in known and not (single_page and n):
            found.add(i)
            continue
        if not shape(line.text) or starts_with_connective(line.text):
            continue
        prev = lines[kept[n - 1]] if n else None
        after = [lines[j] for j in kept[n + 1:n + 3]]
        if not after:
            continue
        # the lead of the story: the next line, or the one after a short byline or dateline line
        nxt = after[1] if len(after) > 1 and len(after[0].text.split()) <= BYLINE_WORDS \
            and not ends_sentence(after[0].text) else after[0]
        if starts_with_connective(nxt.text) or continues_sentence(nxt.text) \
                or len(nxt.text.split()) < len(line.text.split()) + 4:
            continue  # a headline is followed by the lead of its story, a longer paragraph
        if nxt is not after[0] and ends_sentence(line.text) and shape(after[0].text) \
                and not ends_sentence(after[0].text):
            continue  # a short closing sentence, then the real (unpunctuated) headline
        leads = is_dateline(nxt.text) or lead_strength(nxt.text) > 0
        if single_page and not leads:
            continue
        leads = leads or says_when(nxt.text)
        # the story before must be finished, unless it ends on a short line (a caption, a credit) or
        # a clear lead follows (many pages end their last paragraph without a stop)
        if prev is not None and not ends_closed(prev.text) and len(prev.text.split()) >= BYLINE_WORDS * 2 \
                and not (leads and not DANGLING_END.search(prev.text)):
            continue
        if nxt.blank_before or leads or prev is None:
            found.add(i)
    return found
