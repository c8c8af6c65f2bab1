"""Time expressions: find them sentence by sentence and resolve them against the publication date.

`run(doc, config)` fills `doc.times`. The anchor is `doc.published`, else `config.published`, else
(when `config.time.infer_published`) the latest full date the document mentions, recorded in
`doc.meta["time"]`; with no anchor, relative expressions keep `value=None`.
"""
from __future__ import annotations

from datetime import date
from email.utils import parsedate_to_datetime

from ..config import Config
from ..model import Document, TimeExpression
from ..text.normalize import DIACRITICS, TATWEEL, search
from .grammar import Mention, find
from .resolve import resolve

__all__ = ["run", "extract", "parse_date"]


def parse_date(value: str | None) -> date | None:
    """The date of a publication stamp: ISO first, then RFC 2822 (feeds), then dateparser (Arabic or
    English words, day first); None when absent or unreadable."""
    if not value:
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import: only for the odd stamp

    parsed = dateparser.parse(text, languages=["ar", "en"], settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


def _units(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans (or paragraphs, headlines); the non-empty lines when the text is not segmented."""
    spans: list[tuple[int, int]] = list(doc.headline_spans)
    for article in doc.articles:
        if article.headline_span:
            spans.append(tuple(article.headline_span))
        for paragraph in article.paragraphs:
            if paragraph.sentences:
                spans.extend((s.start, s.end) for s in paragraph.sentences)
            else:
                spans.append((paragraph.start, paragraph.end))
    if not doc.articles:
        offset = 0
        for line in doc.text.split("\n"):
            if line.strip():
                spans.append((offset, offset + len(line)))
            offset += len(line) + 1
    # headlines may repeat inside articles: keep each span once, in text order
    return sorted(set(spans))


def _mentions(doc: Document) -> list[tuple[int, int, Mention, int]]:
    """(start, end, mention, unit number) in text order."""
    out: list[tuple[int, int, Mention, int]] = []
    taken: list[tuple[int, int]] = []
    for unit, (start, end) in enumerate(_units(doc)):
        folded = search(doc.text[start:end], start)
        for m in find(folded.text):
            s, e = folded.original(m.start, m.end)
            while e < end and (doc.text[e] in DIACRITICS or doc.text[e] == TATWEEL):
                e += 1  # the tanwin of "صباحاً" belongs to the word
            if any(s < te and e > ts for ts, te in taken):
                continue  # overlapping units (a headline inside a paragraph)
            taken.append((s, e))
            out.append((s, e, m, unit))
    return sorted(out, key=lambda x: x[0])


def _years_from_full_dates(mentions: list[tuple[int, int, Mention, int]]) -> None:
    """A day and month said again without a year take the year the document gave them ("7 يوليو 2005" …
    "تفجيرات 7 يوليو"), before any guess from the publication date."""
    years = {}
    for _, _, m, _ in mentions:
        if m.kind == "date" and m.year and m.day and not m.hijri:
            years.setdefault((m.month, m.day), m.year)
    for _, _, m, _ in mentions:
        if (m.kind == "date" and m.day and not m.year and not m.hijri and m.modifier is None
                and m.offset is None and m.unit is None and (m.month, m.day) in years):
            m.year = years[(m.month, m.day)]


def _infer_anchor(mentions: list[tuple[int, int, Mention, int]]) -> date | None:
    """The latest full date (day, month and year said) in the document."""
    days = []
    for _, _, m, _ in mentions:
        if m.kind == "date" and m.year and m.day and not m.edge:
            value, granularity = resolve(m, None)
            if value and granularity == "day":
                days.append(date.fromisoformat(value))
    # a text that only names old dates (history, obituaries) gives no plausible publication date
    return max((d for d in days if d.year >= 1900), default=None)


def extract(doc: Document, anchor: date | None) -> list[TimeExpression]:
    """Time expressions of `doc` resolved against `anchor` (None: relative values stay None)."""
    mentions = _mentions(doc)
    _years_from_full_dates(mentions)
    return _expressions(mentions, anchor)


def _expressions(mentions: list[tuple[int, int, Mention, int]], anchor: date | None) -> list[TimeExpression]:
    out = [TimeExpression(s, e, *resolve(m, anchor), m.part_of_day) for s, e, m, _ in mentions]
    for i, (_, _, m, unit) in enumerate(mentions):
        if m.kind == "pod":  # "العاشرة صباحاً": the day said in the same sentence, before it if possible
            same = [j for j, x in enumerate(mentions) if x[3] == unit and out[j].granularity == "day"]
            day = max((j for j in same if j < i), default=min(same, default=None))
            out[i].value = out[day].value if day is not None else None
    return out


def run(doc: Document, config: Config) -> Document:
    anchor = parse_date(doc.published)
    source = "published"
    unreadable = doc.published if doc.published and anchor is None else None
    if anchor is None:
        anchor, source = parse_date(config.published), "config"
    mentions = _mentions(doc)
    _years_from_full_dates(mentions)
    if anchor is None:
        source = "none"
        if getattr(getattr(config, "time", None), "infer_published", True):
            anchor = _infer_anchor(mentions)
            if anchor is not None:
                source = "inferred"
    doc.times = _expressions(mentions, anchor)
    note = {"anchor": anchor.isoformat() if anchor else None, "anchor_source": source}
    if source == "inferred":
        note["note"] = "no publication date: relative expressions resolved against the latest full date in the text"
    elif source == "none":
        note["note"] = "no publication date and no full date in the text: relative expressions left unresolved"
    if unreadable:
        note["unreadable_published"] = f"the publication date {unreadable!r} could not be read"
    doc.meta["time"] = note
    return doc
