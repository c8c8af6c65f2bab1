"""What the search index holds for a document: one item per article, analysed once at store time.

Each item keeps the article's words as two space-joined strings of equal length, `words`
(surface forms) and `stems`, so the n-th term of each is the n-th word of the article; the
backends index them (FTS5 columns on SQLite, one tsvector on PostgreSQL) and rank with BM25.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document
from ..text.normalize import search_form
from .analyse import words

MAX_LETTERS = 100  # longer "words" are encoded blobs, not words (PostgreSQL caps a lexeme at 2 kB)
MAX_WORDS = 16383  # PostgreSQL keeps positions up to this; the same cap on SQLite keeps results alike


@dataclass
class IndexItem:
    document_id: str
    article: int
    start: int  # the indexed region (headline and paragraphs) in the document text
    end: int
    title: str | None
    published: str | None
    outlet: str | None  # search form, for filtering
    words: str
    stems: str
    length: int  # words indexed
    entities: list[tuple[str, str]] = field(default_factory=list)  # (entity id, name in search form)
    names: list[str] = field(default_factory=list)  # how the entities are mentioned, in search form
    headline: tuple[int, int] | None = None  # the headline's span, when it has one


def _body(doc: Document, a: int) -> list[tuple[int, int]]:
    """The body of article `a` as spans: its paragraphs (or its whole span)."""
    article = doc.articles[a]
    return [(p.start, p.end) for p in article.paragraphs] or [(article.start, article.end)]


def items(doc: Document, doc_id: str | None = None) -> list[IndexItem]:
    """The index items of a document (stored under `doc_id`, when that differs from `doc.id`)."""
    doc_id = doc_id or doc.id
    meta = doc.meta or {}
    outlet = search_form(str(meta["outlet"])).strip() if meta.get("outlet") else None
    title = meta.get("title") or (doc.headlines[0] if doc.headlines else None)
    if doc.articles:
        articles = [(a, art.start, art.end, art.headline or title, art.headline_span, _body(doc, a))
                    for a, art in enumerate(doc.articles)]
    else:  # an unsegmented document is one article
        articles = [(0, 0, len(doc.text), title, None, [(0, len(doc.text))])]
    out = []
    for a, start, end, headline, headline_span, body in articles:
        spans = ([tuple(headline_span)] if headline_span else []) + body
        found = [w for s, e in spans for w in words(doc.text[s:e], s)
                 if len(w.surface) <= MAX_LETTERS][:MAX_WORDS]
        if not found:
            continue
        inside = [(start, end)] + ([tuple(headline_span)] if headline_span else [])
        within = [(ent, m) for ent in doc.entities for m in ent.mentions
                  if any(s <= m.start < e for s, e in inside)]
        mentioned = sorted({(ent.id, search_form(ent.name)) for ent, _ in within})
        names = sorted({" ".join(search_form(doc.text[m.start:m.end]).split()) for _, m in within} - {""})
        region = min(s for s, _ in body), max(e for _, e in body)  # where snippets are looked for first
        out.append(IndexItem(doc_id, a, *region, headline, doc.published, outlet,
                             " ".join(w.surface for w in found), " ".join(w.stem for w in found),
                             len(found), mentioned, names, tuple(headline_span) if headline_span else None))
    return out
