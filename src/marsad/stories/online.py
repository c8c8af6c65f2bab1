"""Story assignment as documents arrive (`marsad ingest`): each stored article joins its story.

The decisions are the same `StoryIndex.place` makes for `marsad stories`, in the same arrival
order, so both commands give the same stories. The clusterer is replayed once per ingest run;
decisions are written every `FLUSH` articles. A document stored but not yet written (a killed
run) is assigned, in arrival order, by the next `marsad stories` or by the next ingest before it
places anything new.
"""
from __future__ import annotations

import sqlite3

from ..config import StoriesConfig
from ..model import Document
from ..store import Store, StoreError
from .persist import StoryIndex

FLUSH = 200  # articles per write: one transaction and one headline refresh per touched story


class IngestStories:
    """Story assignment for one ingest run into `store` (a StoreError when it keeps no stories)."""

    def __init__(self, store: Store, config: StoriesConfig | None = None, flush: int | None = None) -> None:
        if not isinstance(getattr(store, "_db", None), sqlite3.Connection):
            raise StoreError(f"the store at {store.location} keeps no story tables")
        try:
            self.index = StoryIndex(store.location, config)
        except (ValueError, sqlite3.Error) as exc:
            raise StoreError(str(exc)) from None
        self.store = store
        self.flush = flush or FLUSH
        self.started = False
        self.pending: list = []
        self.touched: set[str] = set()  # stories changed by this run, refreshed once more at the end
        self.batch_touched: set[str] = set()

    def _catch_up(self) -> None:
        """Assign the stored documents that have no decision yet, oldest first (this run's first
        document among them), so that arrival order is kept."""
        self.started = True
        done = self.index.assigned()
        missing = [i for i in self.store.ids() if i not in done]
        docs = (doc for doc in map(self.store.get, missing) if doc is not None)
        for _, _, sid in self.index.assign(docs, self.flush):
            self.touched.add(sid)

    def add(self, doc: Document) -> None:
        """Place a document the store has just committed (with its stored id)."""
        if not self.started:
            self._catch_up()  # loads the clusterer and places `doc` too, read back from the store
            return
        for row in self.index.place(doc):
            self.pending.append(row)
            self.batch_touched.add(row[2])
        if len(self.pending) >= self.flush:
            self._write()

    def _write(self) -> None:
        # the batch's stories are refreshed with it: a killed run leaves no story row stale
        self.index.write(self.pending, self.batch_touched)
        self.touched |= self.batch_touched
        self.pending, self.batch_touched = [], set()

    def close(self) -> None:
        """Write what is pending, refresh this run's stories with the final frequencies, close."""
        try:
            if not self.started:
                self._catch_up()  # nothing new was stored: still catch up on a killed run's documents
            self.touched |= self.batch_touched
            self.index.write(self.pending, self.touched)
            self.pending, self.batch_touched = [], set()
        finally:
            self.index.close()
