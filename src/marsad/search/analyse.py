"""The search analyser: the same words and stems for the index and for queries, on every backend.

Each word gives two terms: its *surface* (the search form: diacritics, tatweel, alef/hamza,
ta marbuta, alef maqsura and digit variants folded) and its *stem*: the project's conservative
clitic split (و ف ب ك ل س ال, lexicon-checked) followed by the Snowball Arabic stemmer. Snowball
strips a leading ب ف و ل ك blindly (بوتين → وتين, فرنسا → رنس); when the clitic analyser kept that
letter as part of the word, the word is a *name* and its stem is the unstemmed word itself.
Latin words and numbers are never stemmed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from ..text import clitics
from ..text.normalize import search, search_form

# a word in the search form: letters and digits; Arabic marks are gone after folding
WORD = re.compile(r"[^\W_]+")
LATIN_OR_DIGITS = re.compile(r"[a-z0-9]+\Z")
CUT_LETTERS = "بفولك"  # letters Snowball strips as prefixes without checking the word
_STEMMER = Stemmer.Stemmer("arabic")
# the search form writes مسؤول as مسوول and مسئول as مسيول: one seatless hamza makes them meet
HAMZA_SEATS = str.maketrans("ؤئ", "ءء")
_FOLD = lru_cache(maxsize=1024)(search_form)


@dataclass(frozen=True)
class Word:
    start: int  # offsets into the original text
    end: int
    surface: str
    stem: str


@lru_cache(maxsize=1 << 18)
def analyse_word(word: str) -> tuple[str, str, bool]:
    """(surface, stem, is_name) of one word of original text (any spelling, with or without marks)."""
    surface = search_form(word.translate(HAMZA_SEATS))
    if LATIN_OR_DIGITS.match(surface) or not surface.isalpha():
        return surface, surface, True
    _, stem_span, _ = clitics.analyse(word)
    core = search_form(word[stem_span[0]:]) if stem_span else surface
    plain = _STEMMER.stemWord(core)
    # Snowball cut one leading letter the clitic analyser kept: that letter is part of a name
    if core[:1] in CUT_LETTERS and not plain.startswith(core[0]) and core[1:].startswith(plain[:2]):
        return surface, core, True
    # Snowball strips -ات only after the article and -ه only without it: take the fuller stripping,
    # so that اجتماعات، الاجتماعات and اجتماع share one stem
    definite = _STEMMER.stemWord("ال" + core) if not core.startswith("ال") else plain
    kept = [s for s in (plain, definite) if s and s.startswith(core[:2])]
    return surface, min(kept, key=len) if kept else core, False


def word_at(text: str, folded, m: re.Match, base: int = 0) -> Word:
    """The analysed word of `text` that the match `m` over its search form `folded` found."""
    start, end = folded.original(m.start(), m.end())
    while end < len(text) and not _FOLD(text[end]) and not text[end].isspace():
        end += 1  # marks after the last letter (a final damma, tatweel) belong to the word
    surface, stem, _ = analyse_word(text[start:end])
    if _FOLD(text[start:end]) != m.group():  # a word the fold split differently: keep the folded piece
        surface = stem = m.group()
    return Word(base + start, base + end, surface, stem)


def words(text: str, base: int = 0) -> list[Word]:
    """Every word of `text` with its original offsets (shifted by `base`), surface and stem."""
    folded = search(text)
    return [word_at(text, folded, m, base) for m in WORD.finditer(folded.text)]


# hamza and the letters that seat it, as one: a stem is then a substring of its word's loose form
LOOSE = str.maketrans("ءوي", "ييي")


def loose(term: str) -> str:
    return term.translate(LOOSE)


def _common_noun(word: str, counts: dict[str, int]) -> bool:
    """Whether a definite word (ال…) is a common noun in news text: its bare form is frequent too
    (السلام، المملكة، الرئيس are; العراق، الكويت are not)."""
    form = clitics.lexicon_form(word)
    if not form.startswith("ال"):
        return False
    bare = counts.get(form[2:], 0)
    return bare >= 10 and bare * 4 >= counts.get(form, 0)


@lru_cache(maxsize=1)
def entity_names() -> frozenset[str]:
    """Search forms of known entity names: one-word aliases, and the words of a person's alias,
    less titles and common nouns (الرئيس، الأمير، السلام)."""
    try:
        from ..entities.kb import load
        kb = load()
    except Exception:  # the knowledge base is optional for search: no names then, only the rules
        return frozenset()
    counts, names = clitics.stems(), set()
    for entity in kb.entities.values():
        for alias in entity.aliases:
            parts = alias.split()
            if len(parts) == 1 or entity.type == "PER":
                names.update(search_form(p) for p in parts if len(p) > 2 and not _common_noun(p, counts)
                             and (len(parts) == 1 or not search_form(p).startswith("ال")))
    return frozenset(names)


def is_name(word: str) -> bool:
    """Whether a query word is matched unstemmed: a Latin word, a number, a known entity name,
    or a word whose leading ب ف و ل ك the stemmer would wrongly cut."""
    surface, _, name = analyse_word(word)
    return name or surface in entity_names()
