"""Search over a store, whichever its backend: ranked articles with snippets, and story headlines."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from ..store import Store
from ..text.normalize import search_form
from .analyse import loose, words
from .filters import Filters
from .query import Query, parse
from .snippet import Snippet, needles_pattern, matches, snippet


@dataclass
class Hit:
    document_id: str
    article: int
    score: float  # BM25, higher is better
    title: str | None
    published: str | None
    outlet: str | None
    snippet: Snippet


@dataclass
class StoryHit:
    story_id: str
    headline: str
    size: int
    highlights: list[tuple[int, int]]  # spans of the headline


@dataclass
class Results:
    query: Query
    hits: list[Hit] = field(default_factory=list)
    stories: list[StoryHit] = field(default_factory=list)


def _backend(store: Store):
    """The search module of the store's backend and its connection."""
    if getattr(store, "dialect", None) == "postgres":
        from . import pg_index
        return pg_index, store.connection
    db = getattr(store, "_db", None)
    if isinstance(db, sqlite3.Connection):
        from . import sqlite_index
        return sqlite_index, db
    raise TypeError(f"search does not know the store at {store.location}")


def search(store: Store, text: str, filters: Filters = Filters(), limit: int = 10, offset: int = 0,
           stories: bool = True) -> Results:
    """Articles matching every word and phrase of `text`, best first, and matching story headlines."""
    query = parse(text)
    backend, conn = _backend(store)
    rows = backend.find(conn, query, filters, limit, offset)
    bodies = backend.texts(conn, sorted({r[1] for r in rows})) if rows else {}
    results = Results(query)
    for _, doc_id, article, start, end, h_start, h_end, title, published, outlet, score in rows:
        body = bodies.get(doc_id, "")
        headline = (h_start, min(h_end, len(body))) if h_start is not None else None
        results.hits.append(Hit(doc_id, article, float(score), title, published, outlet,
                                snippet(query, body, start, min(end, len(body)), headline)))
    if stories and offset == 0 and not filters.active():
        results.stories = story_hits(backend, conn, store.location, query)
    return results


_HEADLINES: dict[tuple, list[tuple[str, str, int, str]]] = {}  # per store state: headlines in loose form


def _headlines(backend, conn, location: str) -> list[tuple[str, str, int, str]]:
    """(id, headline, size, loose search form) of every story, kept while the stories are unchanged."""
    key = (location, *backend.stories_state(conn))
    if key not in _HEADLINES:
        _HEADLINES.clear()
        _HEADLINES[key] = [(i, h, n, loose(search_form(h))) for i, h, n in backend.story_headlines(conn)]
    return _HEADLINES[key]


def story_hits(backend, conn, location: str, query: Query, limit: int = 5) -> list[StoryHit]:
    """Stories whose headline holds every part of the query; headlines without the query's letters
    are passed over before any word is analysed."""
    out, wanted = [], needles_pattern(query)
    for story_id, headline, size, folded in _headlines(backend, conn, location):
        if not wanted.search(folded):
            continue
        found = words(headline)
        hits = matches(query, found)
        if {p for _, _, p in hits} == set(range(len(query.parts))):
            marks = sorted({(found[k].start, found[k].end) for f, l, _ in hits for k in range(f, l)})
            out.append(StoryHit(story_id, headline, size, marks))
    out.sort(key=lambda s: -s.size)
    return out[:limit]
