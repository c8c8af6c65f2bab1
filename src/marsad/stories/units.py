"""The per-article signature stories are made of: computed locally from one Document, small, JSON-able.

A document may hold several articles (the segmenter finds them); each is one unit. When the
segmenter has not run, the whole document is one article and sentences are split here.
Everything cites the document's original offsets.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from ..model import Document
from ..text.normalize import search_form
from ..text.terms import count_terms

SENTENCE_END = re.compile(r"[.!?؟]+[\"'»”)]*(?=\s)|\n+")
TITLE_WEIGHT = 2  # a title says what the article is about in a few words
LEAD_SENTENCES, LEAD_WEIGHT = 3, 1  # news tells the event first: the lead's terms count once more


@dataclass
class ArticleUnit:
    document: str
    article: int
    start: int
    end: int
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    terms: dict[str, int] = field(default_factory=dict)
    entities: dict[str, list] = field(default_factory=dict)  # search-form name -> [display name, type, count]
    sentences: list[list] = field(default_factory=list)  # [start, end, text]
    quotes: list[dict] = field(default_factory=list)
    times: list[dict] = field(default_factory=list)  # resolved time expressions: value, text, start, end
    events: list[dict] = field(default_factory=list)  # dated events: date, type, actor, target, evidence
    copy_of: list | None = None  # [document, article] this article reprints, from dedup

    @property
    def key(self) -> str:
        return f"{self.document}#{self.article}"

    @property
    def day(self) -> date | None:
        return parse_day(self.published)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ArticleUnit":
        return cls(**data)


def parse_day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end] when the segmenter has not made them."""
    spans, cursor = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:  # trim spaces so offsets frame the words
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _inside(start: int, end: int, a_start: int, a_end: int) -> bool:
    return a_start <= start and end <= a_end


def _article_spans(doc: Document) -> list[tuple[int, int, str | None, list[tuple[int, int]]]]:
    """(start, end, headline, sentence spans) of each article."""
    if not doc.articles:
        title = doc.meta.get("title") or (doc.headlines[0] if doc.headlines else None)
        return [(0, len(doc.text), title, split_sentences(doc.text, 0, len(doc.text)))]
    out = []
    for i, article in enumerate(doc.articles):
        spans = []
        for paragraph in article.paragraphs:
            if paragraph.sentences:
                spans.extend((s.start, s.end) for s in paragraph.sentences)
            else:
                spans.extend(split_sentences(doc.text, paragraph.start, paragraph.end))
        if not article.paragraphs:
            spans = split_sentences(doc.text, article.start, article.end)
        headline = article.headline
        if headline is None and len(doc.articles) == 1:
            headline = doc.meta.get("title") or (doc.headlines[0] if doc.headlines else None)
        out.append((article.start, article.end, headline, spans))
    return out


def _copy_of(doc: Document, index: int) -> list | None:
    """The other document's article most of this article's paragraphs are copies of, from dedup."""
    if not doc.articles:
        return None
    paragraphs = doc.articles[index].paragraphs
    refs = Counter((p.duplicate_of.document, p.duplicate_of.article) for p in paragraphs
                   if p.duplicate_of is not None and p.duplicate_of.document not in (None, doc.id))
    if refs and paragraphs:
        (document, article), n = refs.most_common(1)[0]
        if n * 2 > len(paragraphs):
            return [document, article]
    return None


def units(doc: Document) -> list[ArticleUnit]:
    """One signature per article of `doc`."""
    out = []
    published = parse_day(doc.published or doc.meta.get("published") or doc.meta.get("date"))
    outlet = doc.meta.get("outlet") or doc.meta.get("source_name") or None
    for index, (start, end, title, spans) in enumerate(_article_spans(doc)):
        entities: dict[str, list] = {}
        for entity in doc.entities:
            inside = [m for m in entity.mentions if _inside(m.start, m.end, start, end)]
            if inside:
                entities[search_form(entity.name)] = [entity.name, entity.type, len(inside)]
        names = frozenset(w for e in entities for w in e.split()) | frozenset(
            search_form(doc.text[m.start:m.end]) for e in doc.entities for m in e.mentions
            if _inside(m.start, m.end, start, end))
        names = frozenset(w for n in names for w in n.split())
        # the text's own words, not the token layer: the terms must be made exactly as the
        # shipped background frequencies were (background.py), whatever the segmenter does
        terms = count_terms(" ".join(doc.text[s:e] for s, e in spans), names)
        if title:
            for term, n in count_terms(title, names).items():
                terms[term] += n * TITLE_WEIGHT
        if LEAD_WEIGHT:
            lead = " ".join(doc.text[s:e] for s, e in spans[:LEAD_SENTENCES])
            for term, n in count_terms(lead, names).items():
                terms[term] += n * LEAD_WEIGHT
        quotes = [{"kind": q.kind, "start": q.start, "end": q.end, "text": doc.text[q.start:q.end],
                   "speaker": q.speaker.name} for q in doc.quotes if _inside(q.start, q.end, start, end)]
        times = [{"value": t.value, "granularity": t.granularity, "start": t.start, "end": t.end,
                  "text": doc.text[t.start:t.end]} for t in doc.times
                 if t.value and _inside(t.start, t.end, start, end)]
        events = [{"date": e.date, "type": e.type, "actor": e.actor.name, "target": e.target.name,
                   "start": e.start, "end": e.end, "text": doc.text[e.start:e.end]} for e in doc.events
                  if e.date and _inside(e.start, e.end, start, end)]
        out.append(ArticleUnit(
            document=doc.id, article=index, start=start, end=end, title=title, outlet=outlet,
            url=doc.meta.get("url"), published=published.isoformat() if published else None,
            terms=dict(terms), entities=entities,
            sentences=[[s, e, doc.text[s:e]] for s, e in spans], quotes=quotes, times=times, events=events,
            copy_of=_copy_of(doc, index)))
    return out
