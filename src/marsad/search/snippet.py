"""Highlighted snippets: the query's words found again in the original text, with their offsets.

The index says which articles match; here the article's words are analysed again to find where,
so every highlight is a span of the original text (marks, tatweel and all) of a matched word.
"""
from __future__ import annotations

from dataclasses import dataclass

from .analyse import Word, loose, words
from .query import Phrase, Query

WINDOW = 40  # words in a snippet


@dataclass
class Snippet:
    start: int  # span of the snippet in the document text
    end: int
    text: str
    highlights: list[tuple[int, int]]  # spans of the document text, inside [start, end)


def matches(query: Query, found: list[Word]) -> list[tuple[int, int, int]]:
    """(first word, last word + 1, query part) of every match of a query part among `found`."""
    out = []
    for p, part in enumerate(query.parts):
        terms = part.terms if isinstance(part, Phrase) else (part,)
        n = len(terms)
        for i in range(len(found) - n + 1):
            if all(t.matches(found[i + k].surface, found[i + k].stem) for k, t in enumerate(terms)):
                out.append((i, i + n, p))
    return out


def snippet(query: Query, text: str, start: int, end: int, window: int = WINDOW) -> Snippet:
    """The window of `text[start:end]` holding the most distinct query parts, with its matches."""
    # only words that may match are analysed: a stem lies inside its word (hamza seats aside)
    needles = frozenset(loose(x) for t in query.terms() for x in (*t.surfaces(), t.stem) if x)
    found = words(text[start:end], start, needles)
    hits = sorted(matches(query, found))
    best, best_score = 0, (-1, 0)
    for first, _, _ in hits:  # windows that open a little before a match
        begin = max(0, first - window // 4)
        inside = {p for f, _, p in hits if begin <= f < begin + window}
        score = (len(inside), -begin)
        if score > best_score:
            best, best_score = begin, score
    chosen = found[best:best + window]
    if not chosen:
        return Snippet(start, start, "", [])
    s, e = chosen[0].start, chosen[-1].end
    marked = sorted({(found[k].start, found[k].end) for f, l, _ in hits for k in range(f, l)
                     if best <= k < best + window})
    return Snippet(s, e, text[s:e], marked)
