"""The incremental near-duplicate index, kept in the store's own SQLite database.

`DedupIndex(store_or_connection, config).add(doc)` signs a document's paragraphs and articles,
finds earlier copies (in the same document or anywhere in the store) through exact keys and
LSH band keys, points each copy at its canonical (the first seen) and persists everything in
the tables of migration 0010. One document is one transaction (a savepoint inside a caller's).
"""
from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..config import Config, DedupConfig
from ..model import Document, ParagraphRef
from ..store.base import StoreError
from ..store.migrate import statements
from .containment import article_containment
from .records import Known, Match, Ref
from .signature import ARTICLE, PARAGRAPH, Signer, containment, resemblance

MIGRATION = Path(__file__).resolve().parent.parent / "store" / "migrations" / "0010_dedup.sql"
_CHUNK = 500  # host parameters per IN (...) query
_PER_KEY = 100  # candidates kept per key, earliest first: a key shared by thousands is boilerplate
_BATCH = 1000  # documents per transaction in bulk work: each commit rewrites the pages its keys touched
_KINDS = {"exact": 0, "near": 1, "contained": 2}
_ITEM_COLUMNS = "i.id, i.doc, i.article, i.paragraph, i.size, i.exact, i.sig, i.canonical"


def acceptance(config: DedupConfig) -> float:
    """The estimate a pair needs: the threshold less two standard errors of a MinHash estimate,
    so a pair whose true resemblance is at the threshold is found 97.7% of the time."""
    t = config.threshold
    return t - 2 * math.sqrt(t * (1 - t) / config.num_perm)


def _connection(target) -> sqlite3.Connection:
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


def _chunks(values: list, size: int = _CHUNK):
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _chunks_of(values, size: int):
    """Lists of `size` items from any iterable."""
    batch = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class DedupIndex:
    def __init__(self, store_or_connection, config: Config | DedupConfig):
        self.config = config.dedup if isinstance(config, Config) else config
        self.db = _connection(store_or_connection)
        self.signer = Signer(self.config)
        self.accept = acceptance(self.config)
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

    # -- public -----------------------------------------------------------------------
    def add(self, doc: Document) -> list[Match]:
        """Index a document; returns its copies of earlier items and the containments found.
        A document already indexed (same id) is not indexed again: its matches are returned."""
        self.add_many([doc])
        return self.matches(doc.id)

    def add_many(self, documents: Iterable[Document]) -> int:
        """Index documents in arrival order, `_BATCH` to a transaction; the same decisions as one
        `add` after another, for less work per document. Returns how many were new."""
        count = 0
        for batch in _chunks_of(documents, _BATCH):
            with self.transaction():
                count += self._add_batch(batch)
        return count

    def annotate(self, doc: Document) -> Document:
        """Fill `duplicate_of` from the index without writing to it (for `marsad read --db`)."""
        key = self._doc_key(doc.id)
        if key is not None:
            known = self._load("i.doc = ?", (key,))
        else:
            key = -1
            known = self._decide([(key, self.signer.items(doc))], self._next_id())[0]
        local = {k.id: k for k in known}
        roots = self._known([k.root for k in known if k.root not in local])
        docs = self._doc_ids([r.doc for r in roots.values()])
        for k in known:
            if k.level != PARAGRAPH or k.root == k.id:
                continue
            root = local.get(k.root) or roots[k.root]
            if k.article >= len(doc.articles) or k.paragraph >= len(doc.articles[k.article].paragraphs):
                continue  # indexed under another segmentation than this document has now
            paragraph = doc.articles[k.article].paragraphs[k.paragraph]
            other = None if root.doc == key else docs[root.doc]
            paragraph.duplicate_of = ParagraphRef(root.article, root.paragraph, other)
        return doc

    def query(self, doc: Document) -> list[Match]:
        """What `add` would report for a document, without writing (containment: its own articles)."""
        if self._doc_key(doc.id) is not None:
            return self.matches(doc.id)
        known = self._decide([(-1, self.signer.items(doc))], self._next_id())[0]
        local = {k.id: k for k in known}
        refs = self._refs([k.root for k in known if k.root not in local])
        outlet = doc.meta.get("outlet")

        def me(k: Known) -> Ref:
            return Ref(doc.id, k.article, k.paragraph, outlet, doc.published)

        out = [Match(k.level, k.kind, me(k), me(local[k.root]) if k.root in local else refs[k.root], k.score)
               for k in known if k.root != k.id]
        rows = article_containment(self, -1, known, self.config.containment)
        containers = self._doc_refs([r[1] for r in rows])
        out += [Match(ARTICLE, "contained", me(local[item]), containers[container], share)
                for item, container, share in rows]
        return out

    def rebuild(self, documents=None) -> int:
        """Recompute every decision from scratch, in arrival order; returns the documents indexed.
        With `documents` (in arrival order) everything is signed again from the texts; without,
        the stored signatures are replayed."""
        with self.transaction():  # one transaction: readers see the old index until the new one is whole
            self.db.execute("DELETE FROM dedup_key")
            self.db.execute("DELETE FROM dedup_containment")
            if documents is not None:
                self.db.execute("DELETE FROM dedup_item")
                self.db.execute("DELETE FROM dedup_document")
                return self.add_many(documents)
            self.db.execute("UPDATE dedup_item SET canonical = NULL, kind = NULL, score = NULL")
            keys = [k for (k,) in self.db.execute("SELECT id FROM dedup_document ORDER BY id").fetchall()]
            for batch in _chunks(keys, _BATCH):
                with self.transaction():
                    self._index([(key, self._load("i.doc = ?", (key,))) for key in batch], insert=False)
            return len(keys)

    def matches(self, doc_id: str) -> list[Match]:
        """What the index knows about one document's items: their canonicals and containments."""
        key = self._doc_key(doc_id)
        if key is None:
            return []
        rows = self.db.execute(
            "SELECT id, article, paragraph, canonical, kind, score FROM dedup_item "
            "WHERE doc = ? AND canonical IS NOT NULL ORDER BY id", (key,)).fetchall()
        contained = self.db.execute(
            "SELECT c.item, c.container, c.share FROM dedup_item i JOIN dedup_containment c ON c.item = i.id"
            " WHERE i.doc = ? UNION SELECT item, container, share FROM dedup_containment WHERE container = ?"
            " ORDER BY 1, 2", (key, key)).fetchall()
        refs = self._refs([r[3] for r in rows] + [r[0] for r in contained])
        docs = self._doc_refs([r[1] for r in contained] + [key])
        out = [Match(PARAGRAPH if p is not None else ARTICLE, kind,
                     Ref(docs[key].document, a, p, docs[key].outlet, docs[key].published),
                     refs[canonical], score) for _, a, p, canonical, kind, score in rows]
        out += [Match(ARTICLE, "contained", refs[item], docs[container], share)
                for item, container, share in contained]
        return out

    # -- deciding ---------------------------------------------------------------------
    def _add_batch(self, docs: list[Document]) -> int:
        wanted = sorted({d.id for d in docs})
        seen = {d for part in _chunks(wanted) for (d,) in self.db.execute(
            f"SELECT document FROM dedup_document WHERE document IN ({','.join('?' * len(part))})", part)}
        fresh = []
        for doc in docs:
            if doc.id not in seen:
                seen.add(doc.id)
                fresh.append(doc)
        first = (self.db.execute("SELECT max(id) FROM dedup_document").fetchone()[0] or 0) + 1
        self.db.executemany(
            "INSERT INTO dedup_document (id, document, input_id, outlet, published) VALUES (?, ?, ?, ?, ?)",
            [(first + n, d.id, d.meta.get("original_id"),
              None if d.meta.get("outlet") is None else str(d.meta["outlet"]), d.published)
             for n, d in enumerate(fresh)])
        if fresh:
            self._index([(first + n, self.signer.items(d)) for n, d in enumerate(fresh)], insert=True)
        return len(fresh)

    def _decide(self, batch: list[tuple[int, list]], first_id: int) -> list[list[Known]]:
        """Each item's canonical, from earlier items in the store and earlier items of the batch,
        for a batch of (document key, items) in arrival order."""
        items = [it for _, its in batch for it in its]
        keys = [self.signer.keys(it) for it in items]
        stored: dict[int, list[int]] = defaultdict(list)
        wanted = sorted({k for ks in keys for k in ks})
        for part in _chunks(wanted):
            for key, item in self.db.execute(
                    f"SELECT key, item FROM dedup_key WHERE key IN ({','.join('?' * len(part))})", part):
                if len(stored[key]) < _PER_KEY:
                    stored[key].append(item)
        known = self._known({i for ids in stored.values() for i in ids})
        # key -> earlier items of this batch under it; nearly every key has one, so lists are rare
        local: dict[int, int | list[int]] = {}
        out: list[Known] = []
        docs = [doc_key for doc_key, its in batch for _ in its]
        for n, (it, ks, doc_key) in enumerate(zip(items, keys, docs)):
            new = it if isinstance(it, Known) else Known(
                first_id + n, doc_key, it.level, it.article, it.paragraph, it.size, it.exact, it.sig, 0)
            new.root, new.kind, new.score = new.id, None, None
            best = None
            candidates = {c for k in stored.keys() & ks for c in stored[k]}
            for k in local.keys() & ks:
                c = local[k]
                candidates.update(c) if isinstance(c, list) else candidates.add(c)
            for cid in candidates:
                found = self._compare(new, known[cid])
                if found and (best is None or found < best):
                    best = found
            new.keys = ks
            if best:
                new.kind, new.score = best[2], -best[1]
                new.root = known[best[3]].root
                if np.array_equal(new.sig, known[best[3]].sig):
                    new.keys = []  # its twin's keys already lead to its group: hot groups stay small
            for k in local.keys() & new.keys:  # shared keys keep every item (rare)
                c = local[k]
                local[k] = c + [new.id] if isinstance(c, list) else [c, new.id]
            local.update((k, new.id) for k in new.keys if k not in local)
            known[new.id] = new
            out.append(new)
        per_doc, start = [], 0
        for _, its in batch:
            per_doc.append(out[start:start + len(its)])
            start += len(its)
        return per_doc

    def _compare(self, new: Known, old: Known):
        """A sortable (rank, -score, kind, id) when `new` copies `old` or lies within it, else None."""
        if new.exact == old.exact:
            return (_KINDS["exact"], -1.0, "exact", old.id)
        j = resemblance(new.sig, old.sig)
        if j >= self.accept:
            return (_KINDS["near"], -j, "near", old.id)
        if j >= 0.4 and new.size <= old.size:  # a shortened copy: nothing in it is new
            share = containment(j, new.size, old.size)
            if share >= self.config.containment:
                return (_KINDS["contained"], -share, "contained", old.id)
        return None

    def _index(self, batch: list[tuple[int, list]], insert: bool) -> None:
        first = self._next_id() if insert else 0
        per_doc = self._decide(batch, first)
        decided = [k for ks in per_doc for k in ks]
        rows = [(k.root if k.root != k.id else None, k.kind, k.score) for k in decided]
        if insert:
            self.db.executemany(
                "INSERT INTO dedup_item (id, doc, article, paragraph, size, exact, sig, canonical, kind,"
                " score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(k.id, k.doc, k.article, k.paragraph, k.size, k.exact, k.sig.tobytes(), *r)
                 for k, r in zip(decided, rows)])
        else:
            self.db.executemany("UPDATE dedup_item SET canonical = ?, kind = ?, score = ? WHERE id = ?",
                                [(*r, k.id) for k, r in zip(decided, rows)])
        # in key order: neighbouring inserts land on the same B-tree pages
        self.db.executemany("INSERT OR IGNORE INTO dedup_key (key, item) VALUES (?, ?)",
                            sorted((key, k.id) for k in decided for key in k.keys))
        for (doc_key, _), known in zip(batch, per_doc):  # reads what the batch wrote before it
            self.db.executemany("INSERT OR IGNORE INTO dedup_containment (item, container, share) "
                                "VALUES (?, ?, ?)", article_containment(self, doc_key, known,
                                                                       self.config.containment))

    # -- reading ----------------------------------------------------------------------
    def _row(self, r) -> Known:
        return Known(r[0], r[1], ARTICLE if r[3] is None else PARAGRAPH, r[2], r[3], r[4], r[5],
                      np.frombuffer(r[6], dtype=np.uint16), r[7] if r[7] is not None else r[0])

    def _load(self, where: str, params=()) -> list[Known]:
        return [self._row(r) for r in self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM dedup_item i WHERE {where} ORDER BY i.id", params)]

    def _known(self, ids) -> dict[int, Known]:
        out: dict[int, Known] = {}
        for part in _chunks(sorted(set(ids))):
            out.update((k.id, k) for k in self._load(f"i.id IN ({','.join('?' * len(part))})", part))
        return out

    def _next_id(self) -> int:
        return (self.db.execute("SELECT max(id) FROM dedup_item").fetchone()[0] or 0) + 1

    def _doc_key(self, doc_id: str) -> int | None:
        row = self.db.execute("SELECT id FROM dedup_document WHERE document = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def _doc_refs(self, keys) -> dict[int, Ref]:
        out = {}
        for part in _chunks(sorted(set(keys))):
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
