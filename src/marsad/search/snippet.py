"""Highlighted snippets: the query's words found again in the original text, with their offsets.

The index says which articles match; here the article is searched again to find where, so every
highlight is a span of the original text (marks, tatweel and all) of a matched word. Only words
that contain a query term's letters are analysed (a stem lies inside its word, hamza seats aside).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.normalize import search
from .analyse import LOOSE, WORD, Word, loose, word_at
from .query import Phrase, Query

BEFORE, LENGTH = 60, 260  # characters of context before the first match, and of the whole snippet


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


def needles_pattern(query: Query) -> re.Pattern:
    parts = {loose(x) for t in query.terms() for x in (*t.surfaces(), t.stem) if x}
    return re.compile("|".join(sorted(map(re.escape, parts), key=len, reverse=True)))


def find(query: Query, text: str, start: int, end: int) -> list[tuple[list[Word], int]]:
    """Every match in `text[start:end]`: (its words, the query part), in text order."""
    region = text[start:end]
    folded = search(region)
    candidates: dict[int, re.Match] = {}  # folded start -> word match, for words holding a needle
    for hit in needles_pattern(query).finditer(folded.text.translate(LOOSE)):
        at = hit.start()
        while at > 0 and WORD.match(folded.text, at - 1):
            at -= 1
        if at not in candidates:
            candidates[at] = WORD.match(folded.text, at)
    out = []
    for at in sorted(candidates):
        m = candidates[at]
        first = word_at(region, folded, m, start)
        for p, part in enumerate(query.parts):
            terms = part.terms if isinstance(part, Phrase) else (part,)
            if not terms[0].matches(first.surface, first.stem):
                continue
            found, pos = [first], m.end()
            for term in terms[1:]:  # a phrase: each next word must match the next term
                nxt = WORD.search(folded.text, pos)
                if not nxt:
                    break
                word = word_at(region, folded, nxt, start)
                if not term.matches(word.surface, word.stem):
                    break
                found.append(word)
                pos = nxt.end()
            if len(found) == len(terms):
                out.append((found, p))
    return out


def snippet(query: Query, text: str, start: int, end: int,
            headline: tuple[int, int] | None = None) -> Snippet:
    """About LENGTH characters of the body `text[start:end]` around the stretch holding the most
    distinct query parts, with every match inside it highlighted; the headline when only it matches."""
    hits = find(query, text, start, end)
    if not hits and headline:
        headline_hits = find(query, text, *headline)
        if headline_hits:
            hits, (start, end) = headline_hits, headline
    best, best_score = start, (-1, 0)
    for words, _ in hits:
        begin = words[0].start
        score = (len({p for w, p in hits if begin <= w[0].start < begin + LENGTH - BEFORE}), -begin)
        if score > best_score:
            best, best_score = begin, score
    s, e = max(start, best - BEFORE), min(end, max(start, best - BEFORE) + LENGTH)
    while s > start and not text[s - 1].isspace():  # whole words at both ends
        s -= 1
    while e < end and not text[e].isspace():
        e += 1
    marked = sorted({(w.start, w.end) for words, _ in hits for w in words if s <= w.start and w.end <= e})
    return Snippet(s, e, text[s:e], marked)
