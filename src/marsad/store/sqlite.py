"""The embedded SQLite store: WAL, a busy timeout, one writer at a time, many readers.

Every write is one `BEGIN IMMEDIATE` transaction, so a process killed at any moment
leaves each document either wholly stored or absent; WAL with synchronous=NORMAL keeps
every committed transaction across a killed process (only a power loss can drop the last few).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..model import Document, Rejected
from ..search.sqlite_index import index_document
from . import migrate
from .base import PutResult, Store, StoredReject, StoreError, content_hash
from .rows import insert_document, now, unpack


class SQLiteStore(Store):
    def __init__(self, path: str | Path, busy_timeout: float = 60.0, create: bool = True):
        self.location = str(path)
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"there is no store at {path} (run `marsad ingest` or `marsad migrate` first)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are opened and closed explicitly below
            self._db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None,
                                       check_same_thread=False)
            self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from None

    # -- transactions -------------------------------------------------------------------
    def _write(self, work):
        """Run `work(cursor)` in one write transaction; roll back on any error."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store at {self.location}: {exc}") from None
        try:
            result = work(self._db.cursor())
            self._db.execute("COMMIT")
            return result
        except BaseException as exc:
            if self._db.in_transaction:  # SQLite may have rolled back already (I/O errors, full disk)
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot write to the store at {self.location}: {exc}") from None
            raise

    # -- migrations ---------------------------------------------------------------------
    def schema_versions(self) -> list[int]:
        exists = self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                  "AND name = 'schema_version'").fetchone()
        if not exists:
            return []
        return [v for (v,) in self._db.execute("SELECT version FROM schema_version ORDER BY version")]

    def migrate(self) -> list[int]:
        pending = migrate.available()

        def apply(cur: sqlite3.Cursor) -> list[int]:
            cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            # read under the write lock, so two processes never apply the same file
            done = {v for (v,) in cur.execute("SELECT version FROM schema_version")}
            applied = []
            for m in pending:
                if m.version in done:
                    continue
                for statement in migrate.statements(m.sql, sqlite3.complete_statement):
                    try:
                        cur.execute(statement)
                    except sqlite3.Error as exc:
                        raise StoreError(f"migration {m.version:04d}_{m.name} failed: {exc}") from None
                cur.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (m.version, m.name, now()))
                applied.append(m.version)
            return applied

        return self._write(apply)

    # -- documents ----------------------------------------------------------------------
    def put(self, doc: Document) -> PutResult:
        digest = content_hash(doc.text)

        def insert(cur) -> PutResult:
            return insert_document(cur, doc, digest, "?", index_document)

        return self._write(insert)

    def get(self, doc_id: str) -> Document | None:
        row = self._db.execute("SELECT body FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return unpack(row[0]) if row else None

    def has_content_hash(self, digest: str) -> bool:
        return self._db.execute("SELECT 1 FROM documents WHERE content_hash = ?",
                                (digest,)).fetchone() is not None

    def ids(self, limit: int | None = None, offset: int = 0) -> list[str]:
        rows = self._db.execute("SELECT id FROM documents ORDER BY rowid LIMIT ? OFFSET ?",
                                (-1 if limit is None else limit, offset))
        return [r[0] for r in rows]

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self) -> Iterator[Document]:
        last = 0
        while True:  # pages by rowid, so no read transaction stays open between pages
            rows = self._db.execute("SELECT rowid, body FROM documents WHERE rowid > ? "
                                    "ORDER BY rowid LIMIT 200", (last,)).fetchall()
            if not rows:
                return
            for last, body in rows:
                yield unpack(body)

    # -- rejects ------------------------------------------------------------------------
    def put_reject(self, rejected: Rejected) -> bool:
        def insert(cur: sqlite3.Cursor) -> bool:
            cur.execute(
                "INSERT OR IGNORE INTO rejects (source, line, kind, reason, raw, raw_size, rejected_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rejected.source, rejected.line, rejected.kind, rejected.reason, rejected.raw,
                 rejected.raw_size if rejected.raw_size is not None
                 else (len(rejected.raw) if rejected.raw is not None else None), now()))
            return cur.rowcount == 1

        return self._write(insert)

    def rejects(self) -> list[StoredReject]:
        rows = self._db.execute("SELECT id, rejected_at, source, reason, line, kind, raw, raw_size "
                                "FROM rejects ORDER BY id")
        return [StoredReject(r[0], r[1], Rejected(r[2], r[3], r[4], r[5], r[6], r[7])) for r in rows]

    def close(self) -> None:
        self._db.close()
