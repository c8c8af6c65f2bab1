"""The words around a time expression: the word before and after it, and whether its clause is future."""
from __future__ import annotations

import re

from . import lexicon as lx

PREV_WORD = re.compile(r"(\w+)\s*$")
NEXT_WORD = re.compile(r"^\s*(\w+)")
_CLAUSE_STARTS = {"الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "عندما", "بعدما", "فيما", "بينما",
                  "ان", "انه", "انها", "لكن", "ولكن", "قد", "وقد", "كان", "وكان", "كانت", "وكانت"}
_CLAUSE_END = re.compile(r"[.!?؟؛:\n«»\"“”]")


def prev_word(text: str, start: int) -> str:
    m = PREV_WORD.search(text, 0, start)
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    m = NEXT_WORD.match(text[end:end + 30])
    return m.group(1) if m else ""


def _is_noun(word: str) -> bool:
    return any(word[:n] in lx.NOT_FUTURE_STEMS and word[n:] in lx.NOUN_SUFFIXES for n in range(2, len(word) + 1))


def is_future(text: str, start: int, end: int) -> bool:
    """Does the clause around the mention speak of the future (سـ/سوف/المقبل/من المقرر)?"""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    before = text[clause_start:start].split()[-6:]
    after = _CLAUSE_END.split(text[end:end + 40], 1)[0].split()[:2]
    if any(word in lx.FUTURE_WORDS for word in before + after):
        return True
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _CLAUSE_STARTS:  # "ساترفيلد الذي أعلن مساء الخميس": the clause is "أعلن"
            before = before[i + 1:]
            break
    for word in before:  # the verb stands before its time in Arabic; after it come names ("ستايبلس")
        core = word[1:] if word[:1] in "وف" and len(word) > 5 else word
        if re.match(r"^س[يتنا]\w{2,6}$", core) and not _is_noun(core):
            return True
    return False
