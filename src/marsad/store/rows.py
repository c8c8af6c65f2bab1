"""What both backends write for a document: one place for the rows, the packed JSON and the
same-text / same-id rules, so SQLite and PostgreSQL cannot drift apart."""
from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from datetime import datetime, timezone

from ..model import Document, from_json, to_json
from .base import PutResult, derived_id


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def pack(data: dict) -> bytes:
    # the token layer makes the JSON ~10x the text; zlib brings it to ~2.5x at little cost
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 3)


def unpack(body: bytes) -> Document:
    return from_json(json.loads(zlib.decompress(body)))


def text_or_none(value) -> str | None:
    return None if value is None else str(value)


def _duplicate(doc_id: str, ref) -> tuple:
    if ref is None:
        return (None, None, None)
    return (ref.document or doc_id, ref.article, ref.paragraph)


def insert_document(cur, doc: Document, digest: str, mark: str,
                    index: Callable[[object, Document, str], None]) -> PutResult:
    """Write `doc` inside the caller's transaction; `mark` is the driver's placeholder ("?" or "%s")
    and `index` the backend's search indexer. The same text is stored once; a taken id is derived."""
    def sql(statement: str) -> str:
        return statement.replace("?", mark)

    row = cur.execute(sql("SELECT id FROM documents WHERE content_hash = ?"), (digest,)).fetchone()
    if row:
        return PutResult(row[0], stored=False)
    doc_id, renamed_from = doc.id, None
    if cur.execute(sql("SELECT 1 FROM documents WHERE id = ?"), (doc_id,)).fetchone():
        doc_id, renamed_from = derived_id(doc.id, digest), doc.id
    data = to_json(doc, tokens=True)
    data["id"] = doc_id
    if renamed_from:
        data["meta"] = {**data["meta"], "original_id": renamed_from}
    meta = doc.meta
    title = meta.get("title") or (doc.headlines[0] if doc.headlines else None)
    cur.execute(sql("INSERT INTO documents (id, source, content_hash, published, outlet, url, title,"
                    " original_id, stored_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                (doc_id, doc.source, digest, doc.published, text_or_none(meta.get("outlet")),
                 text_or_none(meta.get("url")), text_or_none(title), renamed_from, now(), pack(data)))
    cur.executemany(sql("INSERT INTO articles VALUES (?, ?, ?, ?, ?)"),
                    [(doc_id, a, art.headline, art.start, art.end) for a, art in enumerate(doc.articles)])
    cur.executemany(sql("INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    [(doc_id, a, p, par.start, par.end, doc.text[par.start:par.end],
                      *_duplicate(doc_id, par.duplicate_of)) for a, p, par in doc.paragraphs()])
    index(cur, doc, doc_id)
    return PutResult(doc_id, stored=True, renamed_from=renamed_from)
