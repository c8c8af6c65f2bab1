"""Searches run while another connection stores documents: no errors, and never half a document."""
from __future__ import annotations

import threading
import time
from collections import Counter

from marsad.search import search
from marsad.store import open_store
from search_documents import fill, make

DOCS = 60


def test_search_while_ingesting(target):
    with open_store(target) as setup:
        fill(setup)
    errors: list[BaseException] = []
    done = threading.Event()

    def ingest() -> None:
        try:
            with open_store(target) as writer:
                for n in range(DOCS):  # two articles each, both with the searched word
                    writer.put(make(f"d{n:03d}", f"انطلقت القمة رقم {n} في العاصمة",
                                    f"واختتمت القمة رقم {n} أعمالها بنجاح"))
                    time.sleep(0.005)  # let the reader in between writes
        except BaseException as exc:
            errors.append(exc)
        finally:
            done.set()

    writer = threading.Thread(target=ingest)
    seen = []

    def look() -> None:
        hits = search(reader, "القمة", limit=1000).hits
        per_document = Counter(h.document_id for h in hits)
        assert all(n == 2 for n in per_document.values()), per_document  # both articles or none
        assert all(h.snippet.highlights for h in hits)  # the document text is there too
        seen.append(len(per_document))

    with open_store(target) as reader:
        writer.start()
        while not done.is_set():
            look()
        writer.join()
        look()
        assert not errors, errors
        assert seen == sorted(seen) and seen[-1] == DOCS
        assert len(set(seen)) > 1, "the searches did not overlap the ingest"
