"""Lexical cohesion between the paragraphs before and after each gap (TextTiling, Hearst 1997).

Two windows of WINDOW paragraphs meet at every gap; their TF-IDF cosine is high inside one story and
falls near zero where one report ends and an unrelated one begins. The terms (search-form stems,
names kept whole) and their document frequencies are the stories stage's: frequencies over general
Arabic news (ANERcorp's training part, see text/data/README.md), so common news words
("المملكة", "العام") weigh little and a shared name or rare word weighs much.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from ..text.background import load
from ..text.terms import count_terms

WINDOW = 3  # paragraphs on each side of a gap
NEIGHBOURS = 2  # gaps on each side a valley is measured against


@lru_cache(maxsize=1)
def _idf() -> tuple[float, dict[str, float]]:
    """Inverse document frequencies, and the weight of a term the background never saw."""
    n, df = load()
    unseen = math.log(n + 1) if n else 1.0
    return unseen, {t: math.log((n + 1) / (c + 1)) for t, c in df.items()}


def weighted(text: str) -> Counter:
    """TF-IDF vector of one paragraph."""
    unseen, idf = _idf()
    return Counter({t: c * idf.get(t, unseen) for t, c in count_terms(text).items()})


def cosine(a: Counter, b: Counter) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[t] for t, v in a.items() if t in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class Gaps:
    """The gap before paragraph k (k >= 1): the cosine of the windows around it (`score`), the depth
    of its valley, the cosine of the two paragraphs that meet there. Worked out on demand, since
    most gaps are ruled out on cheaper cues first."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.vectors: dict[int, Counter] = {}
        self.scores: dict[int, float] = {}

    def vector(self, k: int) -> Counter:
        if k not in self.vectors:
            self.vectors[k] = weighted(self.texts[k])
        return self.vectors[k]

    def score(self, k: int) -> float:
        if k not in self.scores:
            before, after = Counter(), Counter()
            for j in range(max(0, k - WINDOW), k):
                before.update(self.vector(j))
            for j in range(k, min(len(self.texts), k + WINDOW)):
                after.update(self.vector(j))
            self.scores[k] = cosine(before, after)
        return self.scores[k]

    def pair(self, k: int) -> float:
        """Cosine of the two paragraphs that meet at the gap (windows reach into the next story
        when a story is short, so a valley also needs the two paragraphs apart)."""
        return cosine(self.vector(k - 1), self.vector(k))

    def depth(self, k: int) -> float:
        """How far the gap's cosine lies below the highest on each side (the lower of the two)."""
        left = max((self.score(j) for j in range(max(1, k - NEIGHBOURS), k)), default=1.0)
        right = max((self.score(j) for j in range(k + 1, min(len(self.texts), k + 1 + NEIGHBOURS))), default=1.0)
        return min(left, right) - self.score(k)
