"""Tokens with their kind, search form and clitic layer, as offsets into the original text."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Token
from .clitics import analyse
from .normalize import search_form

MARKS = "\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d"  # diacritics, tatweel, joiners: inside words
TOKEN = re.compile(
    rf"(?P<url>(?:https?://|www\.)[^\s<>«»“”\"]*[^\s<>«»“”\"'.,;:!?؟،)\]])"
    rf"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    rf"|(?P<handle>(?<![\w@])@[A-Za-z0-9_]{{1,30}})"
    rf"|(?P<hashtag>#(?=[\w{MARKS}]*[^\W\d_])[\w{MARKS}]+)"
    rf"|(?P<number>\d+(?:[.,٫٬]\d+)*)"
    rf"|(?P<word>[^\W\d_][\w{MARKS}]*)"
    rf"|(?P<punct>\.{{2,}}|[^\s\w\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]|_)")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


@lru_cache(maxsize=1 << 17)
def _word(text: str) -> tuple[str, str, tuple, tuple | None, tuple | None]:
    """kind, norm and relative clitic offsets of a word, cached by its spelling."""
    if LATIN.match(text):
        return "latin", search_form(text), (), None, None
    procs, stem, suffix = analyse(text)
    return "word", search_form(text), procs, stem, suffix


def tokenize(text: str, start: int, end: int, clitics: bool = True) -> list[Token]:
    """Tokens of text[start:end]; `clitics=False` skips the clitic layer."""
    out: list[Token] = []
    for m in TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "word" or kind == "hashtag":
            base = s + 1 if kind == "hashtag" else s
            w_kind, norm, procs, stem, suffix = _word(text[base:e])
            token = Token(s, e, "hashtag" if kind == "hashtag" else w_kind, norm)
            if clitics:
                if procs:
                    token.proclitics = [(base + a, base + b) for a, b in procs]
                if stem is not None:
                    token.stem = (base + stem[0], base + stem[1])
                if suffix is not None:
                    token.suffix = (base + suffix[0], base + suffix[1])
            if kind == "hashtag" and token.stem is None and clitics:
                token.stem = (base, e)  # the word the hashtag reads as
        elif kind == "punct":
            token = Token(s, e, "punct", "-" if text[s] == "\u0640" else search_form(m.group()))
        else:
            token = Token(s, e, kind, search_form(m.group()))
        out.append(token)
    return out
