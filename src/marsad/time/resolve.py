"""Turn a `Mention` into a calendar value against the publication date.

Values are ISO strings: `YYYY-MM-DD` (day), `YYYY-MM` (month), `YYYY` (year) and `YYYY-Www` (ISO
week). News conventions: a weekday means the most recent one, today included, unless the clause
is about the future (then the next one, today included); "الماضي"/"المقبل" exclude today; a day and
month with no year take the year that puts them nearest the publication date.
"""
from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from .grammar import Mention

Resolved = tuple[str | None, str]  # value, granularity


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _nearest(candidates: list[date], anchor: date, modifier: str | None) -> date | None:
    if modifier == "past":
        candidates = [c for c in candidates if c < anchor]
        return max(candidates, default=None)
    if modifier == "next":
        candidates = [c for c in candidates if c > anchor]
        return min(candidates, default=None)
    return min(candidates, key=lambda c: abs((c - anchor).days), default=None)


RECENT_PAST_DAYS = 240  # news tells of the recent past more often than of the coming months


def _unqualified(options: list[date], here: date, future: bool) -> date | None:
    """A day or month said without year or modifier: the next one when the clause is future, else the
    recent past one, else the nearest."""
    if future:
        return min((o for o in options if o >= here), default=None)
    past = max((o for o in options if o <= here), default=None)
    if past is not None and (here - past).days <= RECENT_PAST_DAYS:
        return past
    return min(options, key=lambda o: abs((o - here).days), default=None)


def _date(m: Mention, anchor: date | None) -> Resolved:
    granularity = "day" if m.day is not None and not m.edge else "month"
    if m.hijri:
        day = m.day or 1
        if m.year and m.year >= 1800:  # "شهر رمضان 2014": the Hijri month that falls in that Gregorian year
            options = [_hijri_to_gregorian(y, m.month, day) for y in range(m.year - 580, m.year - 577)]
            d = next((o for o in options if o and o.year == m.year), None)
        elif m.year:
            d = _hijri_to_gregorian(m.year, m.month, day)
        elif anchor is None:
            return None, granularity
        else:
            try:
                hyear = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
            except (ValueError, OverflowError):  # outside the Umm al-Qura tables (1924–2077)
                return None, granularity
            options = [_hijri_to_gregorian(y, m.month, day) for y in (hyear - 1, hyear, hyear + 1)]
            d = _nearest([o for o in options if o], anchor, m.modifier)
        if d is None:
            return None, granularity
        return (d.isoformat() if granularity == "day" else f"{d.year:04d}-{d.month:02d}"), granularity
    if m.year:
        year = m.year
    elif m.unit == "year" and m.count is not None:  # "من العام الماضي" gives the year
        if anchor is None:
            return None, granularity
        year = anchor.year + m.count
    elif m.offset is not None and anchor is not None:
        year = (anchor + timedelta(days=m.offset)).year
    elif anchor is None:
        return None, granularity
    elif m.modifier == "current":
        year = anchor.year
    else:
        day = m.day or 1
        options = [o for o in (_valid(y, m.month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if o]
        # a month is compared by whole months, so the current one counts as now
        here = date(anchor.year, anchor.month, 1) if m.day is None else anchor
        if m.modifier is not None:
            pick = _nearest(options, here, m.modifier)
        else:
            pick = _unqualified(options, here, m.future)
        if pick is None:
            return None, granularity
        year = pick.year
    if granularity == "month":
        return f"{year:04d}-{m.month:02d}", "month"
    d = _valid(year, m.month, m.day)
    return (d.isoformat() if d else None), "day"


def _weekday(m: Mention, anchor: date | None) -> Resolved:
    if anchor is None:
        return None, "day"
    if m.offset is not None:  # "أمس الأحد", "اليوم السبت": the relative word decides
        return (anchor + timedelta(days=m.offset)).isoformat(), "day"
    back = (anchor.weekday() - m.weekday) % 7
    if m.modifier == "past":
        back = back or 7
    elif m.modifier == "next" or (m.future and m.modifier != "current"):
        ahead = (m.weekday - anchor.weekday()) % 7
        if m.modifier == "next":
            ahead = ahead or 7
        return (anchor + timedelta(days=ahead)).isoformat(), "day"
    return (anchor - timedelta(days=back)).isoformat(), "day"


def _period(m: Mention, anchor: date | None) -> Resolved:
    step = {"past": -1, "next": 1, "current": 0}[m.modifier or "current"]
    if anchor is None:
        return None, m.unit
    if m.unit == "week":
        return _iso_week(anchor + timedelta(weeks=step)), "week"
    if m.unit == "month":
        year, month = _shift_months(anchor, step)
        return f"{year:04d}-{month:02d}", "month"
    return f"{anchor.year + step:04d}", "year"


def _ago(m: Mention, anchor: date | None) -> Resolved:
    if anchor is None:
        return None, m.unit
    if m.unit == "day":
        return (anchor - timedelta(days=m.count)).isoformat(), "day"
    if m.unit == "week":
        return _iso_week(anchor - timedelta(weeks=m.count)), "week"
    if m.unit == "month":
        year, month = _shift_months(anchor, -m.count)
        return f"{year:04d}-{month:02d}", "month"
    return f"{anchor.year - m.count:04d}", "year"


def resolve(m: Mention, anchor: date | None) -> Resolved:
    """(value, granularity) of a mention; value None when it needs an anchor and there is none."""
    if m.kind == "date":
        return _date(m, anchor)
    if m.kind == "weekday":
        return _weekday(m, anchor)
    if m.kind == "relday":
        if anchor is None:
            return None, "day"
        return (anchor + timedelta(days=m.offset)).isoformat(), "day"
    if m.kind == "period":
        return _period(m, anchor)
    if m.kind == "ago":
        return _ago(m, anchor)
    if m.kind == "year":
        if m.hijri:  # the Gregorian year holding the middle of the Hijri year
            d = _hijri_to_gregorian(m.year, 7, 1)
            return (f"{d.year:04d}" if d else None), "year"
        return f"{m.year:04d}", "year"
    if m.kind == "monthday":
        if anchor is None:
            return None, "day"
        year, month = _shift_months(anchor, {"past": -1, "next": 1, "current": 0}[m.modifier])
        d = _valid(year, month, m.day)
        return (d.isoformat() if d else None), "day"
    if m.kind == "pod":  # the value comes from the sentence's day (see marsad.time)
        return None, "part-of-day"
    if m.kind == "newyear":
        if anchor is None:
            return None, "day"
        if m.part_of_day:  # the eve: the last 31 December, or the coming one late in the year
            year = anchor.year if (anchor.month == 12 and anchor.day == 31) or (m.future and anchor.month >= 11) \
                else anchor.year - 1
            return f"{year:04d}-12-31", "day"
        year = anchor.year + 1 if m.future and anchor.month == 12 else anchor.year
        return f"{year:04d}-01-01", "day"
    return None, "unknown"
