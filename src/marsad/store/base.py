"""The storage interface every backend implements (SQLite now, PostgreSQL later).

A backend stores each document whole (its JSON with every layer) plus queryable rows,
keyed for idempotence by the SHA-256 of its text, and keeps rejects as data.
"""
from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Document, Rejected


class StoreError(Exception):
    """A store that cannot be opened, migrated or written; the message is one sentence."""


def content_hash(text: str) -> str:
    """The idempotence key of a document: SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def derived_id(doc_id: str, digest: str) -> str:
    """The id a document gets when its own id is taken by a different text."""
    return f"{doc_id}-{digest[:12]}"


@dataclass
class PutResult:
    id: str  # the id the document is stored under
    stored: bool  # False when the same text was already present (nothing written)
    renamed_from: str | None = None  # the input id, when the document was stored under a derived id


@dataclass
class StoredReject:
    id: int
    rejected_at: str  # ISO 8601, UTC
    rejected: Rejected


class Store(ABC):
    """Open with `marsad.store.open_store`; use as a context manager or call `close`."""

    location: str  # where the store lives, for messages

    @abstractmethod
    def migrate(self) -> list[int]:
        """Apply pending numbered migrations; return the versions applied now."""

    @abstractmethod
    def schema_versions(self) -> list[int]:
        """Migration versions applied so far, ascending."""

    @abstractmethod
    def put(self, doc: Document) -> PutResult:
        """Store a document with all its layers in one transaction (idempotent by content hash)."""

    @abstractmethod
    def get(self, doc_id: str) -> Document | None:
        """The stored document with this id, or None."""

    @abstractmethod
    def has_content_hash(self, digest: str) -> bool:
        """Whether a document with this text (see `content_hash`) is stored."""

    @abstractmethod
    def ids(self, limit: int | None = None, offset: int = 0) -> list[str]:
        """Stored document ids in the order they were stored."""

    @abstractmethod
    def count(self) -> int:
        """How many documents are stored."""

    @abstractmethod
    def documents(self) -> Iterator[Document]:
        """Every stored document, in the order they were stored."""

    @abstractmethod
    def put_reject(self, rejected: Rejected) -> bool:
        """Keep a rejection; False when the same rejection (source, line, kind, reason) is already kept."""

    @abstractmethod
    def rejects(self) -> list[StoredReject]:
        """Every kept rejection, oldest first."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection; the store stays on disk."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
