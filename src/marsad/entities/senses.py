"""Aliases the knowledge base gives to more than one entity (عمان: Oman or Amman; الشرق الأوسط: the
region or the newspaper), decided from the words around the mention.

Each entity that shares an alias has cues: its own other aliases (سلطنة عمان), the names and
nisba forms of its country (الأردن, الأردنية for Amman), and the hand-kept cues of `cues.tsv`
(مسقط, صحيفة). The nearest cue within a window wins; failing that, the most cues in the whole
document; failing that, the entity that claimed the alias first (the KB's default reading).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from .mentions import Word, candidates

WINDOW = 400  # characters either side of a mention in which the nearest cue decides


class SenseContext:
    """Where each cue phrase occurs in one document (built on the first ambiguous mention)."""

    def __init__(self, sents: list[list[Word]], longest: int = 3):
        self.sents = sents
        self.longest = longest
        self._places: dict[str, list[int]] | None = None

    def places(self) -> dict[str, list[int]]:
        if self._places is None:
            places: dict[str, list[int]] = defaultdict(list)
            for words in self.sents:
                for i, w in enumerate(words):
                    for first in candidates(w.norm):
                        phrase = first
                        places[phrase].append(w.start)
                        for nxt in words[i + 1:i + self.longest]:
                            phrase = f"{phrase} {nxt.norm}"
                            places[phrase].append(w.start)
            self._places = dict(places)
        return self._places

    def choose(self, claimants: list[str], cues: dict[str, frozenset[str]], at: int,
               key: str) -> str:
        """The claimant whose cues stand nearest to offset `at` (or are most frequent)."""
        places = self.places()
        nearest: dict[str, int] = {}
        counts: dict[str, int] = {}
        for eid in claimants:
            spots = sorted(p for cue in cues.get(eid, ()) if cue != key for p in places.get(cue, ())
                           if p != at)
            counts[eid] = len(spots)
            if spots:
                i = bisect_left(spots, at)
                nearest[eid] = min(abs(spots[j] - at) for j in (i - 1, i) if 0 <= j < len(spots))
        close = {eid: d for eid, d in nearest.items() if d <= WINDOW}
        if close:
            return min(claimants, key=lambda eid: (close.get(eid, WINDOW + 1), -counts[eid]))
        if any(counts.values()):
            return max(claimants, key=lambda eid: counts[eid])
        return claimants[0]
