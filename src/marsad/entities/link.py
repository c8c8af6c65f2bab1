"""The entities stage: tag every sentence, find KB and institution mentions, and link each
mention to one entity id, with in-document coreference of short forms, titles and
"الوزارة", and a registry that merges new entities across documents by alias."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..model import Document, Entity, Mention
from . import kb as kbase
from .consistency import propagate
from .registry import Registry
from .senses import SenseContext, decide
from .mentions import (INSTITUTIONS, PLACE_HEADS, Candidate, Word, candidates, clean_tagger_span,
                       institution_matches, kb_matches, resolve_overlaps, sentences, tagger_spans)
from .words import compact, norm

DATA = Path(__file__).parent / "data"
# titles that, with a nisba, name one person once the document has said who (الرئيس التركي)
TITLES = {"الرييس", "رييس الوزراء", "رييس الحكومه", "وزير الخارجيه", "وزير الدفاع", "وزير الداخليه",
          "الملك", "العاهل", "ولي العهد", "الامير", "امير", "نظيره", "رييس الدبلوماسيه", "المتحدث باسم",
          "وزيره الخارجيه", "المستشاره", "نايب وزير الخارجيه", "نايب الرييس"}
TITLE_WORDS = 3


REGISTRY = Registry()


@lru_cache(maxsize=1)
def ambiguous_words() -> frozenset[str]:
    path = DATA / "ambiguous.txt"
    return frozenset(path.read_text("utf-8").split()) if path.exists() else frozenset()


def _trim(word: Word, key_first: str) -> int:
    """Original offset where the matched reading of `word` starts (after proclitics, not after ال)."""
    removed = word.norm[:len(word.norm) - len(key_first)] if word.norm.endswith(key_first) else ""
    if removed.endswith("ال"):
        removed = removed[:-2]
    if not removed:
        return word.start
    count = 0
    for p, ch in enumerate(word.text):
        if count >= len(removed) and norm(ch) not in ("", "#"):
            return word.start + p
        if ch != "#" and norm(ch) and ch.isalpha():
            count += 1
    return word.start


class Linker:
    def __init__(self, config=None):
        from .tagger import load as load_tagger

        user = getattr(getattr(config, "entities", None), "user_entities", None)
        self.kb = kbase.load(user)
        self.tagger = load_tagger()
        self.registry = REGISTRY
        self.threshold = getattr(getattr(config, "entities", None), "min_confidence", 0.5)

    def link(self, doc: Document) -> list[Entity]:
        sents = sentences(doc)
        self._context = SenseContext(sents)
        found: list[tuple[list[Word], Candidate]] = []
        first_pass = [(tokens, *self.tagger.tag_with_confidence(tokens))
                      for tokens in ([w.text for w in words] for words in sents)]
        second_pass = propagate(first_pass, ambiguous_words())  # names the document repeats
        for words, (_, tags1, confidence), tags in zip(sents, first_pass, second_pass):
            # a name tagged by the second pass is as sure as the confident mention it repeats
            confidence = [c if t == t1 else 1.0 for c, t, t1 in zip(confidence, tags, tags1)]
            tagged = [clean_tagger_span(words, c, self.kb, ambiguous_words())
                      for c in tagger_spans(words, tags, confidence, self.threshold)]
            cands = institution_matches(words, self.kb) + kb_matches(words, self.kb, ambiguous_words()) \
                + [c for c in tagged if c]
            found += [(words, c) for c in resolve_overlaps(cands)]
        local = self._short_forms(found)
        found = self._repeated_short_forms(sents, found, local)
        entities: dict[str, Entity] = {}
        types: dict[str, Counter] = {}
        titles: dict[str, str] = {}
        last_ministry: str | None = None
        institutions: dict[str, str] = {}  # canonical head -> last institution entity with a country
        for words, c in found:
            eid, name, kind, first_key = self._resolve(words, c, local)
            if c.source == "institution":
                institutions[c.head] = eid
            elif eid and eid.count(":") == 1:
                readings = self._key_readings(words, c)
                head = next((INSTITUTIONS[k] for k, _ in readings if k in INSTITUTIONS), None)
                if head in institutions:  # وزارة الخارجية after الخارجية الروسية
                    eid, name, kind = institutions[head], None, "ORG"
            if eid is None:
                continue
            start = _trim(words[c.first], first_key) if first_key else words[c.first].start
            mention = Mention(start, words[c.last - 1].end, c.type, words[c.first].hashtag)
            entity = entities.setdefault(eid, Entity(eid, name or "", kind))
            entity.mentions.append(mention)
            types.setdefault(eid, Counter())[c.type] += 1
            if c.source == "institution" and c.head.startswith("وزارة"):
                last_ministry = eid
            if kind == "PER":
                key = self._title_before(words, c.first)
                if key:
                    titles[key] = eid
        self._bare_titles_and_ministries(sents, found, entities, titles)
        for eid, entity in entities.items():
            entity.mentions.sort(key=lambda m: m.start)
            if not entity.type:
                entity.type = types[eid].most_common(1)[0][0]
            if eid in self.kb.entities:
                entity.name = self.kb.entities[eid].name
            elif eid.count(":") == 1 or not entity.name:
                # a new entity (not in the KB, not an institution) is named by its longest mention
                entity.name = max((doc.text[m.start:m.end].lstrip("#") for m in entity.mentions), key=len)
        return sorted(entities.values(), key=lambda e: e.mentions[0].start)

    def _sense(self, entity, key: str, words: list[Word], i: int):
        """The entity an alias names here, where the KB gives it to more than one (عمان)."""
        return decide(self.kb, self._context, entity, key, words, i)

    def _key_readings(self, words: list[Word], c: Candidate) -> list[tuple[str, str]]:
        rest = " ".join(w.norm for w in words[c.first + 1:c.last] if w.norm.strip("\"'«»“”"))
        return [(f"{f} {rest}" if rest else f, f) for f in candidates(words[c.first].norm)]

    def _short_forms(self, found) -> dict[str, str]:
        """Short forms of the document's multi-word names: a person's last one or two words,
        the first word of a place or organisation (الغوطة → الغوطة الشرقية)."""
        local: dict[str, str] = {}
        for words, c in found:
            if c.last - c.first < 2 or c.source == "institution":
                continue
            eid = self._resolve(words, c, {})[0]
            names = [w.norm for w in words[c.first:c.last]]
            person = c.type == "PER" or (c.entity and c.entity.type == "PER")
            forms = [" ".join(names[-2:]), names[-1]] if person else [names[0]] if names[0].startswith("ال") else []
            for form in forms:
                if len(form) > 2:
                    local.setdefault(compact(form), eid)
        return local

    def _repeated_short_forms(self, sents, found, local: dict[str, str]):
        """Words the tagger passed over that repeat a person's short form the document has
        introduced (وأضاف العتيبي after محمد العتيبي): mentions too."""
        people = {k: v for k, v in local.items() if v.startswith("per:") or v in self.kb.entities
                  and self.kb.entities[v].type == "PER"}
        registry = self.registry
        covered = {(id(w), i) for w, c in found for i in range(c.first, c.last)}
        extra = []
        for words in sents:
            for i, w in enumerate(words):
                if (id(words), i) in covered:
                    continue
                pair = f"{w.norm} {words[i + 1].norm}" if i + 1 < len(words) else ""
                for first in candidates(w.norm):
                    two = compact(f"{first} {words[i + 1].norm}") if pair else ""
                    if two in people:
                        extra.append((words, Candidate(i, i + 2, "PER", key=two, source="coref")))
                        break
                    if first in ambiguous_words() or len(first) <= 2:
                        continue
                    if first not in people and registry.surname(first):  # met in an earlier document
                        people[first] = local[first] = registry.surname(first)
                    if first in people:
                        extra.append((words, Candidate(i, i + 1, "PER", key=first, source="coref")))
                        break
        if not extra:
            return found
        order = {id(words): n for n, words in enumerate(sents)}
        return sorted(found + extra, key=lambda wc: (order[id(wc[0])], wc[1].first))

    def _resolve(self, words, c: Candidate, local: dict[str, str]):
        """(entity id, name, type or "", first word reading) of a candidate."""
        if c.source == "institution":
            eid = f"org:{norm(c.head).replace(' ', '_')}:{c.country.id.split(':', 1)[1]}"
            return eid, f"{c.head} ({c.country.name})", "ORG", ""
        if c.entity:
            e = self._sense(c.entity, c.key, words, c.first)
            return e.id, e.name, e.type, c.key.split(" ")[0]
        if c.source == "coref":
            return local[c.key], None, "PER", c.key.split(" ")[0]
        readings = self._key_readings(words, c)
        for key, first in readings:
            e = self._sense(self.kb.lookup(key), key, words, c.first)
            if e and (e.strong or e.type == c.type):
                return e.id, e.name, e.type, first
        for key, first in readings:
            if compact(key) in local:
                return local[compact(key)], None, "", first
        if c.last - c.first > 1 and words[c.first].norm in PLACE_HEADS:
            inner = " ".join(w.norm for w in words[c.first + 1:c.last])
            e = self.kb.lookup(inner)
            if e and e.type == "LOC":
                return e.id, e.name, e.type, ""
        key, first = self._new_reading(words[c.first].norm, readings)
        eid = self.registry.find(key) or f"{c.type.lower()}:{compact(key).replace(' ', '_')}"
        self.registry.add(key, eid)
        if c.type == "PER" and " " in compact(key):
            surname = compact(key).rsplit(" ", 1)[1]
            self.registry.add_surname(surname, eid)
        surface = " ".join(w.text.lstrip("#") for w in words[c.first:c.last])
        return eid, surface, "", first

    def _new_reading(self, word: str, readings: list[tuple[str, str]]) -> tuple[str, str]:
        """The reading of a new name: without its proclitics when the bare form is known from
        earlier documents or the unlabelled text and the written form is not (والأهلي → الأهلي),
        or when و/ف stands before the article (والكاريبي)."""
        vocabulary = self.tagger.featurizer.clusters
        for key, first in readings[1:]:
            if self.registry.find(key) or (first in vocabulary and word not in vocabulary) \
                    or (word[:3] in ("وال", "فال") and first == word[1:]):
                return key, first
        return readings[0]

    def _title_before(self, words: list[Word], first: int) -> str | None:
        i = first - 1
        while i >= 0 and words[i].norm in ("،", ","):
            i -= 1
        if i < 1:
            return None
        country = self.kb.country_of(words[i].norm)
        if not country:
            return None
        for size in range(TITLE_WORDS, 0, -1):
            if i - size < 0:
                continue
            head = [candidates(words[i - size].norm)] + [[w.norm] for w in words[i - size + 1:i]]
            for f in head[0]:
                title = " ".join([f] + [h[0] for h in head[1:]])
                if title in TITLES:
                    return f"{title}|{country.id}"
        return None

    def _bare_titles_and_ministries(self, sents, found, entities, titles) -> None:
        """Title + nisba without a name after it, الوزارة, and a ministry named without its
        country (وزارة الخارجية), linked to what the text said before."""
        starts = {w[c.first].start for w, c in found}
        inside = {w[i].start for w, c in found for i in range(c.first, c.last)}
        named = sorted((w[c.first].start, c.head, self._resolve(w, c, {})[0]) for w, c in found
                       if c.source == "institution")
        if not titles and not named:
            return
        for words in sents:
            i = 0
            while i < len(words):
                w = words[i]
                if w.start in inside:
                    i += 1
                    continue
                step = self._bare_ministry(words, i, named, entities) or self._bare_title(
                    words, i, starts, titles, entities)
                i += step or 1

    def _bare_ministry(self, words, i, named, entities) -> int:
        w = words[i]
        alone = i + 1 == len(words) or not words[i + 1].norm.startswith("ال")  # not الوزارة الفلانية
        if "الوزاره" in candidates(w.norm) and alone:
            before = [eid for s, head, eid in named if s < w.start and head.startswith("وزارة")]
            if before:
                entities[before[-1]].mentions.append(Mention(_trim(w, "الوزاره"), w.end, "ORG"))
                return 1
            return 0
        if i + 1 < len(words):
            for first in candidates(w.norm):
                head = INSTITUTIONS.get(f"{first} {words[i + 1].norm}")
                if head and head.startswith("وزارة"):
                    before = [eid for s, h, eid in named if s < w.start and h == head]
                    if before:
                        mention = Mention(_trim(w, first), words[i + 1].end, "ORG")
                        entities[before[-1]].mentions.append(mention)
                        return 2
        return 0

    def _bare_title(self, words, i, starts, titles, entities) -> int:
        w = words[i]
        country = self.kb.country_of(w.norm)
        if not country or i == 0 or not titles:
            return 0
        if i + 1 < len(words) and words[i + 1].start in starts:
            return 0  # a name follows: an apposition, handled with the name
        for size in range(TITLE_WORDS, 0, -1):
            if i - size < 0:
                continue
            rest = [x.norm for x in words[i - size + 1:i]]
            for f in candidates(words[i - size].norm):
                eid = titles.get(f"{' '.join([f] + rest)}|{country.id}")
                if eid and eid in entities:
                    entities[eid].mentions.append(Mention(_trim(words[i - size], f), w.end, "PER"))
                    return 1
        return 0


_LINKERS: dict[int, Linker] = {}


def run(doc: Document, config=None) -> Document:
    """Fill doc.entities: every mention found in the text, linked to one entity."""
    user = getattr(getattr(config, "entities", None), "user_entities", None)
    linker = _LINKERS.get(hash(user))
    if linker is None:
        linker = _LINKERS[hash(user)] = Linker(config)
    doc.entities = linker.link(doc)
    return doc
