"""JSON Lines: one news record a line, read as a stream (one line in memory at a time).

Known fields and their common aliases fill the Document; every other field is kept under
`meta["fields"]`. A bad line becomes a Rejected naming the file and line; the next line is read.
A `.json` file holding one array of records is read too (records are then numbered as items).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..config import Config
from ..model import Document, Rejected
from .decode import Unreadable, decode
from .mojibake import mojibake_problem
from .records import content_id, document, iso_published, reject
from .sources import TooLarge, read_capped

ALIASES = {  # our name: the input names it goes by, most usual first
    "id": ("id", "_id", "doc_id", "article_id", "guid", "uuid"),
    "text": ("text", "content", "body", "article", "full_text", "article_text", "maintext"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "href", "permalink", "canonical_url"),
    "published": ("published", "date", "published_at", "publishedAt", "pubDate", "pub_date",
                  "date_published", "publish_date", "datetime", "timestamp", "created_at",
                  "date_created", "time",
                  # a crawler's date, last: close to publication for news, and better than none
                  "date_extracted", "date_crawled", "crawled_at", "fetched_at"),
    "outlet": ("outlet", "source", "site", "sitename", "site_name", "publisher", "source_name",
               "newspaper"),
    "author": ("author", "authors", "byline", "writer"),
    "summary": ("summary", "description", "lead", "abstract"),  # the text when there is no other
}


def _string(value: Any) -> str | None:
    """A field value as text: strings as they are, lists of strings joined, {name: ...} by name."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    return None


def _take(record: dict[str, Any], name: str) -> tuple[str | None, Any]:
    """The first present alias of a field, removed from the record: (input key, value)."""
    for key in ALIASES[name]:
        if key in record and record[key] not in (None, "", []):
            return key, record.pop(key)
    return None, None


def _raw(record: dict[str, Any], raw: bytes | None) -> bytes:
    return raw if raw is not None else json.dumps(record, ensure_ascii=False).encode("utf-8", "replace")


def record_document(record: dict[str, Any], source: str, config: Config, where: dict[str, Any],
                    encoding: str, raw: bytes | None = None) -> Document | Rejected:
    """A Document for one JSON record (`raw`: its input bytes), or a Rejected when it has no text."""
    fields = dict(record)
    values: dict[str, str | None] = {}
    for name in ("id", "text", "title", "url", "outlet", "author", "summary"):
        key, value = _take(fields, name)
        values[name] = _string(value)
        if value is not None and values[name] is None:
            fields[key] = value  # a shape we do not understand: keep it as it came
    key, raw_published = _take(fields, "published")
    published = iso_published(raw_published)
    if raw_published is not None and published is None:
        fields[key] = raw_published
    text = values["text"] or values["summary"]
    line = where.get("line")
    label = f"item {where['item']}" if "item" in where else None
    prefix = f"{label} " if label else ""
    if not text or not text.strip():
        return reject(source, "no-text", f"{prefix}has no text (its text, content and body fields "
                      "are missing or empty)", config, line=line, raw=_raw(record, raw))
    for name in ("text", "title"):
        problem = values[name] and mojibake_problem(values[name])
        if problem:
            return reject(source, "mojibake", f"{prefix}has a {name} that {problem}", config, line=line,
                          raw=_raw(record, raw))
    if values["text"] and values["summary"]:
        fields["summary"] = values["summary"]
    return document(source, text, config, id=values["id"] or content_id(text), published=published,
                    format="jsonl", encoding=encoding, url=values["url"], outlet=values["outlet"],
                    title=values["title"], author=values["author"], fields=fields,
                    text_from="summary" if not values["text"] else None, **where)


def _line_text(raw: bytes, first: bool) -> tuple[str, str]:
    bom = first and raw.startswith(b"\xef\xbb\xbf")
    try:
        return (raw[3:].decode("utf-8"), "utf-8-sig") if bom else (raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        decoded = decode(raw)  # JSON Lines is UTF-8, but old exports use legacy code pages
        return decoded.text, decoded.encoding


def _parse(text: str, source: str, config: Config, where: dict, encoding: str,
           raw: bytes) -> Document | Rejected:
    line = where.get("line")
    try:
        record = json.loads(text)
    except ValueError as exc:
        msg = getattr(exc, "msg", str(exc)).removesuffix(" at")
        why = f"is not valid JSON ({msg[:1].lower()}{msg[1:]} at column {getattr(exc, 'colno', '?')})"
        return reject(source, "json", why, config, line=line, raw=raw)
    except RecursionError:
        return reject(source, "json", "is JSON nested too deeply to read", config, line=line, raw=raw)
    if not isinstance(record, dict):
        return reject(source, "json", f"is a JSON {type(record).__name__}, not an object",
                      config, line=line, raw=raw)
    return record_document(record, source, config, where, encoding, raw)


def _lines(stream: BinaryIO, config: Config) -> Iterator[tuple[int, bytes | TooLarge]]:
    """(line number, bytes) for each line; a line past ingest.max_bytes comes as TooLarge."""
    limit, keep = config.ingest.max_bytes, config.ingest.keep_rejected_bytes
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            head, size = raw[:keep], len(raw)
            del raw
            while True:  # skip the rest of the line without holding it
                chunk = stream.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, TooLarge(head, size)
        else:
            yield number, raw


def read_jsonl(source: str, stream: BinaryIO, config: Config) -> Iterator[Document | Rejected]:
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        yield from _or_empty(source, _read_decoded(source, stream, config), config)  # UTF-16
        return
    records = 0
    for number, raw in _lines(stream, config):
        records += 1
        if isinstance(raw, TooLarge):
            yield reject(source, "too-large", f"is longer than the {config.ingest.max_bytes}-byte limit "
                         "(ingest.max_bytes)", config, line=number, raw=raw.head, raw_size=raw.size)
            continue
        if number == 1 and _pretty(raw):  # one JSON document over many lines, not JSON Lines
            yield from _or_empty(source, _read_decoded(source, stream, config, first=raw), config)
            return
        if not raw.strip():
            records -= 1
            continue
        try:
            text, encoding = _line_text(raw, number == 1)
        except Unreadable as exc:
            yield reject(source, exc.kind, exc.why, config, line=number, raw=raw)
            continue
        yield _parse(text, source, config, {"line": number}, encoding, raw)
    if not records:
        yield reject(source, "empty", "is empty (no JSON lines)", config, raw=b"")


def _or_empty(source: str, items: Iterator[Document | Rejected],
              config: Config) -> Iterator[Document | Rejected]:
    """The items, or a Rejected saying the input held no record at all."""
    count = 0
    for count, item in enumerate(items, 1):
        yield item
    if not count:
        yield reject(source, "empty", "holds no JSON records", config, raw=b"")


def _pretty(first_line: bytes) -> bool:
    """Whether a first line opens a JSON document spread over several lines."""
    start = first_line.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"["):
        return True
    if not start.startswith(b"{"):
        return False
    try:
        json.loads(start)
        return False
    except (ValueError, RecursionError):
        return True


def _read_decoded(source: str, stream: BinaryIO, config: Config,
                  first: bytes = b"") -> Iterator[Document | Rejected]:
    """A whole file decoded at once: UTF-16 JSON Lines, or one JSON document (an array of records,
    or one record) written over several lines."""
    try:
        data = first + read_capped(stream, config.ingest.max_bytes, config.ingest.keep_rejected_bytes)
        decoded = decode(data)
    except TooLarge as exc:
        yield reject(source, "too-large", f"is larger than the {config.ingest.max_bytes}-byte limit "
                     "(ingest.max_bytes)", config, raw=first + exc.head, raw_size=exc.size)
        return
    except Unreadable as exc:
        yield reject(source, exc.kind, exc.why, config, raw=data)
        return
    start = decoded.text.lstrip()[:1]
    records = None
    if start in ("[", "{"):
        try:
            records = json.loads(decoded.text)
        except (ValueError, RecursionError) as exc:
            if start == "[":
                yield reject(source, "json", f"is not a valid JSON array ({exc})", config, raw=data)
                return
    if isinstance(records, dict):
        yield record_document(records, source, config, {"line": 1}, decoded.encoding)
        return
    if records is not None:
        for item, record in enumerate(records if isinstance(records, list) else [records], 1):
            if isinstance(record, dict):
                yield record_document(record, source, config, {"item": item}, decoded.encoding)
            else:
                yield reject(source, "json", f"item {item} is not a JSON object", config,
                             raw=json.dumps(record).encode("utf-8"))
        return
    for number, line in enumerate(decoded.text.splitlines(), 1):
        if line.strip():
            yield _parse(line, source, config, {"line": number}, decoded.encoding,
                         line.encode("utf-8", "surrogatepass"))
