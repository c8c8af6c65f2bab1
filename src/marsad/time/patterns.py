"""The regular expressions of Arabic time expressions, over the search form of `marsad.text.normalize`.

Each pattern reads one family (a date with its month, a weekday, أمس/اليوم/غداً, a period such as
"الشهر الماضي", "قبل N unit", a year …); `REQUIRES` names the substrings a sentence must hold for a
pattern to have a chance, so most sentences skip most patterns.
"""
from __future__ import annotations

import re

from . import lexicon as lx


def _alt(words) -> str:
    # longest first so "تشرين الاول" wins over a shorter prefix
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(words, key=len, reverse=True))


B, E = r"(?<!\w)(?P<cl>[وف]?[بلك]?)", r"(?!\w)"  # B lets a proclitic (و ف ب ل ك) stand before the expression
MONTH = _alt(set(lx.GREGORIAN_MONTHS) | set(lx.HIJRI_MONTHS))
WEEKDAY = _alt(lx.WEEKDAYS)
ORD = _alt(lx.ORDINAL_DAYS)
POD = _alt(lx.PARTS_OF_DAY)
MOD = _alt(lx.MODIFIERS)
EDGE = _alt(lx.EDGES)
NUM = _alt(k for k in lx.NUMBER_WORDS)
UNIT = _alt(lx.DURATION_UNITS)
DAY = rf"(?:(?:ال)?\d{{1,2}}|{ORD})"  # "الـ30" folds to "ال30"
ERA = r"(?:م|ميلادي(?:ه)?|ه|هجري(?:ه)?)"
SEP = r"(?:\s*[/\\|(\-–]\s*|\s+slash\s+|\s+او\s+|\s+)"
REL = r"(?:اليوم|يوم\s+امس|امس\s+الاول|اول\s+من\s+امس|اول\s+امس|الامس|امس|يوم\s+غد|بعد\s+غد|غدا|الغد)"

PATTERNS = {
    "date": re.compile(
        rf"{B}(?:(?P<pod>{POD})\s+(?:يوم\s+)?)?(?:(?P<rel>{REL})\s+)?"
        rf"(?:(?:يوم\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<wmod>{MOD}))?\s*[،,]?\s*(?:الموافق\s+|في\s+)?)?"
        rf"(?:(?P<edge>{EDGE})\s+)?(?:(?P<day>{DAY})(?:\s*(?:و|-|–)\s*(?P<day2>{DAY}))?\s*(?:من\s+)?)?"
        rf"(?P<shahr>شهر\s+)?(?P<mon>{MONTH})(?:{SEP}(?P<mon2>{MONTH})\s*\)?)?"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه|لعام)\s*)?(?P<year>\d{{4}})(?:\s*(?P<era>{ERA}){E})?"
        rf"|\s+(?:من\s+)?(?:(?P<ydemo>هذا\s+العام|هذه\s+السنه)|(?:العام|السنه)\s+(?P<ymod>{MOD})))?"
        rf"(?:\s+(?P<mod>{MOD}))?{E}"),
    "monthday": re.compile(
        rf"{B}(?:يوم\s+)?(?P<day>{DAY})\s+(?:من\s+)?(?:(?P<demo>هذا)\s+)?الشهر(?:\s+(?P<mod>{MOD}))?{E}"),
    "numeric": re.compile(
        r"(?<![\d/.\-])(?:(?P<d>\d{1,2})\s?(?P<s>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=s)\s?(?P<y>\d{4})"
        r"|(?P<y2>\d{4})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/.\-]?\d)"),
    "weekday": re.compile(
        rf"{B}(?:(?P<pod>{POD})\s+(?:يوم\s+)?)?(?:(?P<rel>{REL})\s*(?P<par>\()?\s*)?(?:يوم\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s*[-–/]?\s*(?P<wd2>{WEEKDAY}))?(?:\s+(?P<wmod>{MOD}))?{E}(?(par)\s*\))"),
    "relday": re.compile(rf"{B}(?:(?P<pod>{POD})\s+)?(?P<rel>{REL}){E}"),
    "podonly": re.compile(rf"{B}(?P<rel>الليله(?:\s+قبل)?(?:\s+الماضيه)?|هذا\s+الصباح|هذا\s+المساء|صباح\s+الغد"
                          rf"|مساء\s+الغد){E}"),
    "period": re.compile(
        rf"{B}(?:(?P<edge>{EDGE})\s+)?(?:(?P<demo>هذا|هذه)\s+)?(?P<unit>الاسبوع|الشهر|العام|السنه)"
        rf"(?:\s+(?P<mod>{MOD}))?{E}"),
    "ago": re.compile(
        rf"{B}(?P<ago>قبل|منذ)\s+(?:(?:نحو|حوالي|حوالى|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+عن)\s+)?"
        rf"(?:(?P<n>\d{{1,4}}|{NUM})\s+)?(?P<unit>{UNIT}){E}"),
    "year": re.compile(
        rf"{B}(?:(?P<kw>عام|العام|سنه|السنه|خلال\s+عام|موسم)\s*|(?P<fi>في)\s+)(?P<year>\d{{4}})(?:\s*(?P<era>{ERA}){E})?"
        rf"(?!\s*[/\-.]\s*\d)"),
    "yearera": re.compile(rf"(?<![\d\w])(?P<year>\d{{4}})\s*(?P<era>م|ميلادي|ه|هجري|هجريه){E}"),
    "pod": re.compile(rf"{B}(?P<pod>صباحا|مساء|مساءا|ظهرا|فجرا|ليلا|عصرا|ضحي){E}"),
    "newyear": re.compile(rf"{B}(?:(?P<pod>ليله|عشيه|ليل)\s+)?راس\s+السنه(?:\s+(?:الميلاديه|الجديده))?{E}"),
}

# substrings a sentence must hold for each pattern to have a chance
DIGITS = tuple("0123456789")
REQUIRES = {
    "date": tuple({w.split()[0] for w in list(lx.GREGORIAN_MONTHS) + list(lx.HIJRI_MONTHS)}),
    "numeric": DIGITS,
    "monthday": ("الشهر",),
    "weekday": tuple(lx.WEEKDAYS),
    "relday": ("اليوم", "امس", "غد"),
    "podonly": ("الليله", "الصباح", "المساء", "الغد"),
    "period": ("الاسبوع", "الشهر", "العام", "السنه"),
    "ago": ("قبل", "منذ"),
    "year": DIGITS,
    "yearera": DIGITS,
    "newyear": ("راس السنه",),
    "pod": ("صباحا", "مساء", "ظهرا", "فجرا", "ليلا", "عصرا", "ضحي"),
}

HOUR_BEFORE = re.compile(r"(?:\d|الساعه|الواحده|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه"
                          r"|التاسعه|العاشره|عشره|نصف|النصف|ربع|الربع|ثلث|الثلث)\s*$")
MONTH_WORD = re.compile(rf"(?<!\w)[وفبلك]{{0,2}}(?:{MONTH})(?![^\W\d_])")
