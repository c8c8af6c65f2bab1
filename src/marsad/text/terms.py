"""Words to index terms for story similarity: search form, stop words out, stems for words, names kept whole.

PyStemmer's Snowball Arabic stemmer folds inflections (`الخارجية` -> `خارج`) but mangles foreign
names (`بوتين` -> `وتين`), so entity mentions and capitalised Latin words stay unstemmed and get a
prefix of their own. Snowball leaves a conjunction before the article (`والبحارة`), so that pair is
stripped first when no clitic layer is present.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import Stemmer

from .normalize import search_form, strip_diacritics
from .stopwords import STOPWORDS

WORD = re.compile(r"[\w\u0600-\u06FF]+")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# conjunction or preposition glued to the article: the stemmer keeps the first letter
CLITIC_ARTICLE = re.compile(r"^(?:و|ف)?(?:ب|ك|ل)?(?=ال..)|^(?:و|ف)(?=لل..)")
NAME_PREFIX = "@"  # marks an unstemmed name term, so `ايران` the name and a stem never collide

_stemmer = Stemmer.Stemmer("arabic")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Search-form stem of one word, or "" for a stop word or a word too short to mean much.

    Snowball wants the letters as written (it reads ة and hamza forms itself), so it stems the
    word with diacritics out and the result is folded to the search form afterwards.
    """
    folded = search_form(word)
    if folded in STOPWORDS or len(folded) < 2 or folded.isdigit() and len(folded) < 3:
        return ""
    if not ARABIC_LETTER.match(folded):
        return folded
    word = CLITIC_ARTICLE.sub("", strip_diacritics(word).replace("\u0640", ""), count=1)
    if search_form(word) in STOPWORDS:
        return ""
    stemmed = search_form(_stemmer.stemWord(word))
    return stemmed if len(stemmed) >= 2 else search_form(word)


def name_term(text: str) -> str:
    """The unstemmed term of a name (an entity mention or a capitalised Latin word)."""
    return NAME_PREFIX + " ".join(search_form(text).split())


def count_terms(text: str, names: frozenset[str] = frozenset()) -> Counter:
    """Term counts of `text`; a word whose search form is in `names` stays whole."""
    counts: Counter = Counter()
    for raw in WORD.findall(text):
        if raw.isdigit() and len(raw) < 3:
            continue
        if raw[:1].isupper() and raw.isascii() and len(raw) > 1:
            counts[NAME_PREFIX + raw.lower()] += 1
            continue
        if names and search_form(raw) in names:
            counts[NAME_PREFIX + search_form(raw)] += 1
            continue
        term = stem(raw)
        if term:
            counts[term] += 1
    return counts
