"""The knowledge base: canonical entities with Arabic aliases, an index on normalised aliases,
demonyms (nisba adjectives) linked to their country, and a user's own entities file."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .words import compact, norm

_JOINED = re.compile(r"(?<![^ ])(عبد|ابو)(?=[^ ]{2,})")


def _spaced(phrase: str) -> str:
    return _JOINED.sub(r"\1 ", phrase)

DATA = Path(__file__).parent / "data"


@dataclass
class KBEntity:
    id: str
    name: str
    type: str
    aliases: list[str]
    kind: str = ""
    country: str | None = None
    strong: bool = False  # its aliases may be linked even where the tagger saw nothing
    cues: list[str] = field(default_factory=list)  # words near a shared alias that point to it


@dataclass
class KnowledgeBase:
    entities: dict[str, KBEntity] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)  # normalised alias -> entity id
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised nisba -> country entity id
    longest: int = 1  # words in the longest alias
    prefixes: set[str] = field(default_factory=set)  # the shorter word prefixes of longer aliases
    senses: dict[str, list[str]] = field(default_factory=dict)  # alias shared by entities -> their ids
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # id -> cue phrases (see senses.py)

    def add(self, entity: KBEntity, override: bool = False) -> None:
        self.entities[entity.id] = entity
        for alias in entity.aliases:
            spaced = norm_phrase(alias)
            for key in dict.fromkeys([spaced, compact(spaced), _spaced(spaced)]):  # عبد الله / عبدالله
                if key and not override and self.index.get(key, entity.id) != entity.id:
                    claimants = self.senses.setdefault(key, [self.index[key]])
                    if entity.id not in claimants:  # the first claimant stays the default reading
                        claimants.append(entity.id)
                if key and (override or key not in self.index):
                    self.index[key] = entity.id
                    if override:  # a user's entity takes its alias alone
                        self.senses.pop(key, None)
                    self.longest = max(self.longest, key.count(" ") + 1)
                    words = key.split(" ")
                    self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))

    def add_spelling_variants(self) -> None:
        """Index a final ا/ة spelling of one-word aliases too (أستانا / أستانة), unless the variant
        is a demonym (روسية is Russian, not Russia) or already taken."""
        for key, eid in list(self.index.items()):
            if " " in key or len(key) < 4 or key[-1] not in "اه":
                continue
            variant = key[:-1] + ("ه" if key[-1] == "ا" else "ا")
            if variant not in self.demonyms and variant not in self.index:
                self.index[variant] = eid

    def add_cues(self) -> None:
        """Cues of every entity that shares an alias: its hand-kept cues, its other aliases, and
        its country's names and nisba forms."""
        countries = {e.country: e for e in self.entities.values() if e.kind == "country" and e.country}
        nisba: dict[str, set[str]] = {}
        for form, eid in self.demonyms.items():
            nisba.setdefault(eid, set()).add(form)
        for eid in {eid for claimants in self.senses.values() for eid in claimants}:
            entity = self.entities[eid]
            cues = {norm_phrase(c) for c in entity.cues + entity.aliases}
            country = countries.get(entity.country or "")
            if country:
                cues |= {norm_phrase(a) for a in country.aliases} | nisba.get(country.id, set())
            self.cues[eid] = frozenset(c for c in cues if c and c not in self.senses)

    def lookup(self, phrase: str) -> KBEntity | None:
        eid = self.index.get(phrase)
        return self.entities.get(eid) if eid else None

    def country_of(self, nisba: str) -> KBEntity | None:
        eid = self.demonyms.get(nisba)
        return self.entities.get(eid) if eid else None


def norm_phrase(text: str) -> str:
    from .words import tokenize

    return " ".join(norm(text[s:e]) for s, e in tokenize(text) if norm(text[s:e]).strip("\"'«»“”"))


def _entity(row: dict) -> KBEntity:
    return KBEntity(row["id"], row["name"], row["type"], list(row["aliases"]), row.get("kind", ""),
                    row.get("country"), bool(row.get("strong", False)), list(row.get("cues", [])))


@lru_cache(maxsize=4)
def load(user_file: str | None = None, data: Path = DATA) -> KnowledgeBase:
    """The shipped KB, extended (and overridden on shared aliases) by a user's entities file."""
    kb = KnowledgeBase()
    path = data / "kb.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"knowledge base {path} is missing: run `marsad build kb`")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            kb.add(_entity(json.loads(line)))
    for line in (data / "demonyms.tsv").read_text("utf-8").splitlines():
        form, _, eid = line.partition("\t")
        kb.demonyms[form] = eid
    kb.add_spelling_variants()
    if user_file:
        from .build_kb import read_entities_file

        if not Path(user_file).exists():
            raise FileNotFoundError(f"entities file {user_file} does not exist")
        for row in read_entities_file(user_file, strong=True):
            kb.add(_entity(row), override=True)
    kb.add_cues()
    return kb


def load_gazetteer(data: Path = DATA) -> tuple[dict[str, str], set[str]]:
    """Alias -> type for the tagger's gazetteer features (harvested names left out: they come
    from the training labels) and the set of demonym forms."""
    gazetteer: dict[str, str] = {}
    demonyms: set[str] = set()
    path = data / "kb.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row.get("kind") == "harvested":
                    continue
                for alias in row["aliases"]:
                    gazetteer.setdefault(norm_phrase(alias), row["type"])
        lines = (data / "demonyms.tsv").read_text("utf-8").splitlines()
        demonyms = {line.partition("\t")[0] for line in lines}
    return gazetteer, demonyms
