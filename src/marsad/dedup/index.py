"""The incremental near-duplicate index, kept in the store's own SQLite database.

`DedupIndex(store_or_connection, config).add(doc)` signs a document's paragraphs and articles,
finds earlier copies (in the same document or anywhere in the store) through exact keys and
LSH band keys, points each copy at its canonical (the first seen) and persists everything in
the tables of migration 0010. One document is one transaction (a savepoint inside a caller's).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from ..config import Config, DedupConfig
from ..model import Document, ParagraphRef
from .containment import article_containment
from .records import Known, Match, Ref
from .signature import ARTICLE, PARAGRAPH, Signer, containment, resemblance
from .tables import IndexTables, chunks, chunks_of

_PER_KEY = 100  # candidates kept per key, earliest first: a key shared by thousands is boilerplate
_BATCH = 1000  # documents per transaction in bulk work: each commit rewrites the pages its keys touched
_KINDS = {"exact": 0, "near": 1, "contained": 2}


def acceptance(config: DedupConfig) -> float:
    """The estimate a pair needs: the threshold less two standard errors of a MinHash estimate,
    so a pair whose true resemblance is at the threshold is found 97.7% of the time."""
    t = config.threshold
    return t - 2 * math.sqrt(t * (1 - t) / config.num_perm)


class DedupIndex(IndexTables):
    def __init__(self, store_or_connection, config: Config | DedupConfig):
        super().__init__(store_or_connection)
        self.config = config.dedup if isinstance(config, Config) else config
        self.signer = Signer(self.config)
        self.accept = acceptance(self.config)

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
        for batch in chunks_of(documents, _BATCH):
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
            for batch in chunks(keys, _BATCH):
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
        seen = {d for part in chunks(wanted) for (d,) in self.db.execute(
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
        for part in chunks(wanted):
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
