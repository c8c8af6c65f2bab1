"""Lexical cohesion between the paragraphs before and after each gap (TextTiling, Hearst 1997).

Two windows of WINDOW paragraphs meet at every gap; their TF-IDF cosine is high inside one story and
falls near zero where one report ends and an unrelated one begins. The terms (search-form stems,
names kept whole) and their document frequencies are the stories stage's: frequencies over general
Arabic news (ANERcorp's training part, see stories/data/README.md), so common news words
("المملكة", "العام") weigh little and a shared name or rare word weighs much.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from ..stories.background import load
from ..stories.terms import count_terms

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


def gaps(texts: list[str]) -> list[tuple[float, float, float]]:
    """For the gap before each paragraph k (k >= 1): (cosine of the windows around it, depth of the
    valley: how far it lies below the highest cosine on each side, the lower of the two; cosine of
    the two paragraphs that meet there: windows reach into the next story when a story is short).
    Index 0 is a placeholder."""
    vectors = [weighted(t) for t in texts]
    scores = [1.0]
    for k in range(1, len(texts)):
        before, after = Counter(), Counter()
        for v in vectors[max(0, k - WINDOW):k]:
            before.update(v)
        for v in vectors[k:k + WINDOW]:
            after.update(v)
        scores.append(cosine(before, after))
    out = [(1.0, 0.0, 1.0)]
    for k in range(1, len(texts)):
        left = max(scores[max(1, k - NEIGHBOURS):k], default=1.0)
        right = max(scores[k + 1:k + 1 + NEIGHBOURS], default=1.0)
        out.append((scores[k], min(left, right) - scores[k], cosine(vectors[k - 1], vectors[k])))
    return out
