"""Arabic-aware normalisation that never loses the way back to the original text.

Two derived forms, each a `Folded` string with a map to original offsets:
- the *display* form (`clean`): presentation forms to base letters, tatweel and
  invisible controls removed, NO-BREAK and other odd spaces to a plain space;
- the *search* form (`search`): the display form plus diacritics removed, alef and
  hamza forms, ta marbuta and alef maqsura folded, Arabic-Indic digits to Latin,
  lower-cased Latin. It is for matching only and never replaces the display text.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TATWEEL = "\u0640"
# zero-width, bidi controls, BOM, soft hyphen, Arabic letter mark
INVISIBLE = set("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad\u2060")
ODD_SPACES = set("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                 "\u200a\u202f\u205f\u3000")
# harakat, tanwin, shadda, sukun, dagger alef, Quranic marks
DIACRITICS = set(chr(c) for c in list(range(0x064B, 0x0660)) + [0x0670]
                 + list(range(0x06D6, 0x06DD)) + list(range(0x06DF, 0x06E5))
                 + list(range(0x06E7, 0x06E9)) + list(range(0x06EA, 0x06EE)))
SEARCH_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ی": "ي", "ک": "ك",
}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


@dataclass(frozen=True)
class Folded:
    """A derived string and, for each of its characters, the original offset it came from."""
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is the original end

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for the derived [start, end)."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        # each derived character comes from one original code point (a ligature gives several)
        return self.offsets[start], self.offsets[end - 1] + 1


@lru_cache(maxsize=4096)
def _display(ch: str) -> str:
    if ch == TATWEEL or ch in INVISIBLE:
        return ""
    if ch in ODD_SPACES:
        return " "
    code = ord(ch)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:  # Arabic presentation forms
        return unicodedata.normalize("NFKC", ch).replace(" ", "")
    return ch


@lru_cache(maxsize=4096)
def _search(ch: str) -> str:
    out = []
    for c in _display(ch):
        if c in DIACRITICS:
            continue
        c = SEARCH_LETTERS.get(c, DIGITS.get(c, c))
        out.append(c.lower() if c.isascii() else c)
    return "".join(out)


def _fold(text: str, table, base: int = 0) -> Folded:
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        mapped = table(ch)
        for c in mapped:
            chars.append(c)
            offsets.append(base + i)
    offsets.append(base + len(text))
    return Folded("".join(chars), tuple(offsets))


def clean(text: str, base: int = 0) -> Folded:
    """Display form of `text`; offsets are shifted by `base` (the slice's start in the document)."""
    return _fold(text, _display, base)


def search(text: str, base: int = 0) -> Folded:
    """Search form of `text` with its offset map."""
    return _fold(text, _search, base)


def search_form(text: str) -> str:
    """Search form only, for keys and queries where no offsets are needed."""
    return "".join(_search(ch) for ch in text)


def strip_diacritics(text: str) -> str:
    return "".join(ch for ch in text if ch not in DIACRITICS)
