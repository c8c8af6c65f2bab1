"""Exact and near-duplicate paragraphs and articles, within a document and across the store.

`DedupIndex(store_or_connection, config)`: `add(doc)` indexes a document and returns its
matches, `query(doc)` and `annotate(doc)` look without writing, `rebuild()` recomputes every
decision. `annotator(db, config)` serves `marsad read --db FILE`; `run(doc, config)` is the same
as a pipeline stage (it reads `config.db`).
"""
from __future__ import annotations

from collections.abc import Callable

from ..config import Config
from ..model import Document
from .index import DedupIndex, Match, Ref, acceptance

__all__ = ["DedupIndex", "Match", "Ref", "acceptance", "annotator", "run"]


def annotator(db: str, config: Config) -> Callable[[Document], Document]:
    """A function that points each copied paragraph of a document at its canonical (first-seen)
    copy in the store `db`, across documents, without writing; the store is opened once."""
    from ..store import open_store

    store = open_store(db, create=False, migrate=False)
    connection = getattr(store, "_db", None)
    indexed = connection is not None and connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'dedup_item'").fetchone()
    if not indexed:  # nothing indexed yet (or not an SQLite store): nothing to point at
        store.close()
        return lambda doc: doc
    return DedupIndex(store, config).annotate


def run(doc: Document, config: Config) -> Document:
    """The stage form: annotate from `config.db` when that store exists, else leave the document."""
    from ..store import StoreError

    if not config.db:
        return doc
    try:
        return annotator(config.db, config)(doc)
    except StoreError:  # no store there
        return doc
