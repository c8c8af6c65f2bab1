"""Paragraphs that repeat an earlier paragraph of the same document, once normalised: search form,
punctuation, quotation-mark styles and hashtag signs ignored, a leading connective dropped."""
from __future__ import annotations

import re

from ..model import Document, Paragraph, ParagraphRef
from ..text.normalize import search_form

NOT_WORD = re.compile(r"[^\w\s]|_")
SPACE = re.compile(r"\s+")
LEADING = re.compile("^(?:" + "|".join(search_form(p) for p in sorted("""
إلى ذلك|وإلى ذلك|في غضون ذلك|وفي غضون ذلك|في الأثناء|وفي الأثناء|في هذه الأثناء|وفي هذه الأثناء|
في سياق متصل|وفي سياق متصل|من جهة أخرى|ومن جهة أخرى|على صعيد آخر|وعلى صعيد آخر|في المقابل|وفي المقابل|
إضافة إلى ذلك|بالإضافة إلى ذلك|كما|هذا|يذكر أن|ويذكر أن|يشار إلى أن|ويشار إلى أن|في الوقت ذاته|
وفي الوقت ذاته|في الوقت نفسه|وفي الوقت نفسه|علاوة على ذلك|فضلا عن ذلك|أيضا|وأيضا""".replace("\n", "").split("|"),
                                                               key=len, reverse=True)) + r")\s+")
CONJUNCTION = re.compile(r"^[وف](?=\S{3})")
MIN_WORDS = 4  # shorter repeats ("(رويترز)", a sign-off) are not worth a flag


WORD_KINDS = {"word", "latin", "number", "hashtag"}


def key(text: str) -> str:
    return _strip(SPACE.sub(" ", NOT_WORD.sub(" ", search_form(text))).strip())


def _strip(k: str) -> str:
    k = LEADING.sub("", k, count=1)
    return CONJUNCTION.sub("", k, count=1)


def _paragraph_key(doc: Document, paragraph: Paragraph) -> str:
    """The key, from the token norms when the token layer is there (the same words, already folded)."""
    if not paragraph.sentences or not paragraph.sentences[0].tokens:
        return key(doc.text[paragraph.start:paragraph.end])
    norms = [t.norm for s in paragraph.sentences for t in s.tokens if t.kind in WORD_KINDS]
    return _strip(" ".join(norms).replace("_", " "))


def flag(doc: Document) -> None:
    """Set duplicate_of on every paragraph that repeats an earlier one."""
    first: dict[str, ParagraphRef] = {}
    for a, p, paragraph in doc.paragraphs():
        k = _paragraph_key(doc, paragraph)
        if k.count(" ") + 1 < MIN_WORDS:
            continue
        if k in first:
            paragraph.duplicate_of = first[k]
        else:
            first[k] = ParagraphRef(a, p)
