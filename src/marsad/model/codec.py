"""JSON codec for Document, in the documented schema (docs/schema.md).

`to_json` writes every span with its text (`text[start:end]`), so a reader of the
JSON never has to slice; `from_json` rebuilds the dataclasses and ignores those
copies (the offsets are the truth).
"""
from __future__ import annotations

from typing import Any

from .document import (
    SCHEMA, Article, Boilerplate, Document, Entity, Event, EventArgument, Mention,
    Paragraph, ParagraphRef, Quote, Sentence, Speaker, TimeExpression, Token,
)


def _span(doc: Document, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": doc.text[start:end]}


def _ref(ref: ParagraphRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    out: dict[str, Any] = {"article": ref.article, "paragraph": ref.paragraph}
    if ref.document is not None:
        out = {"document": ref.document, **out}
    return out


def _token(tok: Token) -> dict[str, Any]:
    out: dict[str, Any] = {"start": tok.start, "end": tok.end, "kind": tok.kind, "norm": tok.norm}
    if tok.proclitics:
        out["proclitics"] = [list(p) for p in tok.proclitics]
    if tok.stem is not None:
        out["stem"] = list(tok.stem)
    if tok.suffix is not None:
        out["suffix"] = list(tok.suffix)
    return out


def _arg(arg: EventArgument | None) -> dict[str, Any] | None:
    return None if arg is None else {"name": arg.name, "entity": arg.entity}


def to_json(doc: Document, tokens: bool = False) -> dict[str, Any]:
    """The document as a JSON-ready dict; `tokens=True` adds the token layer."""
    def paragraph(p: Paragraph) -> dict[str, Any]:
        out = {**_span(doc, p.start, p.end), "duplicate_of": _ref(p.duplicate_of),
               "sentences": [{"start": s.start, "end": s.end} for s in p.sentences]}
        if tokens:
            for s_out, s in zip(out["sentences"], p.sentences):
                s_out["tokens"] = [_token(t) for t in s.tokens]
        if p.joined:
            out["joined"] = list(p.joined)
        return out

    def speaker(s: Speaker) -> dict[str, Any]:
        text = doc.text[s.start:s.end] if s.start is not None and s.end is not None else None
        return {"name": s.name, "entity": s.entity, "start": s.start, "end": s.end,
                "text": text, "anonymous": s.anonymous}

    return {
        "schema": SCHEMA,
        "id": doc.id,
        "source": doc.source,
        "text": doc.text,
        "published": doc.published,
        "headlines": list(doc.headlines),
        "headline_spans": [list(s) for s in doc.headline_spans],
        "articles": [{
            "headline": a.headline,
            "headline_span": list(a.headline_span) if a.headline_span else None,
            "start": a.start, "end": a.end,
            "paragraphs": [paragraph(p) for p in a.paragraphs],
        } for a in doc.articles],
        "boilerplate": [{**_span(doc, b.start, b.end), "reason": b.reason} for b in doc.boilerplate],
        "hashtags": [_span(doc, s, e) for s, e in doc.hashtags],
        "entities": [{
            "id": e.id, "name": e.name, "type": e.type,
            "mentions": [{**_span(doc, m.start, m.end), "type": m.type, "hashtag": m.hashtag}
                         for m in e.mentions],
        } for e in doc.entities],
        "quotes": [{"kind": q.kind, **_span(doc, q.start, q.end), "partial": q.partial,
                    "speaker": speaker(q.speaker)} for q in doc.quotes],
        "times": [{**_span(doc, t.start, t.end), "value": t.value, "granularity": t.granularity,
                   "part_of_day": t.part_of_day} for t in doc.times],
        "events": [{"type": e.type, "actor": _arg(e.actor), "target": _arg(e.target),
                    "date": e.date, "location": _arg(e.location),
                    "evidence": _span(doc, e.start, e.end)} for e in doc.events],
        "meta": dict(doc.meta),
    }


def _pair(v: Any) -> tuple[int, int] | None:
    return None if v is None else (int(v[0]), int(v[1]))


def from_json(data: dict[str, Any]) -> Document:
    """Rebuild a Document from `to_json` output."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"unsupported document schema {data.get('schema')!r} (expected {SCHEMA})")

    def ref(r: dict | None) -> ParagraphRef | None:
        return None if r is None else ParagraphRef(r["article"], r["paragraph"], r.get("document"))

    def token(t: dict) -> Token:
        return Token(t["start"], t["end"], t.get("kind", "word"), t.get("norm", ""),
                     [tuple(p) for p in t.get("proclitics", [])], _pair(t.get("stem")),
                     _pair(t.get("suffix")))

    def paragraph(p: dict) -> Paragraph:
        sentences = [Sentence(s["start"], s["end"], [token(t) for t in s.get("tokens", [])])
                     for s in p.get("sentences", [])]
        return Paragraph(p["start"], p["end"], sentences, ref(p.get("duplicate_of")),
                         list(p.get("joined", [])))

    def arg(a: dict | None) -> EventArgument | None:
        return None if a is None else EventArgument(a["name"], a.get("entity"))

    return Document(
        id=data["id"], source=data["source"], text=data["text"], published=data.get("published"),
        headlines=list(data.get("headlines", [])),
        headline_spans=[_pair(s) for s in data.get("headline_spans", [])],
        articles=[Article(a["start"], a["end"], a.get("headline"), _pair(a.get("headline_span")),
                          [paragraph(p) for p in a["paragraphs"]]) for a in data.get("articles", [])],
        boilerplate=[Boilerplate(b["start"], b["end"], b.get("reason", ""))
                     for b in data.get("boilerplate", [])],
        hashtags=[(h["start"], h["end"]) for h in data.get("hashtags", [])],
        entities=[Entity(e["id"], e["name"], e["type"],
                         [Mention(m["start"], m["end"], m.get("type", ""), m.get("hashtag", False))
                          for m in e["mentions"]]) for e in data.get("entities", [])],
        quotes=[Quote(q["kind"], q["start"], q["end"],
                      Speaker(q["speaker"].get("name"), q["speaker"].get("entity"),
                              q["speaker"].get("start"), q["speaker"].get("end"),
                              q["speaker"].get("anonymous", False)),
                      q.get("partial", False)) for q in data.get("quotes", [])],
        times=[TimeExpression(t["start"], t["end"], t.get("value"), t["granularity"],
                              t.get("part_of_day")) for t in data.get("times", [])],
        events=[Event(e["type"], arg(e["actor"]), arg(e["target"]), e["evidence"]["start"],
                      e["evidence"]["end"], e.get("date"), arg(e.get("location")))
                for e in data.get("events", [])],
        meta=dict(data.get("meta", {})),
    )
