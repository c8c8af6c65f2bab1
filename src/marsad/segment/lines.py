"""Cut a stretch of the original text into lines with their visible extent.

A line's span excludes the spaces, NO-BREAK SPACEs and invisible controls around it, so a line
holding only such characters is no line at all: it only separates the lines around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.normalize import INVISIBLE, ODD_SPACES

# what a line may be padded with: never part of a paragraph's span
PADDING = " \t\f\v\u1680" + "".join(INVISIBLE) + "".join(ODD_SPACES)
BREAKS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"  # what str.splitlines breaks on
LINE = re.compile(f"[^{BREAKS}]+")


@dataclass
class Line:
    start: int
    end: int
    text: str
    blank_before: bool  # at least one empty or whitespace-only line separates it from the line before
    filler_before: bool  # one of those lines held visible filler (NO-BREAK SPACE, a control character)


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-blank lines of text[start:end], in order."""
    end = len(text) if end is None else end
    out: list[Line] = []
    prev_end = start
    filler = False
    for m in LINE.finditer(text, start, end):
        raw = m.group()
        left = raw.lstrip(PADDING)
        if not left:
            filler = filler or bool(raw.strip(" \t\r"))
            continue
        body = left.rstrip(PADDING)
        s = m.start() + (len(raw) - len(left))
        blank = _breaks(text[prev_end:m.start()]) >= 2 or filler or not out
        out.append(Line(s, s + len(body), body, blank, filler))
        prev_end = m.end()
        filler = False
    return out


def _breaks(gap: str) -> int:
    """Line breaks in a gap: \r\n counts once, a paragraph separator (U+2029) twice."""
    return sum(gap.count(c) for c in BREAKS) - gap.count("\r\n") + gap.count("\u2029")
