"""The search index on PostgreSQL: our analyser's terms in a tsvector with a GIN index, ranked by
BM25 computed in SQL with the same formula and constants as SQLite's FTS5."""
from __future__ import annotations

import json
import math
import zlib
from collections import defaultdict

from ..model import Document
from .filters import Filters, where
from .index import IndexItem, items
from .query import Phrase, Query, tsquery

K1, B = 1.2, 0.75  # FTS5's bm25() constants
MAX_POSITIONS = 256  # PostgreSQL keeps this many positions per lexeme
COLUMNS = ("i.id, i.document_id, i.article, i.char_start, i.char_end, i.headline_start, i.headline_end,"
           " i.title, i.published, i.outlet")


def vector(item: IndexItem) -> str:
    """The item's tsvector literal: 'w:surface' and 's:stem' at each word's position."""
    positions: dict[str, list[int]] = defaultdict(list)
    for n, (surface, stem) in enumerate(zip(item.words.split(" "), item.stems.split(" ")), 1):
        for lexeme in (f"w:{surface}", f"s:{stem}"):
            if len(positions[lexeme]) < MAX_POSITIONS:
                positions[lexeme].append(n)
    return " ".join(f"'{lexeme}':{','.join(map(str, pos))}" for lexeme, pos in positions.items())


def index_document(cur, doc: Document, doc_id: str) -> None:
    """Index a document inside the caller's transaction (the store's put), when the search tables exist."""
    if cur.execute("SELECT to_regclass('search_items') IS NOT NULL").fetchone()[0]:
        write(cur, items(doc, doc_id))


def write(cur, found: list[IndexItem]) -> None:
    for item in found:
        rowid = cur.execute(
            "INSERT INTO search_items (document_id, article, char_start, char_end, headline_start,"
            " headline_end, title, published, outlet, length, terms)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::tsvector) RETURNING id",
            (item.document_id, item.article, item.start, item.end, *(item.headline or (None, None)),
             item.title, item.published, item.outlet, item.length, vector(item))).fetchone()[0]
        cur.executemany("INSERT INTO search_entities VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                        [(eid, name, rowid) for eid, name in item.entities])
        cur.executemany("INSERT INTO search_names VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        [(n, rowid) for n in item.names])


def clear(cur) -> None:
    cur.execute("DELETE FROM search_items")
    cur.execute("DELETE FROM search_entities")
    cur.execute("DELETE FROM search_names")


def _phrases(query: Query) -> list[tuple[str, str | None]]:
    """Every alternative of every query part as (tsquery, lexeme): the lexeme whose positions count
    as hits, or None for a phrase of several words (one hit per matching item)."""
    out = []
    for part in query.parts:
        if isinstance(part, Phrase):
            surfaces, stems = [t.surface for t in part.terms], [t.stem for t in part.terms]
            for prefix, values in (("w", surfaces), ("s", stems)):
                out.append((" <-> ".join(f"'{prefix}:{v}'" for v in values), None))
        else:
            lexemes = [f"w:{s}" for s in part.surfaces()] + ([] if part.name else [f"s:{part.stem}"])
            out.extend((f"'{lexeme}'", lexeme) for lexeme in lexemes)
    return out


def has_stories(conn) -> bool:
    return conn.execute("SELECT to_regclass('story_articles') IS NOT NULL").fetchone()[0]


def find(conn, query: Query, filters: Filters, limit: int, offset: int = 0) -> list[tuple]:
    """(item id, document id, article, start, end, headline start, headline end, title, published, outlet,
    score) best first."""
    rows, total = conn.execute("SELECT count(*), coalesce(sum(length), 0) FROM search_items").fetchone()
    if not rows:
        return []
    avg = 2 * float(total) / rows  # words and stems: two terms per word, as FTS5 counts both columns
    phrases = _phrases(query)
    with conn.transaction():
        # the GIN index, even on a small table: matching a row means reading its whole tsvector
        conn.execute("SET LOCAL enable_seqscan = off")
        # items matching each alternative: bitmap index scans that never read the tsvectors
        counts = conn.execute(
            "SELECT " + ", ".join(["(SELECT count(*) FROM search_items WHERE terms @@ %s::tsquery)"]
                                  * len(phrases)),
            [q for q, _ in phrases]).fetchone()
        lexemes = sorted({lexeme for (_, lexeme), n in zip(phrases, counts) if lexeme and n})
        parts, params = [], []
        for (q, lexeme), n in zip(phrases, counts):
            if not n:
                continue
            idf = max(1e-6, math.log((rows - n + 0.5) / (n + 0.5)))
            tf = f"tf.t{lexemes.index(lexeme)}" if lexeme else "(i.terms @@ %s::tsquery)::int"
            parts.append(f"{idf!r}::float8 * {tf} * {K1 + 1}::float8"  # float8: numeric arithmetic is slow
                         f" / ({tf} + {K1}::float8 * ({1 - B}::float8 + {B * 2 / avg!r}::float8 * i.length))")
            params += [] if lexeme else [q, q]
        if not parts:
            return []
        # each item's positions of the query's lexemes, from one pass over its tsvector
        columns = ", ".join(f"coalesce(max(cardinality(u.positions)) FILTER (WHERE u.lexeme = %s), 0) AS t{k}"
                            for k in range(len(lexemes))) or "count(*) AS hits"  # one row even when empty
        clauses, filter_params = where(filters, "%s", has_stories(conn))
        sql = (f"SELECT {COLUMNS}, {' + '.join(parts)} AS score"
               f" FROM search_items i CROSS JOIN LATERAL (SELECT {columns}"
               " FROM unnest(ts_filter(setweight(i.terms, 'A', %s::text[]), '{a}')) u) tf"
               f" WHERE i.terms @@ %s::tsquery{''.join(' AND ' + c for c in clauses)}"
               " ORDER BY score DESC, i.id LIMIT %s OFFSET %s")
        return conn.execute(sql, (*params, *lexemes, lexemes, tsquery(query), *filter_params,
                                  limit, offset)).fetchall()


def texts(conn, ids: list[str]) -> dict[str, str]:
    rows = conn.execute("SELECT id, body FROM documents WHERE id = ANY(%s)", (ids,)).fetchall()
    return {doc_id: json.loads(zlib.decompress(body))["text"] for doc_id, body in rows}


def story_headlines(conn) -> list[tuple[str, str, int]]:
    if not conn.execute("SELECT to_regclass('stories') IS NOT NULL").fetchone()[0]:
        return []
    return conn.execute("SELECT id, headline, size FROM stories WHERE headline IS NOT NULL").fetchall()


def stories_state(conn) -> tuple:
    """What changes when any story does: (count, last update)."""
    if not conn.execute("SELECT to_regclass('stories') IS NOT NULL").fetchone()[0]:
        return (0, None)
    return tuple(conn.execute("SELECT count(*), max(updated_at) FROM stories").fetchone())
