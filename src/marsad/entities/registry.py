"""New entities merged across documents by alias: an in-process memory, backed by the store.

The linker asks `Registry.find(key)` (a new name's key form) and `Registry.surname(word)` (a
person's last name met before). Answers come from documents analysed in this process, then
from the store's entity tables (migrations 0020-0021), which `StoreRegistry.record` fills after each
stored document, so `marsad ingest` run twice merges a person seen in both runs under one id.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document
from ..store.base import StoreError
from ..store.migrate import statements
from .words import compact

_FOLDER = Path(__file__).resolve().parent.parent / "store" / "migrations"
MIGRATIONS = sorted(p for p in _FOLDER.glob("002*.sql") if p.name.count(".") == 1)  # the plain SQLite files, not a dialect's variants


@dataclass
class Registry:
    """Aliases (compact key form) of new entities -> their id; surnames of new people."""
    ids: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    store: StoreRegistry | None = None  # the store being ingested into, when there is one
    missing: set[tuple[str, str]] = field(default_factory=set)  # store lookups that found nothing

    def find(self, key: str) -> str | None:
        key = compact(key)
        found = self.ids.get(key)
        if found is None:
            found = self._stored(key, "name")
            if found:
                self.ids[key] = found
        return found

    def surname(self, word: str) -> str | None:
        found = self.surnames.get(word)
        if found is None:
            found = self._stored(word, "surname")
            if found:
                self.surnames[word] = found
        return found

    def _stored(self, key: str, kind: str) -> str | None:
        if self.store is None or (key, kind) in self.missing:
            return None
        found = self.store.lookup(key, kind)
        if found is None:  # most words are no name: ask the store about each once per document
            self.missing.add((key, kind))
        return found

    def add(self, key: str, eid: str) -> None:
        self.ids.setdefault(compact(key), eid)

    def add_surname(self, word: str, eid: str) -> None:
        self.surnames.setdefault(word, eid)
        self.add(word, eid)


def _connection(store) -> sqlite3.Connection:
    for name in ("connection", "_db", "db"):
        db = getattr(store, name, None)
        if isinstance(db, sqlite3.Connection):
            return db
    raise StoreError(f"the entity registry needs an SQLite store, and {getattr(store, 'location', store)} "
                     "is not one")


def is_new(eid: str) -> bool:
    """A new entity's id (type:key); knowledge-base entities are told apart by the caller."""
    return eid.count(":") == 1


class StoreRegistry:
    """The registry tables of one SQLite store."""

    def __init__(self, store):
        self.db = _connection(store)
        if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'entity_seen'").fetchone():
            for migration in MIGRATIONS:  # a bare database (written to apply twice harmlessly)
                for statement in statements(migration.read_text("utf-8"), sqlite3.complete_statement):
                    self.db.execute(statement)

    def lookup(self, alias: str, kind: str) -> str | None:
        try:
            row = self.db.execute("SELECT entity FROM entity_alias WHERE alias = ? AND kind = ?",
                                  (alias, kind)).fetchone()
        except sqlite3.ProgrammingError:  # the store was closed by a run that ended with an error
            return None
        return row[0] if row else None

    def recorded(self) -> set[str]:
        return {d for (d,) in self.db.execute("SELECT document FROM entity_seen")}

    def record(self, doc: Document, known) -> None:
        """Keep a stored document's entities, their mention counts and new entities' aliases;
        `known` holds the knowledge base's ids."""
        entity_rows, alias_rows, count_rows = [], [], []
        for e in doc.entities:
            new = is_new(e.id) and e.id not in known
            entity_rows.append((e.id, e.name, e.type, 0 if new else 1))
            count_rows.append((e.id, doc.id, len(e.mentions)))
            if not new:
                continue
            key = e.id.split(":", 1)[1].replace("_", " ")
            alias_rows.append((compact(key), "name", e.id))
            if e.type == "PER" and " " in key:  # as the linker does: the surname names the person too
                surname = compact(key).rsplit(" ", 1)[1]
                alias_rows += [(surname, "name", e.id), (surname, "surname", e.id)]
        in_transaction = self.db.in_transaction
        if not in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany("INSERT OR IGNORE INTO entity VALUES (?, ?, ?, ?)", entity_rows)
            self.db.executemany("INSERT OR IGNORE INTO entity_alias VALUES (?, ?, ?)", alias_rows)
            self.db.executemany("INSERT OR REPLACE INTO entity_document VALUES (?, ?, ?)", count_rows)
            self.db.execute("INSERT OR IGNORE INTO entity_seen VALUES (?)", (doc.id,))
            if not in_transaction:
                self.db.execute("COMMIT")
        except BaseException:
            if not in_transaction and self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def counts(self) -> list[tuple[str, str, str, int, int]]:
        """(id, name, type, mentions, documents) of every entity, most mentioned first."""
        return self.db.execute(
            "SELECT e.id, e.name, e.type, SUM(d.mentions), COUNT(d.document) FROM entity e "
            "JOIN entity_document d ON d.entity = e.id GROUP BY e.id "
            "ORDER BY SUM(d.mentions) DESC, COUNT(d.document) DESC, e.id").fetchall()


class IngestRegistry:
    """The registry of the store being ingested into, attached to the linker for the run."""

    def __init__(self, store, config=None):
        from . import kb as kbase
        from .link import REGISTRY

        self.tables = StoreRegistry(store)
        user = getattr(getattr(config, "entities", None), "user_entities", None)
        self.known = set(kbase.load(user).entities)
        self.registry = REGISTRY
        # the store is the memory now: names met while analysing for another store do not count
        self.registry.ids.clear()
        self.registry.surnames.clear()
        self.registry.missing.clear()
        self.registry.store = self.tables

    def record(self, doc: Document) -> None:
        self.tables.record(doc, self.known)
        self.registry.missing.clear()  # the store may know those names now

    def close(self) -> None:
        if self.registry.store is self.tables:
            self.registry.store = None
