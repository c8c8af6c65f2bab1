"""Extractive multi-document summary and headline of a story.

Sentences are scored by their TF-IDF cosine to the story centroid (what the articles have in common)
with a bonus for coming early in their article (news puts the event first). Picking is greedy
under a word budget; a sentence too close to one already picked (or to a copy of it in another
outlet) is counted once and skipped. Every sentence cites its document, article and offsets.
"""
from __future__ import annotations

import math
import random
import re
from collections import Counter

from ..text.normalize import search_form
from .cluster import DocumentFrequency
from ..text.terms import count_terms
from .units import ArticleUnit

MIN_WORDS, MAX_WORDS = 6, 80  # shorter is a dateline or caption, longer a run-on block
NEAR_DUPLICATE = 0.6  # cosine above which two sentences say the same thing
LEAD_BONUS = 0.3  # weight of being an article's first sentence; halves every two sentences
WORD = re.compile(r"\S+")


def _vector(terms: Counter | dict, df: DocumentFrequency) -> dict[str, float]:
    weights = {t: (1.0 + math.log(n)) * df.idf(t) for t, n in terms.items() if n > 0}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def centroid(members: list[ArticleUnit], df: DocumentFrequency) -> dict[str, float]:
    total: Counter = Counter()
    for unit in members:
        for t, w in _vector(unit.terms, df).items():
            total[t] += w
    norm = math.sqrt(sum(w * w for w in total.values())) or 1.0
    return {t: w / norm for t, w in total.items()}


def frequencies(members: list[ArticleUnit], df: DocumentFrequency | None) -> DocumentFrequency:
    """The corpus frequencies when known, else the story's own articles."""
    if df is not None and df.n:
        return df
    own = DocumentFrequency()
    for unit in members:
        own.add(unit.terms)
    return own


def _candidates(members: list[ArticleUnit]):
    """(unit, position, sentence) for every sentence worth considering, titles left out."""
    for unit in members:
        title = search_form(unit.title or "").strip()
        for position, (start, end, text) in enumerate(unit.sentences):
            n = len(WORD.findall(text))
            if MIN_WORDS <= n <= MAX_WORDS and search_form(text).strip() != title:
                yield unit, position, start, end, text


def _cite(unit: ArticleUnit, start: int, end: int, text: str) -> dict:
    return {"text": text, "document": unit.document, "article": unit.article, "start": start, "end": end,
            "outlet": unit.outlet, "published": unit.published}


def _pick(ranked, budget: int) -> list[tuple]:
    """Greedy under the word budget, skipping near-duplicates of what is already picked."""
    picked, vectors, words = [], [], 0
    for item in ranked:
        vec, n = item[-1], item[-2]
        if any(_cosine(vec, v) >= NEAR_DUPLICATE for v in vectors):
            continue
        if words and words + n > budget * 1.1:
            continue
        picked.append(item)
        vectors.append(vec)
        words += n
        if words >= budget:
            break
    return picked


def summarise(members: list[ArticleUnit], df: DocumentFrequency | None = None,
              words: int = 250) -> list[dict]:
    """The story's summary: cited sentences in story order (article time, then position)."""
    df = frequencies(members, df)
    center = centroid(members, df)
    order = {unit.key: i for i, unit in enumerate(members)}
    ranked = []
    for unit, position, start, end, text in _candidates(members):
        vec = _vector(count_terms(text), df)
        score = _cosine(vec, center) + LEAD_BONUS * 0.5 ** (position / 2)
        ranked.append((score, unit, position, start, end, text, len(WORD.findall(text)), vec))
    ranked.sort(key=lambda r: -r[0])
    picked = _pick(ranked, words)
    picked.sort(key=lambda r: (r[1].published or "", order[r[1].key], r[2]))
    return [_cite(r[1], r[3], r[4], r[5]) for r in picked]


def headline(members: list[ArticleUnit], df: DocumentFrequency | None = None) -> dict | None:
    """The most representative title; the best summary sentence when no article has a title."""
    df = frequencies(members, df)
    center = centroid(members, df)
    titled = [u for u in members if u.title and u.title.strip()]
    if titled:
        best = max(titled, key=lambda u: _cosine(_vector(count_terms(u.title), df), center))
        return {"text": best.title.strip(), "document": best.document, "article": best.article}
    top = summarise(members, df, words=1)
    return {k: top[0][k] for k in ("text", "document", "article", "start", "end")} if top else None


# -- baselines for the summary measure --------------------------------------------------------
def lead_baseline(members: list[ArticleUnit], words: int = 250) -> list[dict]:
    """First sentences of the newest article (the last one when undated)."""
    newest = max(enumerate(members), key=lambda iu: (iu[1].published or "", iu[0]))[1]
    out, n = [], 0
    for unit, _, start, end, text in _candidates([newest]):
        out.append(_cite(unit, start, end, text))
        n += len(WORD.findall(text))
        if n >= words:
            break
    return out


def random_baseline(members: list[ArticleUnit], words: int = 250, seed: int = 0) -> list[dict]:
    """Random sentences of the story, with a fixed seed."""
    pool = list(_candidates(members))
    random.Random(seed).shuffle(pool)
    out, n = [], 0
    for unit, _, start, end, text in pool:
        out.append(_cite(unit, start, end, text))
        n += len(WORD.findall(text))
        if n >= words:
            break
    return out
