"""Sentence boundaries in Arabic and Latin news text.

A sentence ends at . ! ? ؟ … (with any closing quotation marks or brackets right after them)
when white space follows. Not at an abbreviation made of single letters (د. م. أ.د. U.S.), not
inside a number (3.5) or an address (www.example.com), not at ".." (a pause in Arabic
journalism), not after a list number ("1. …"), and never at the Arabic comma «،» or semicolon «؛».
"""
from __future__ import annotations

import re

# each alternative opens with a literal character, so the regex engine skips ahead to the next
# end mark instead of trying every position (".{3,}", "…+", "[!?؟]+", a lone ".")
END = re.compile(r"(?:\.(?:\.{2,}|(?<!\.\.)(?!\.))|……*|![!?؟]*|\?[!?؟]*|؟[!?؟]*)[!?؟…]*[»”\"'’)\]›]*(?=\s|$)")
ABBREVIATION = re.compile(r"^[(«\"“]?(?:[^\W\d_]\.)*[^\W\d_]$|^(?:Dr|Mr|Mrs|Ms|St|Prof|No|vs|etc|Jr|Sr|Inc|Ltd|Co)$",
                          re.I)
CONTENT = re.compile(r"[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]")


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in END.finditer(text, start, end):
        if text[m.start()] == "." and m.group()[:1] == "." and not m.group().startswith(".."):
            word = text[max(pos, m.start() - 24):m.start()].rsplit(None, 1)[-1:]  # abbreviations are short
            word = word[0] if word else ""
            if ABBREVIATION.match(word):
                continue
            if word.isdigit() and len(word) <= 3 and not text[pos:m.start() - len(word)].strip():
                continue  # "1. …": a list number opening the sentence
        _add(text, pos, m.end(), spans)
        pos = m.end()
    _add(text, pos, end, spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    m = CONTENT.search(text, start, end)
    if m is None:
        return
    s = m.start()
    while end > s and not CONTENT.match(text, end - 1):
        end -= 1
    spans.append((s, end))
