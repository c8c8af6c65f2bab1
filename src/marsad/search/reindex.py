"""Rebuilding the search index from the stored documents, in one write transaction per backend."""
from __future__ import annotations

from ..store import Store
from .engine import _backend
from .index import items


def reindex(store: Store) -> int:
    """Empty the index and fill it from every stored document; the number of articles indexed."""
    backend, _ = _backend(store)
    ids = store.ids()

    def work(cur) -> int:
        backend.clear(cur)
        n = 0
        for doc_id in ids:
            found = items(store.get(doc_id), doc_id)
            backend.write(cur, found)
            n += len(found)
        return n

    return store._write(work)
