"""Aliases the knowledge base gives to more than one entity (عمان: Oman or Amman; الشرق الأوسط: the
region or the newspaper), decided from the words around the mention.

Each entity that shares an alias has cues: its own other aliases (سلطنة عمان), the names and
nisba forms of its country (الأردن, الأردنية for Amman), and the hand-kept cues of `cues.tsv`
(مسقط, صحيفة). The nearest cue within a window wins; failing that, the most cues in the whole
document; failing that, the entity that claimed the alias first (the KB's default reading).
Two cues come first: a written vowel mark (عمّان, عُمان) and the kind of the neighbours in a list
(والبحرين وعمان والأردن: countries; القاهرة وبيروت ودمشق وعمان: cities).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from .mentions import Word, candidates

WINDOW = 400  # characters either side of a mention in which the nearest cue decides
_DIACRITIC = re.compile("[\u064B-\u0652]")


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


def decide(kb, context: SenseContext, entity, key: str, words: list[Word], i: int):
    """The entity the alias `key` at words[i] names, where the KB gives it to more than one."""
    claimants = kb.senses.get(key)
    if entity is None or not claimants or entity.id not in claimants:
        return entity
    word = words[i]
    for eid in claimants:  # a written vowel mark tells them apart (عمّان, عُمان)
        if any(_DIACRITIC.search(a) and word.text.endswith(a) for a in kb.entities[eid].aliases):
            return kb.entities[eid]
    kind = list_kind(kb, words, i, key)
    if kind:  # in a list of countries (والبحرين وعمان والأردن) or of cities (دمشق وعمان)
        same = [eid for eid in claimants if (kb.entities[eid].kind == "country") == (kind == "country")]
        if len(same) == 1:
            return kb.entities[same[0]]
    return kb.entities[context.choose(claimants, kb.cues, word.start, key)]


def list_kind(kb, words: list[Word], i: int, key: str) -> str | None:
    """"country" or "place" when words[i] stands in a list (joined by و or a comma) whose
    neighbouring items are all countries or all other places."""
    siblings = []
    comma_before = i > 0 and words[i - 1].norm in ("،", ",")
    if comma_before or (words[i].norm.startswith("و") and words[i].norm != key.split(" ")[0]):
        siblings.append(i - 2 if comma_before else i - 1)
    if i + 1 < len(words):
        siblings.append(i + 2 if words[i + 1].norm in ("،", ",") else
                        i + 1 if words[i + 1].norm.startswith("و") else -1)
    kinds = set()
    for j in siblings:
        if not 0 <= j < len(words):
            continue
        found = next((e for r in candidates(words[j].norm) if (e := kb.lookup(r))), None)
        if found is None or found.type != "LOC":
            return None  # a neighbour that is no place: not a list of places
        kinds.add("country" if found.kind == "country" else "place")
    return kinds.pop() if len(kinds) == 1 else None
