"""Find time expressions in the search form of one sentence and read their parts.

Each pattern is one regular expression over the search form (diacritics gone, alef/ta marbuta/
alef maqsura folded, Arabic-Indic digits made Latin). A match becomes a `Mention`: what was said
(day, month, year, weekday, offset, modifier, part of day), not yet resolved to a date, so the
publication date can be chosen after every mention of a document has been read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .context import is_future, next_word, prev_word
from .patterns import HOUR_BEFORE, MONTH_WORD, PATTERNS, REQUIRES


@dataclass
class Mention:
    start: int  # offsets into the search form of the sentence
    end: int
    kind: str  # date | monthday | weekday | relday | period | ago | year | newyear | pod
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hijri: bool = False
    weekday: int | None = None
    offset: int | None = None  # days from publication for أمس/اليوم/غداً
    unit: str | None = None  # day | week | month | year (period, ago)
    count: int | None = None
    modifier: str | None = None  # past | next | current
    part_of_day: str | None = None
    edge: bool = False  # نهاية/مطلع/منتصف …: the month or year, not a day
    future: bool = False  # the clause speaks of the future
    core_end: int | None = None  # "ليل السبت - الأحد": where the first day ends, if the pair must be cut


def _squeeze(words: dict) -> dict:
    # the patterns allow any spacing inside a name ("ذو القعدة", "ذوالقعدة"): look names up without it
    return {re.sub(r"\s+", "", k): v for k, v in words.items()}


_ORDINALS, _GREGORIAN, _HIJRI = _squeeze(lx.ORDINAL_DAYS), _squeeze(lx.GREGORIAN_MONTHS), _squeeze(lx.HIJRI_MONTHS)


def _day(text: str | None) -> int | None:
    if not text:
        return None
    if text.removeprefix("ال").isdigit():
        return int(text.removeprefix("ال"))
    return _ORDINALS.get(re.sub(r"\s+", "", text))


def _month(name: str) -> tuple[int, bool]:
    name = re.sub(r"\s+", "", name)
    if name in _GREGORIAN:
        return _GREGORIAN[name], False
    return _HIJRI[name], True


def _modifier(word: str | None) -> str | None:
    if not word:
        return None
    return "past" if word in lx.PAST else "next" if word in lx.NEXT else "current"


def _rel_offset(rel: str) -> int:
    rel = re.sub(r"\s+", " ", rel)
    if rel in ("اليوم", "الليله", "هذا الصباح", "هذا المساء"):
        return 0
    if rel in ("امس الاول", "اول امس", "اول من امس"):
        return -2
    if rel in ("امس", "الامس", "يوم امس"):
        return -1
    if rel == "بعد غد":
        return 2
    return 1


def _pod(word: str | None) -> str | None:
    return lx.PARTS_OF_DAY.get(re.sub(r"\s+", " ", word)) if word else None


def _read(kind: str, m: re.Match, text: str) -> Mention | None:
    g = m.groupdict()
    s, e = (m.end("cl") if "cl" in g else m.start()), m.end()
    if kind == "date":
        month, hijri = _month(g["mon"])
        day, year = _day(g["day"]), int(g["year"]) if g["year"] else None
        if g["mon2"]:
            month2, hijri2 = _month(g["mon2"])
            if month2 != month or hijri2 != hijri:
                return None  # "يناير/ كانون الثاني" must name one month twice
        weak = re.sub(r"\s+", " ", g["mon"]) in lx.WEAK_MONTHS or hijri
        anchored = day or year or g["shahr"] or g["mon2"] or g["edge"] or g["wd"] or g["ydemo"] or g["ymod"]
        before = prev_word(text, m.start())
        # "شهري يوليو وأغسطس", "بين حزيران وآب": a month joined to another month name
        after_month = re.sub(r"^[وف]", "", before) in lx.GREGORIAN_MONTHS or before in lx.GREGORIAN_MONTHS
        if weak and not (anchored or after_month and m.group("cl") == "و"):
            return None
        if not anchored and not g["mod"] and before not in lx.MONTH_LEADS and not after_month:
            return None  # a bare month name needs "في", "منذ" … before it
        if hijri and g["mon"].startswith("رجب") and next_word(text, e) in ("طيب", "اردوغان", "ابن", "بن"):
            return None
        if day is not None and not 1 <= day <= 31:
            return None
        if year is not None and not (1300 <= year <= 2100):
            return None
        if year and g["era"] in ("ه", "هجري", "هجريه"):
            hijri = True
        if g["ydemo"] or g["ymod"]:  # "أكتوبر من العام الماضي"
            if g["mod"] or hijri:
                return None
            return Mention(s, e, "date", day=day, month=month, hijri=hijri, edge=bool(g["edge"]) and day is None,
                           unit="year", count={"past": -1, "next": 1, "current": 0}[_modifier(g["ymod"]) or "current"],
                           weekday=lx.WEEKDAYS.get(g["wd"]) if g["wd"] else None, part_of_day=_pod(g["pod"]))
        return Mention(s, e, "date", day=day, month=month, year=year, hijri=hijri,
                       weekday=lx.WEEKDAYS.get(g["wd"]) if g["wd"] else None,
                       offset=_rel_offset(g["rel"]) if g["rel"] else None,
                       modifier=_modifier(g["mod"]), part_of_day=_pod(g["pod"]),
                       edge=bool(g["edge"]) and day is None)
    if kind == "monthday":  # "يوم 3 من الشهر المقبل"
        day = _day(g["day"])
        if not (g["demo"] or g["mod"]) or not day or not 1 <= day <= 31:
            return None
        return Mention(s, e, "monthday", day=day, modifier=_modifier(g["mod"]) or "current")
    if kind == "numeric":
        d, mo, y = (g["d"], g["m"], g["y"]) if g["d"] else (g["d2"], g["m2"], g["y2"])
        d, mo, y = int(d), int(mo), int(y)
        hijri = 1300 <= y <= 1500  # "4/8/1436" in Saudi news is a Hijri date
        if not (1 <= mo <= 12 and 1 <= d <= (30 if hijri else 31) and (hijri or 1900 <= y <= 2100)):
            return None
        return Mention(s, e, "date", day=d, month=mo, year=y, hijri=hijri)
    if kind == "weekday":
        wd = g["wd"]
        after, before = next_word(text, e), prev_word(text, s)
        if wd == "الاحد" and after in ("عشر", "عشره"):
            return None  # "الأحد عشر" is eleven
        if wd == "الاثنين" and not (g["rel"] or g["pod"] or g["wmod"] or g["wd2"]) and (
                before in ("بين", "كلا", "هذين", "ان", "من", "لدي", "عند") or after in ("معا", "من")):
            return None  # "الاثنين" is also "the two"
        if wd == "الجمعه" and before in ("صلاه", "خطبه", "خطيب") and not g["rel"]:
            pass  # Friday prayer is still Friday
        return Mention(s, e, "weekday", weekday=lx.WEEKDAYS[wd], core_end=m.end("wd") if g["wd2"] else None,
                       offset=_rel_offset(g["rel"]) if g["rel"] else None,
                       modifier=_modifier(g["wmod"]), part_of_day=_pod(g["pod"]),
                       future=is_future(text, s, e))
    if kind in ("relday", "podonly"):
        rel = re.sub(r"\s+", " ", g["rel"])
        after, before = next_word(text, e), prev_word(text, s)
        if rel == "اليوم" and not g.get("pod") and (
                after in ("العالمي", "الوطني", "الدولي", "الاول", "الثاني", "الثالث", "الاخير", "التالي",
                          "السابق", "نفسه", "ذاته", "الذي", "الواحد", "الموعود", "الذي", "التي", "المفتوح")
                or before in ("روسيا", "مصر", "عالم", "ذلك", "تلك", "انسان", "شباب", "جيل", "صحيفه", "اخبار",
                              "حتي", "طوال", "طيله", "نهايه", "مدار", "خلال", "منتصف")):
            return None  # a name ("روسيا اليوم") or a day of a narrative, not today
        if rel in ("امس", "الامس") and (before in ("لم", "لن", "ولم", "ان", "لا", "ما") or after.endswith("حاجه")
                                        or (rel == "امس" and m.group("cl").endswith(("ل", "ك", "ب")))):
            return None  # "لم أمسّ", "لامس" are verbs
        if rel == "الليله" and before in ("تلك", "ذات", "نفس", "تلكم"):
            return None  # "تلك الليلة" is a night of the story
        if rel == "الغد" and before not in ("صباح", "مساء", "في", "ظهر", "فجر", "ليله"):
            return None
        pod, offset = _pod(g.get("pod")), _rel_offset(rel)
        if kind == "podonly":
            if rel == "الليله قبل":
                return None
            offset = {"الليله الماضيه": -1, "الليله قبل الماضيه": -2}.get(rel, offset)
            pod = {"هذا الصباح": "morning", "هذا المساء": "evening", "صباح الغد": "morning",
                   "مساء الغد": "evening"}.get(rel, "night")
        return Mention(s, e, "relday", offset=offset, part_of_day=pod)
    if kind == "period":
        unit = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}[g["unit"]]
        mod = _modifier(g["mod"])
        if g["mod"] in ("التالي", "التاليه", "السابق", "السابقه") and unit != "week":
            return None  # "العام التالي" follows the story, not the publication
        if not (mod or g["demo"] or g["edge"]):
            return None
        if prev_word(text, s) in ("مدي", "طوال", "طيله", "مدار"):
            return None  # "على مدى العام الماضي" is a duration
        return Mention(s, e, "period", unit=unit, modifier=mod or "current", edge=bool(g["edge"]))
    if kind == "ago":
        unit, implied = lx.DURATION_UNITS[g["unit"]]
        n = g["n"]
        count = int(n) if n and n.isdigit() else lx.NUMBER_WORDS.get(re.sub(r"\s+", " ", n)) if n else implied
        after = next_word(text, e)
        if not count or after in ("من", "علي") or count > 200:
            return None  # "قبل 11 أسبوعا من موعده" counts from another event
        if not n and after.startswith("ال") and after not in ("الي", "الا") or after.isdigit():
            return None  # "قبل يوم العيد" is the eve of a named day; "منذ عام 1230" is a year
        return Mention(s, e, "ago", unit=unit, count=count)
    if kind in ("year", "yearera"):
        year = int(g["year"])
        hijri = g.get("era") in ("ه", "هجري", "هجريه")
        if not (1300 <= year <= 1500 if hijri else 1800 <= year <= 2100):
            return None
        if g.get("fi") and not g.get("era"):
            after = text[e:e + 2].strip()[:1]
            if after and after not in ".,،؛:)(-–\"»”" and next_word(text, e) not in lx.AFTER_YEAR:
                return None  # "في 2000 موقع" counts things
        return Mention(s, e, "year", year=year, hijri=hijri)
    if kind == "pod":  # "صباحاً" alone: the day comes from the sentence, if it says one
        if next_word(text, e) in lx.NOT_AFTER_POD:
            return None
        if g["pod"] == "ظهرا" and not HOUR_BEFORE.search(text, max(0, s - 14), s):
            return None  # "ظهرا" is also "they appeared": only after an hour
        return Mention(s, e, "pod", part_of_day={"صباحا": "morning", "ضحي": "morning", "ظهرا": "noon",
                                                  "فجرا": "dawn", "عصرا": "afternoon", "ليلا": "night"}
                       .get(g["pod"], "evening"))
    if kind == "newyear":
        return Mention(s, e, "newyear", part_of_day="night" if g["pod"] else None)
    return None


def find(text: str) -> list[Mention]:
    """Every time expression in `text` (a search-form sentence), longest first, without overlaps."""
    found: list[Mention] = []
    for kind, pattern in PATTERNS.items():
        needs = REQUIRES.get(kind)
        if needs is not None and not any(word in text for word in needs):
            continue  # a cheap substring test spares most sentences the full pattern
        if kind == "date" and not MONTH_WORD.search(text):
            continue
        for m in pattern.finditer(text):
            mention = _read(kind, m, text)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda x: (-(x.end - x.start), x.start))
    kept: list[Mention] = []
    for mention in found:
        if mention.core_end and not all(mention.end <= k.start or mention.start >= k.end for k in kept):
            mention.end = mention.core_end  # the second day of a night belongs to a longer date
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    kept = _merge(sorted(kept, key=lambda x: x.start), text)
    for mention in kept:
        if mention.kind in ("date", "weekday"):
            mention.future = mention.future or is_future(text, mention.start, mention.end)
    return kept


_JOINER = re.compile(r"^[\s،,(\-–]*(?:الموافق|يوم|في)?[\s،,(\-–]*$")


def _merge(mentions: list[Mention], text: str) -> list[Mention]:
    """A weekday or relative day right before a full date is one expression: "الجمعة الموافق 18/8/1436"."""
    for a, b in zip(mentions, mentions[1:]):
        # "بين حزيران وآب من هذا العام", "مايو ويونيو الماضيين": the first month shares the second's year
        if (a.kind == b.kind == "date" and a.year is None and a.modifier is None and a.unit is None
                and a.offset is None and re.fullmatch(r"\s*و?", text[a.end:b.start])):
            a.year, a.modifier, a.unit, a.count = b.year, b.modifier, b.unit, b.count
            a.future = a.future or b.future
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in ("weekday", "relday") and m.kind == "date" and m.day
                and m.weekday is None and _JOINER.match(text[prev.end:m.start])):
            m.start, m.weekday = prev.start, prev.weekday
            m.part_of_day = m.part_of_day or prev.part_of_day
            out[-1] = m
            continue
        out.append(m)
    return out
