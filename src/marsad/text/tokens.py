"""Tokens with their kind, search form and clitic layer, as offsets into the original text."""
from __future__ import annotations

import re

from ..model import Token
from .clitics import analyse
from .normalize import search_form

MARKS = "\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d"  # diacritics, tatweel, joiners: inside words
TOKEN = re.compile(
    rf"(?P<url>(?:https?://|www\.)[^\s<>«»“”\"]*[^\s<>«»“”\"'.,;:!?؟،)\]])"
    rf"|(?P<email>[A-Za-z0-9._%+-]{{1,64}}@[A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{1,8}})"  # bounded: no rescans
    rf"|(?P<handle>(?<![\w@])@[A-Za-z0-9_]{{1,30}})"
    rf"|(?P<hashtag>(?<![\w@])#(?=[\w{MARKS}]*[^\W\d_])[\w{MARKS}]+)"
    rf"|(?P<number>\d+(?:[.,٫٬]\d+)*)"
    rf"|(?P<word>[A-Za-z][A-Za-z0-9]*|[^\W\d_](?:[^\W\d_]|[{MARKS}])*)"  # و١٢٣ is و + a number
    rf"|(?P<punct>\.{{2,}}|[^\s\w\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]|_)")
HASHTAG = re.compile(rf"(?<![\w@])#(?=[\w{MARKS}]*[^\W\d_])[\w{MARKS}]+")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


_WORDS: dict[str, tuple] = {}  # spelling → (kind, norm, proclitics, stem, suffix), offsets relative
_PUNCT: dict[str, str] = {}
MAX_CACHED = 1 << 18


def _word(text: str) -> tuple:
    """kind, norm and relative clitic offsets of a word, cached by its spelling."""
    if LATIN.match(text):
        info = ("latin", search_form(text), (), None, None)
    else:
        procs, stem, suffix = analyse(text)
        info = ("word", search_form(text), procs, stem, suffix)
    if len(_WORDS) >= MAX_CACHED:
        _WORDS.clear()
    _WORDS[text] = info
    return info


def tokenize(text: str, start: int, end: int, clitics: bool = True) -> list[Token]:
    """Tokens of text[start:end]; `clitics=False` skips the clitic layer."""
    out: list[Token] = []
    append = out.append
    words = _WORDS
    for m in TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "word":
            w = m.group()
            try:
                info = words[w]
            except KeyError:
                info = _word(w)
            s = m.start()
            token = Token(s, s + len(w), info[0], info[1])
            stem = info[3]
            if stem is not None and clitics:  # inlined: most words with a split are ال-words
                procs = info[2]
                if len(procs) == 1:
                    token.proclitics = [(s + procs[0][0], s + procs[0][1])]
                elif procs:
                    token.proclitics = [(s + a, s + b) for a, b in procs]
                token.stem = (s + stem[0], s + stem[1])
                if info[4] is not None:
                    token.suffix = (s + info[4][0], s + info[4][1])
        elif kind == "punct":
            p = m.group()
            norm = _PUNCT.get(p)
            if norm is None:
                norm = _PUNCT[p] = "-" if p[0] == "\u0640" else search_form(p)
            token = Token(m.start(), m.end(), "punct", norm)
        elif kind == "hashtag":
            s, e = m.span()
            info = words.get(text[s + 1:e]) or _word(text[s + 1:e])
            token = Token(s, e, "hashtag", info[1])
            if clitics:
                if info[3] is not None:
                    _clitics(token, s + 1, info)
                else:
                    token.stem = (s + 1, e)  # the word the hashtag reads as
        else:
            token = Token(m.start(), m.end(), kind, search_form(m.group()))
        append(token)
    return out


def _clitics(token: Token, base: int, info: tuple) -> None:
    token.proclitics = [(base + a, base + b) for a, b in info[2]]
    token.stem = (base + info[3][0], base + info[3][1])
    if info[4] is not None:
        token.suffix = (base + info[4][0], base + info[4][1])
