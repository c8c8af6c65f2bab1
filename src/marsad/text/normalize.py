"""Arabic-aware normalisation that never loses the way back to the original text.

Two derived forms, each a `Folded` string with a map to original offsets:
- the *display* form (`clean`): presentation forms to base letters, tatweel and
  invisible controls removed, NO-BREAK and other odd spaces to a plain space;
- the *search* form (`search`): the display form plus diacritics removed, alef and
  hamza forms, ta marbuta and alef maqsura folded, Arabic-Indic digits to Latin,
  lower-cased Latin. It is for matching only and never replaces the display text.
"""
from __future__ import annotations

import re
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


def _changed(table) -> dict[int, str]:
    """Every code point the per-character `table` changes, as a str.translate table."""
    ranges = [range(0x41, 0x5B), range(0xA0, 0xAE), range(0x600, 0x700), range(0x2000, 0x2070),
              range(0x3000, 0x3001), range(0xFB50, 0xFE00), range(0xFE70, 0xFF00)]
    out = {}
    for r in ranges:
        for code in r:
            ch = chr(code)
            if table(ch) != ch:
                out[code] = table(ch)
    return out


class _Folder:
    """A folding table with a C-speed path: str.translate, plus per-character work only where a
    character is dropped or expanded (so offsets shift)."""

    def __init__(self, table, frequent: str = ""):
        self.map = _changed(table)
        uneven = "".join(chr(c) for c, v in self.map.items() if len(v) != 1)
        self.uneven = re.compile("[" + re.escape(uneven) + "]")
        # str.translate looks every non-ASCII character up in a dict: slow on long Arabic text.
        # The common changes (the letters in `frequent`, dropped marks) are made by str.replace and
        # one regex pass instead, whenever the text holds no other character the table changes.
        self.frequent = [(c, self.map[ord(c)]) for c in frequent]
        assert all(len(v) == 1 and ord(v) not in self.map for _, v in self.frequent)
        dropped = "".join(chr(c) for c, v in self.map.items() if not v)
        rare = "".join(chr(c) for c, v in self.map.items() if v and chr(c) not in frequent)
        self.dropped = re.compile("[" + re.escape(dropped) + "]")
        self.rare = re.compile("[" + re.escape(rare) + "]")

    def fold(self, text: str, base: int = 0) -> Folded:
        pieces: list[str] = []
        offsets: list[int] = []
        pos = 0
        for m in self.uneven.finditer(text):
            i = m.start()
            if i > pos:
                pieces.append(text[pos:i].translate(self.map))
                offsets.extend(range(base + pos, base + i))
            mapped = self.map[ord(text[i])]
            pieces.append(mapped)
            offsets.extend([base + i] * len(mapped))
            pos = i + 1
        if pos < len(text):
            pieces.append(text[pos:].translate(self.map))
            offsets.extend(range(base + pos, base + len(text)))
        offsets.append(base + len(text))
        return Folded("".join(pieces), tuple(offsets))

    def string(self, text: str) -> str:
        """text.translate(self.map), faster on the usual text."""
        if len(text) < 16 or self.rare.search(text) is not None:
            return text.translate(self.map)
        text = self.dropped.sub("", text)
        for c, v in self.frequent:
            if c in text:
                text = text.replace(c, v)
        return text


_DISPLAY = _Folder(_display, "\u00a0")
_SEARCH = _Folder(_search, "ةأإىئؤآ\u00a0")


def clean(text: str, base: int = 0) -> Folded:
    """Display form of `text`; offsets are shifted by `base` (the slice's start in the document)."""
    return _DISPLAY.fold(text, base)


def search(text: str, base: int = 0) -> Folded:
    """Search form of `text` with its offset map."""
    return _SEARCH.fold(text, base)


def search_form(text: str) -> str:
    """Search form only, for keys and queries where no offsets are needed."""
    return _SEARCH.string(text)


def display_form(text: str) -> str:
    """Display form only (presentation forms, tatweel, invisible controls and odd spaces cleaned)."""
    return _DISPLAY.string(text)


def strip_diacritics(text: str) -> str:
    return "".join(ch for ch in text if ch not in DIACRITICS)


HASHTAG_SIGN = re.compile(r"(?<![\w@])#(?=[\w\u064B-\u065F\u0670\u0640]*[^\W\d_])")


def reading(text: str, base: int = 0) -> Folded:
    """The display form as a reader reads it: hashtags without their sign (`#أردوغان` reads as
    أردوغان) and with their underscores as spaces (`#الغوطة_تحترق` as الغوطة تحترق)."""
    folded = clean(text, base)
    signs = {m.start() + base for m in HASHTAG_SIGN.finditer(text)}
    if not signs:
        return folded
    chars: list[str] = []
    offsets: list[int] = []
    in_tag = False
    for ch, off in zip(folded.text, folded.offsets):
        if off in signs:
            in_tag = True
            continue
        if in_tag and not (ch.isalnum() or ch == "_" or "\u064B" <= ch <= "\u065F"):
            in_tag = False
        chars.append(" " if in_tag and ch == "_" else ch)
        offsets.append(off)
    offsets.append(folded.offsets[-1])
    return Folded("".join(chars), tuple(offsets))
