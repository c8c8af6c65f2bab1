"""Tokens with their kind, search form and clitic layer, as offsets into the original text.

Speed: no token spans white space, and nine chunks in ten between spaces are one plain word.
Such a chunk is looked up by its spelling (news repeats its words heavily) and becomes a token
with no regex at all; any other chunk goes through the TOKEN regex, in place in the text (so a
look-behind still sees the character before it). The caches hold only strings and shared tuples,
so the garbage collector can leave them alone however large they grow.
"""
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

# Caches keyed by a spelling TOKEN matched as a whole word: such a spelling standing alone between
# spaces is that same single word (no other alternative can match a run of letters).
_NORMS: dict[str, str] = {}  # word → search form
_LATIN: dict[str, str] = {}  # Latin-script word → search form
_SPLITS: dict[str, tuple] = {}  # word with a clitic split → (proclitics, stem, suffix), relative offsets
_SHAPES: dict[tuple, tuple] = {}  # one shared tuple per distinct split shape
_PUNCT: dict[str, str] = {}
# punctuation that only ever stands alone around an Arabic word: a chunk made of a known word and
# these is split without the regex (no "..": dots in a run are one token)
AFFIXES = "،؛:,;!?؟()«»\"“”'[].-"
AFFIX_NORMS = {c: search_form(c) for c in AFFIXES}
MAX_CACHED = 1 << 18


def _learn(w: str) -> str:
    """Analyse a word once: its search form and clitic split go into the caches."""
    if len(_NORMS) + len(_LATIN) >= MAX_CACHED:
        _NORMS.clear(), _LATIN.clear(), _SPLITS.clear()
    norm = search_form(w)
    if LATIN.match(w):
        _LATIN[w] = norm
        return norm
    procs, stem, suffix = analyse(w)
    if stem is not None:
        shape = (procs, stem, suffix)
        _SPLITS[w] = _SHAPES.setdefault(shape, shape)
    _NORMS[w] = norm
    return norm


def _split_token(start: int, end: int, norm: str, split: tuple) -> Token:
    """A word token with its clitic layer (offsets relative to `start`)."""
    procs, stem, suffix = split
    if len(procs) == 1:
        proclitics = [(start + procs[0][0], start + procs[0][1])]
    else:
        proclitics = [(start + a, start + b) for a, b in procs]
    return Token(start, end, "word", norm, proclitics, (start + stem[0], start + stem[1]),
                 None if suffix is None else (start + suffix[0], start + suffix[1]))


def _set_split(token: Token, at: int, split: tuple) -> None:
    """Clitic offsets of the word that starts at `at`."""
    procs, stem, suffix = split
    if procs:
        token.proclitics = [(at + a, at + b) for a, b in procs]
    token.stem = (at + stem[0], at + stem[1])
    if suffix is not None:
        token.suffix = (at + suffix[0], at + suffix[1])


def tokenize(text: str, start: int, end: int, clitics: bool = True) -> list[Token]:
    """Tokens of text[start:end]; `clitics=False` skips the clitic layer."""
    out: list[Token] = []
    append = out.append
    norms, splits = _NORMS, _SPLITS
    parts = text[start:end].split()  # the chunks between spaces (str.split's spaces are the regex's \s)
    single = sum(map(len, parts)) + len(parts) - 1 == end - start  # one space between chunks
    base = start
    for chunk in parts:
        if not single:
            base = text.find(chunk, base)
        norm = norms.get(chunk)
        if norm is not None:  # the chunk is one known word
            split = splits.get(chunk) if clitics else None
            if split is None:
                append(Token(base, base + len(chunk), "word", norm))
            else:
                append(_split_token(base, base + len(chunk), norm, split))
        elif chunk in _LATIN:
            append(Token(base, base + len(chunk), "latin", _LATIN[chunk]))
        else:
            core = chunk.strip(AFFIXES)
            norm = norms.get(core) if core else None
            if norm is not None and ".." not in chunk:  # a known word in punctuation: «كلمة»، (كلمة)
                at = base + len(chunk) - len(chunk.lstrip(AFFIXES))
                after = at + len(core)
                for i in range(base, at):
                    append(Token(i, i + 1, "punct", AFFIX_NORMS[text[i]]))
                split = splits.get(core) if clitics else None
                append(Token(at, after, "word", norm) if split is None else _split_token(at, after, norm, split))
                for i in range(after, base + len(chunk)):
                    append(Token(i, i + 1, "punct", AFFIX_NORMS[text[i]]))
            else:
                _scan(text, base, base + len(chunk), clitics, append)
        base += len(chunk) + single
    return out


def _scan(text: str, start: int, end: int, clitics: bool, append) -> None:
    """Tokens of one chunk by the regex (the chunk is not a known word)."""
    for m in TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "word":
            w = m.group()
            norm = _NORMS.get(w) or _LATIN.get(w) or _learn(w)
            token = Token(s, e, "latin" if w in _LATIN else "word", norm)
            if clitics and w in _SPLITS:
                _set_split(token, s, _SPLITS[w])
        elif kind == "punct":
            p = m.group()
            norm = _PUNCT.get(p)
            if norm is None:
                norm = _PUNCT[p] = "-" if p[0] == "\u0640" else search_form(p)
            token = Token(s, e, "punct", norm)
        elif kind == "hashtag":
            w = text[s + 1:e]  # the word the hashtag reads as (not cached: it may hold digits and _)
            token = Token(s, e, "hashtag", search_form(w))
            if clitics:
                procs, stem, suffix = ((), None, None) if LATIN.match(w) else analyse(w)
                _set_split(token, s + 1, (procs, stem, suffix) if stem is not None else ((), (0, e - s - 1), None))
        else:
            token = Token(s, e, kind, search_form(m.group()))
        append(token)
