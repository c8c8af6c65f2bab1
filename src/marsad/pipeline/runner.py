"""The local batch runner: readers -> analysis -> store, one document at a time.

Each document is committed on its own, so a killed run loses nothing it committed, and
a rerun skips (without re-analysing) every text the store already holds.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..config import Config
from ..model import Document, Rejected
from ..store import Store, StoreError, content_hash
from . import analyse_all

SAMPLE_REJECTS = 20  # rejections kept in the summary for display; all of them go to the store


@dataclass
class Summary:
    read: int = 0  # documents the readers produced (rejections not included)
    stored: int = 0
    present: int = 0  # same text already in the store: nothing written
    articles: int = 0  # these three count the documents stored by this run
    paragraphs: int = 0
    duplicates: int = 0
    rejected: int = 0
    reasons: Counter = field(default_factory=Counter)  # rejection kind -> count
    sample: list[Rejected] = field(default_factory=list)  # the first SAMPLE_REJECTS rejections
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (input id, stored id)
    bytes_done: int = 0  # input bytes on disk the readers have consumed (ingest_paths only)
    bytes_total: int | None = None  # all input bytes on disk; None when unknown (standard input)

    def add_reject(self, rejected: Rejected) -> None:
        self.rejected += 1
        self.reasons[rejected.kind] += 1
        if len(self.sample) < SAMPLE_REJECTS:
            self.sample.append(rejected)

    def add_stored(self, doc: Document) -> None:
        self.stored += 1
        self.articles += len(doc.articles)
        for _, _, paragraph in doc.paragraphs():
            self.paragraphs += 1
            self.duplicates += paragraph.duplicate_of is not None


Progress = Callable[[Summary], None]


def ingest(items: Iterable[Document | Rejected], store: Store, config: Config,
           progress: Progress | None = None) -> Summary:
    """Analyse and store a stream from the readers; rejections are stored too.

    Each stored document also enters the duplicate index, so copies are found as documents
    arrive; `marsad dedup` catches up on any document a killed run stored but did not index."""
    summary = Summary()
    index = _dedup_index(store, config)
    entities = _entity_registry(store, config)
    stories = _story_assigner(store, config)

    def fresh() -> Iterable[Document | Rejected]:
        # count and skip known texts before analysis, so a rerun after a crash is cheap
        for item in items:
            if isinstance(item, Document):
                summary.read += 1
                if store.has_content_hash(content_hash(item.text)):
                    summary.present += 1
                    if progress:
                        progress(summary)
                    continue
            yield item

    for item in analyse_all(fresh(), config):
        if isinstance(item, Rejected):
            summary.add_reject(item)
            store.put_reject(item)
        else:
            try:
                if index is not None:  # point copies at earlier documents before the copy is stored
                    index.annotate(item)
                result = store.put(item)
            except StoreError:  # the store itself failed (disk full, locked too long): stop
                raise
            except Exception as exc:  # this document cannot be stored: keep it as a rejection
                rejected = Rejected(source=item.source, line=item.meta.get("line"), kind="store",
                                    reason=f"could not be stored: {type(exc).__name__}: {exc}",
                                    raw=item.text.encode("utf-8", "surrogatepass"))
                summary.add_reject(rejected)
                store.put_reject(rejected)
                continue
            if not result.stored:
                summary.present += 1
            else:
                summary.add_stored(item)
                if index is not None:
                    item.id = result.id
                    index.add(item)
                if entities is not None:  # new entities merge across runs through the store
                    item.id = result.id
                    entities.record(item)
                if stories is not None:  # each article joins its story as it arrives
                    item.id = result.id
                    stories.add(item)
                if result.renamed_from:
                    summary.renamed.append((result.renamed_from, result.id))
        if progress:
            progress(summary)
    if entities is not None:
        entities.close()
    if stories is not None:
        stories.close()
    return summary


def _dedup_index(store: Store, config: Config):
    """The store's duplicate index, or None where the backend keeps none (PostgreSQL, for now)."""
    from ..dedup import DedupIndex

    try:
        return DedupIndex(store, config)
    except StoreError:
        return None


def _entity_registry(store: Store, config: Config):
    """The store's entity registry, or None where the backend keeps none (PostgreSQL, for now)."""
    from ..entities.registry import IngestRegistry

    try:
        return IngestRegistry(store, config)
    except StoreError:
        return None


def _story_assigner(store: Store, config: Config):
    """Online story assignment, or None where the backend keeps no story tables (PostgreSQL, for now)."""
    from ..stories.online import IngestStories

    try:
        return IngestStories(store, config.stories)
    except StoreError:
        return None


def ingest_paths(paths: Iterable[str | Path], store: Store, config: Config,
                 stdin: BinaryIO | None = None, progress: Progress | None = None) -> Summary:
    """Read files, directories, archives or standard input ("-") and store what they hold.

    `progress` also sees the summary's bytes_done out of bytes_total, the input sizes on disk."""
    from ..ingest import ReadProgress, read  # the readers load their libraries only when used

    paths = [str(p) for p in paths]
    reading = ReadProgress.of(paths)

    def report(summary: Summary) -> None:
        summary.bytes_done, summary.bytes_total = reading.done, reading.total
        progress(summary)

    summary = ingest(read(paths, config, stdin=stdin, progress=reading), store, config,
                     report if progress else None)
    summary.bytes_done, summary.bytes_total = reading.done, reading.total
    if progress:  # the readers have finished: the last report shows every byte read
        progress(summary)
    return summary
