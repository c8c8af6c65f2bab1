"""Word-level helpers shared by the tagger, the knowledge base and the linker: a raw-text
tokeniser with offsets, the search form of a word, and clitic-stripped candidate forms."""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.normalize import search_form

# a word: letters, digits, Arabic diacritics and tatweel; anything else is one punctuation token
_TOKEN = re.compile(r"#?[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+|\S", re.UNICODE)
_QUOTES = "\"'«»“”„‟‘’‹›「」"
_ARABIC = re.compile(r"[\u0621-\u064A]")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


def tokenize(text: str, base: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the words and punctuation marks of `text`, shifted by `base`."""
    return [(m.start() + base, m.end() + base) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=200_000)
def norm(token: str) -> str:
    """Search form of a token without hashtag sign, quotation marks or tatweel."""
    return search_form(token.strip(_QUOTES).lstrip("#")).replace("\u0640", "") or token


def is_arabic(word: str) -> bool:
    return bool(_ARABIC.search(word))


@lru_cache(maxsize=200_000)
def candidates(word: str) -> tuple[str, ...]:
    """The normalised word and its readings without clitics, most literal first.

    و/ف (and), then ب/ل/ك (prepositions), then the article ال; لل is ل + ال. Each reading keeps
    at least two letters, so short names survive.
    """
    out = [word]

    def add(form: str) -> None:
        if len(form) >= 2 and form not in out:
            out.append(form)

    forms = [word]
    if word[:1] in CONJUNCTIONS and len(word) > 3:
        forms.append(word[1:])
    for form in list(forms):
        if form.startswith("لل") and len(form) > 4:
            forms.append("ال" + form[2:])
        elif form[:1] in PREPOSITIONS and len(form) > 3:
            forms.append(form[1:])
    for form in forms:
        add(form)
    for form in forms:
        if form.startswith("ال") and len(form) > 3:
            add(form[2:])
    return tuple(out)


def core(word: str) -> str:
    """The most stripped reading of a normalised word (for features; never for display)."""
    return candidates(word)[-1]


_COMPOUND = re.compile(r"(?<![^ ])(عبد|ابو) ")


def compact(phrase: str) -> str:
    """One spelling for compound names written with or without a space (عبد الله / عبدالله,
    ابو ثنين / ابوثنين), for keys only."""
    return _COMPOUND.sub(r"\1", phrase)
