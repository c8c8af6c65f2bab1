"""The matching form of a paragraph: the words two copies of one text still share.

Built on the search form of `marsad.text.normalize` (diacritics, tatweel, alef/hamza,
ta marbuta, alef maqsura, Arabic-Indic digits, Latin case), plus what changes between
reprints of one wire story: hamza seats (مسؤول / مسئول), punctuation and quotation-mark
styles, hashtags, thousands separators, a dateline ("روما ـ", "الرياض - واس -"), a leading
connective ("إلى ذلك", "وفي غضون ذلك") and a leading "و". It is a key, never shown.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..text.normalize import clean, search_form

# hamza seats and letters of Persian origin that outlets spell either way
_EXTRA = {"ء": "", "ؤ": "ي", "ئ": "ي", "ڤ": "ف", "پ": "ب", "چ": "ج", "گ": "ك", "_": " "}
_DASHES = "-–—ـ"  # U+0640 tatweel stands for a dash when set between spaces ("روما ـ")
# news agencies named after a dateline ("الرياض - واس -"); search-form spelling is matched below
_AGENCIES = ["واس", "قنا", "وام", "بنا", "كونا", "سانا", "سبأ", "واج", "وات", "ومع", "بترا", "رويترز",
             "أ ف ب", "أ.ف.ب", "د ب أ", "يو بي آي", "شينخوا", "الأناضول", "وكالات", "سبوتنيك", "إرنا"]
_PLACE = r"[^\s\-–—ـ():.،,؛!؟\"«»“”]+"
_AGENCY = "|".join(re.escape(a) for a in _AGENCIES)
# place (1-3 words), an optional (agency), a dash; then an agency, or a source of one or two words
# closed by another dash or a colon ("دبي - «الخليج»:", "الرياض - واس -")
_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE}[ \t]+){{0,2}}{_PLACE}[ \t]*(?:\([^()\n]{{1,30}}\)[ \t]*)?[{_DASHES}]+[ \t]+"
    rf"(?:\(?(?:{_AGENCY})\)?[ \t]*[{_DASHES}:]*[ \t]+"
    rf"|[«\"“(]?{_PLACE}(?:[ \t]+{_PLACE})?[»\"”)]?[ \t]*[{_DASHES}:]+[ \t]+)?")
_AGENCY_ONLY = re.compile(rf"^\s*\((?:{_AGENCY})\)[ \t]*[{_DASHES}:]*[ \t]+")
_THOUSANDS = re.compile(r"(?<=\d)[,٬](?=\d\d\d)")
# discourse connectives that editors add or drop at a paragraph's start (a leading "و" is
# dropped separately, so "وفي غضون ذلك" is covered by "في غضون ذلك")
_CONNECTIVES = [
    "إلى ذلك", "في غضون ذلك", "في الأثناء", "في هذه الأثناء", "من جهة أخرى", "من جهة ثانية",
    "من ناحية أخرى", "من ناحية ثانية", "على صعيد آخر", "على صعيد متصل", "في سياق متصل",
    "في سياق آخر", "في هذا السياق", "في هذا الإطار", "في الوقت ذاته", "في الوقت نفسه",
    "في غضون ذلك أيضا", "من جهته", "من جهتها", "من جانبه", "من جانبها", "بدوره", "بدورها",
    "كذلك", "أيضا", "هذا", "يذكر أن", "يشار إلى أن", "الجدير بالذكر أن", "والجدير بالذكر أن",
]


# Latin, Arabic and its supplements, general punctuation and symbols, CJK punctuation, Arabic
# presentation forms, full-width forms: every block where a character folds to something else
_CODES = [c for lo, hi in ((0, 0x2BFF), (0x3000, 0x303F), (0xFB50, 0xFFFF)) for c in range(lo, hi + 1)]


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """str.translate table equal to `search_form` per character, plus the extra folds above.

    One C-level translate instead of a Python call per character: the index has to keep up
    with thousands of paragraphs a second.
    """
    table: dict[int, str] = {}
    for code in _CODES:
        ch = chr(code)
        out = _EXTRA[ch] if ch in _EXTRA else search_form(ch)
        if len(out) == 1 and unicodedata.category(out)[0] in "PS" or out in ("#", "@"):
            out = " "
        elif out and all(unicodedata.category(c)[0] in "PSZ" for c in out):
            out = " "
        if out != ch:
            table[code] = out
    return table


@lru_cache(maxsize=1)
def _display_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in _CODES:
        out = clean(chr(code)).text
        if out != chr(code):
            table[code] = out
    return table


def display(text: str) -> str:
    """The display form with runs of spaces collapsed: copies equal in it are exact copies."""
    return " ".join(text.translate(_display_table()).split())


def fold(text: str) -> str:
    """Search form with punctuation, quotation marks and hashtag signs turned into spaces."""
    return _THOUSANDS.sub("", text).translate(_table())


@lru_cache(maxsize=1)
def _connectives() -> dict[str, list[tuple[str, ...]]]:
    """Connectives in matching form, by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for c in sorted({tuple(fold(c).split()) for c in _CONNECTIVES}, key=len, reverse=True):
        out.setdefault(c[0], []).append(c)
    return out


def strip_dateline(text: str) -> str:
    """The text without a leading dateline such as "روما ـ" or "الرياض - واس -"."""
    head = text[:120]
    m = _DATELINE.match(head) or _AGENCY_ONLY.match(head)
    return text[m.end():] if m else text


def words(text: str) -> list[str]:
    """The matching words of one paragraph, in order."""
    out = fold(strip_dateline(text)).split()
    for _ in range(2):  # "وفي غضون ذلك، من جهته" holds two
        if out and out[0].startswith("و") and len(out[0]) >= 3:
            out[0] = out[0][1:]
        for conn in _connectives().get(out[0] if out else "", ()):
            n = len(conn)
            if len(out) > n and tuple(out[:n]) == conn:
                # "هذا" is a connective only before a verb with "و" ("هذا وخسرت"), else a demonstrative
                if conn == ("هذا",) and not out[1].startswith("و"):
                    continue
                del out[:n]
                break
    if out and out[0].startswith("و") and len(out[0]) >= 3:
        out[0] = out[0][1:]
    return out
