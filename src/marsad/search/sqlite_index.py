"""The search index on SQLite: FTS5 over pre-analysed words and stems, ranked by its BM25."""
from __future__ import annotations

import json
import sqlite3
import zlib

from ..model import Document
from .filters import Filters, where
from .index import IndexItem, items
from .query import Query, fts5

COLUMNS = ("i.id, i.document_id, i.article, i.char_start, i.char_end, i.headline_start, i.headline_end,"
           " i.title, i.published, i.outlet")


def index_document(cur: sqlite3.Cursor, doc: Document, doc_id: str) -> None:
    """Index a document inside the caller's transaction (the store's put), when the search tables exist."""
    if cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_items'").fetchone():
        write(cur, items(doc, doc_id))


def write(cur: sqlite3.Cursor, found: list[IndexItem]) -> None:
    for item in found:
        cur.execute("INSERT INTO search_items (document_id, article, char_start, char_end, headline_start,"
                    " headline_end, title, published, outlet, length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (item.document_id, item.article, item.start, item.end, *(item.headline or (None, None)),
                     item.title, item.published, item.outlet, item.length))
        rowid = cur.lastrowid
        cur.execute("INSERT INTO search_fts (rowid, words, stems) VALUES (?, ?, ?)",
                    (rowid, item.words, item.stems))
        cur.executemany("INSERT OR IGNORE INTO search_entities VALUES (?, ?, ?)",
                        [(eid, name, rowid) for eid, name in item.entities])
        cur.executemany("INSERT OR IGNORE INTO search_names VALUES (?, ?)", [(n, rowid) for n in item.names])


def clear(cur: sqlite3.Cursor) -> None:
    cur.execute("DELETE FROM search_items")
    cur.execute("DELETE FROM search_entities")
    cur.execute("DELETE FROM search_names")
    cur.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")


def has_stories(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_articles'").fetchone() is not None


def find(db: sqlite3.Connection, query: Query, filters: Filters, limit: int, offset: int = 0) -> list[tuple]:
    """(item id, document id, article, start, end, headline start, headline end, title, published, outlet,
    score) best first;
    the score is BM25, higher is better."""
    match = fts5(query)
    if not filters.active():  # FTS5 sorts by rank itself, without a join over every match
        sql = (f"SELECT {COLUMNS}, -f.rank FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ?"
               " ORDER BY rank LIMIT ? OFFSET ?) f JOIN search_items i ON i.id = f.rowid ORDER BY f.rank")
        return db.execute(sql, (match, limit, offset)).fetchall()
    clauses, params = where(filters, "?", has_stories(db))
    sql = (f"SELECT {COLUMNS}, -bm25(search_fts) AS score FROM search_fts JOIN search_items i"
           f" ON i.id = search_fts.rowid WHERE search_fts MATCH ? AND {' AND '.join(clauses)}"
           " ORDER BY score DESC LIMIT ? OFFSET ?")
    return db.execute(sql, (match, *params, limit, offset)).fetchall()


def texts(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The original text of each document."""
    rows = db.execute(f"SELECT id, body FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids)
    # the body is the document's JSON, zlib-compressed (marsad.store.sqlite); only its text is needed
    return {doc_id: json.loads(zlib.decompress(body))["text"] for doc_id, body in rows}


def story_headlines(db: sqlite3.Connection) -> list[tuple[str, str, int]]:
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories'").fetchone():
        return []
    return db.execute("SELECT id, headline, size FROM stories WHERE headline IS NOT NULL").fetchall()


def stories_state(conn) -> tuple:
    """What changes when any story does: (count, last update)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories'").fetchone():
        return (0, None)
    return tuple(conn.execute("SELECT count(*), max(updated_at) FROM stories").fetchone())
