"""The quotations stage: direct quotations in marks and reported speech, each with its speaker.

`run(doc, config)` fills `doc.quotes`. It reads the entity layer when there is one (a speaker then
carries its entity id and name) and works on the bare text when there is not; boilerplate and
repeated paragraphs that the segmenter marked are skipped.
"""
from __future__ import annotations

from ..config import Config
from ..model import Document, Quote
from . import attribution, direct, reported
from .context import Context, build, learn_titles, split_sentences
from .marks import pair_marks


def _skipped(doc: Document) -> list[tuple[int, int]]:
    spans = [(b.start, b.end) for b in doc.boilerplate]
    spans += [(p.start, p.end) for _, _, p in doc.paragraphs() if p.duplicate_of is not None]
    return spans


def read(doc: Document) -> tuple[Context, list]:
    """The reading context of a document (tokens, sentences, names in marks, who spoke when) and the
    marked spans that are speech; the events stage reads the same context."""
    ctx = build(doc)
    speech = direct.find(ctx, pair_marks(doc.text))
    learn_titles(ctx)
    split_sentences(ctx)
    attribution.register(ctx)
    return ctx, speech


_LAST: list = []  # (text, entity count, context) of the document read last: events reuse it


def context(doc: Document) -> Context:
    """The reading context of a document, reused when the quotations stage has just read it."""
    if _LAST and _LAST[0] is doc.text and _LAST[1] == len(doc.entities):
        return _LAST[2]
    return read(doc)[0]


def find_quotes(doc: Document) -> list[Quote]:
    ctx, speech = read(doc)
    _LAST[:] = [doc.text, len(doc.entities), ctx]
    quotes = direct.attribute(ctx, speech)
    quotes += reported.find(ctx, quotes)
    skipped = _skipped(doc)
    quotes = [q for q in quotes if not any(s <= q.start < e for s, e in skipped)]
    return sorted(quotes, key=lambda q: (q.start, q.kind))


def run(doc: Document, config: Config | None = None) -> Document:
    doc.quotes = find_quotes(doc)
    return doc
