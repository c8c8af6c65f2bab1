"""The index's tables in the store's SQLite database: the connection, transactions and reads."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..store.base import StoreError
from ..store.migrate import statements
from .records import Known, Ref
from .signature import ARTICLE, PARAGRAPH

MIGRATION = Path(__file__).resolve().parent.parent / "store" / "migrations" / "0010_dedup.sql"
CHUNK = 500  # host parameters per IN (...) query
_ITEM_COLUMNS = "i.id, i.doc, i.article, i.paragraph, i.size, i.exact, i.sig, i.canonical"


def connection(target) -> sqlite3.Connection:
    if isinstance(target, sqlite3.Connection):
        return target
    if isinstance(target, (str, Path)):
        db = sqlite3.connect(str(target), isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA cache_size = -65536")  # 64 MB: band keys are looked up at random
        db.execute("PRAGMA mmap_size = 1073741824")  # and read through the page cache, not read()
        return db
    for name in ("connection", "_db", "db"):  # a Store backed by SQLite
        db = getattr(target, name, None)
        if isinstance(db, sqlite3.Connection):
            return db
    raise StoreError(f"the duplicate index needs an SQLite store, and {getattr(target, 'location', target)} "
                     "is not one")


def chunks(values: list, size: int = CHUNK):
    for i in range(0, len(values), size):
        yield values[i:i + size]


def chunks_of(values, size: int):
    """Lists of `size` items from any iterable."""
    batch = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class IndexTables:
    """Reads of the index tables, shared by the index and its listings."""

    def __init__(self, store_or_connection):
        self.db = connection(store_or_connection)
        if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'dedup_item'").fetchone():
            with self.transaction():
                sql = MIGRATION.read_text(encoding="utf-8")
                for statement in statements(sql, sqlite3.complete_statement):
                    self.db.execute(statement)

    @contextmanager
    def transaction(self):
        """One write transaction (a savepoint inside the caller's transaction)."""
        if self.db.in_transaction:  # inside the caller's transaction: a savepoint
            self.db.execute("SAVEPOINT dedup")
            try:
                yield
                self.db.execute("RELEASE dedup")
            except BaseException:
                self.db.execute("ROLLBACK TO dedup")
                self.db.execute("RELEASE dedup")
                raise
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _row(self, r) -> Known:
        return Known(r[0], r[1], ARTICLE if r[3] is None else PARAGRAPH, r[2], r[3], r[4], r[5],
                      np.frombuffer(r[6], dtype=np.uint16), r[7] if r[7] is not None else r[0])

    def _load(self, where: str, params=()) -> list[Known]:
        return [self._row(r) for r in self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM dedup_item i WHERE {where} ORDER BY i.id", params)]

    def _known(self, ids) -> dict[int, Known]:
        out: dict[int, Known] = {}
        for part in chunks(sorted(set(ids))):
            out.update((k.id, k) for k in self._load(f"i.id IN ({','.join('?' * len(part))})", part))
        return out

    def _next_id(self) -> int:
        return (self.db.execute("SELECT max(id) FROM dedup_item").fetchone()[0] or 0) + 1

    def _doc_key(self, doc_id: str) -> int | None:
        row = self.db.execute("SELECT id FROM dedup_document WHERE document = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def _doc_refs(self, keys) -> dict[int, Ref]:
        out = {}
        for part in chunks(sorted(set(keys))):
            for key, document, outlet, published in self.db.execute(
                    "SELECT id, document, outlet, published FROM dedup_document WHERE id IN "
                    f"({','.join('?' * len(part))})", part):
                out[key] = Ref(document, None, None, outlet, published)
        return out

    def _doc_ids(self, keys) -> dict[int, str]:
        return {k: r.document for k, r in self._doc_refs(keys).items()}

    def _refs(self, ids) -> dict[int, Ref]:
        known = self._known(ids)
        docs = self._doc_refs([k.doc for k in known.values()])
        return {i: Ref(docs[k.doc].document, k.article, k.paragraph, docs[k.doc].outlet,
                       docs[k.doc].published) for i, k in known.items()}
