"""Exact and near-duplicate paragraphs and articles, within a document and across the store.

`DedupIndex(store_or_connection, config)`: `add(doc)` indexes a document and returns its
matches, `annotate(doc)` fills `duplicate_of` without writing, `rebuild()` recomputes every
decision. `run(doc, config)` is the stage form used by `marsad read --db FILE`: with a store
that exists, it points each copied paragraph at its canonical (first-seen) copy.
"""
from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..model import Document
from .index import DedupIndex, Match, Ref, acceptance

__all__ = ["DedupIndex", "Match", "Ref", "acceptance", "annotate", "run"]


def annotate(doc: Document, store_or_connection, config: Config) -> Document:
    """Fill `duplicate_of` across documents from the index in a store, without writing to it."""
    return DedupIndex(store_or_connection, config).annotate(doc)


def run(doc: Document, config: Config) -> Document:
    """The stage: annotate from `config.db` when it names an existing SQLite store, else do nothing."""
    if not config.db or "://" in config.db and not config.db.startswith("sqlite"):
        return doc
    path = config.db.split("://", 1)[1].lstrip("/") if "://" in config.db else config.db
    path = "/" + path if config.db.startswith("sqlite:////") else path
    if not Path(path).exists():
        return doc
    from ..store import open_store

    with open_store(config.db, create=False) as store:
        return annotate(doc, store, config)
