"""WARC and WARC.gz web archives with warcio, read record by record as a stream.

Each HTML response (or resource) record goes through the HTML reader; its WARC-Target-URI and
WARC-Date are kept in meta. Requests, metadata and non-HTML responses are not news and are passed over.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..config import Config
from ..model import Document, Rejected
from .decode import Unreadable
from .html import decode_html, html_document
from .records import reject
from .sources import STREAM_ERRORS, TooLarge, read_capped, stream_problem

HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Records(ArchiveIterator):
    """warcio's iterator without its warnings on standard error: a damaged record is reported as
    a Rejected record (or skipped over, as warcio does) instead."""
    INC_RECORD = ""
CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.I)


def _content_type(record) -> str:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _record(source: str, record, archive: ArchiveIterator, config: Config) -> Document | Rejected:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    try:
        data = read_capped(record.content_stream(), config.ingest.max_bytes,
                           config.ingest.keep_rejected_bytes)
    except TooLarge as exc:
        data = exc
    offset = archive.get_record_offset()  # only once the content is read: asking reads past it
    where = f"record at byte {offset} ({uri})"
    if isinstance(data, TooLarge):
        exc = data
        return reject(source, "too-large", f"{where} is larger than the {config.ingest.max_bytes}-byte "
                      "limit (ingest.max_bytes)", config, raw=exc.head, raw_size=exc.size)
    charset = CHARSET.search(_content_type(record))
    try:
        html, encoding = decode_html(data, charset.group(1) if charset else None)
    except Unreadable as exc:
        return reject(source, exc.kind, f"{where} {exc.why}", config, raw=data)
    result = html_document(source, html, config, raw=data, encoding=encoding, url=uri,
                           warc_target_uri=uri, warc_date=record.rec_headers.get_header("WARC-Date"),
                           warc_offset=offset)
    if isinstance(result, Rejected):  # name the record, not only the file
        result.reason = result.reason.replace(f"{source} ", f"{source}, {where}, ", 1)
    return result


def read_warc(source: str, stream: BinaryIO, config: Config) -> Iterator[Document | Rejected]:
    pages = 0
    try:
        archive = _Records(stream)
        for record in archive:
            if record.rec_type not in ("response", "resource"):
                continue
            if not _content_type(record).lower().startswith(HTML_TYPES):
                continue
            pages += 1
            yield _record(source, record, archive, config)
    except ArchiveLoadFailed as exc:
        msg = " ".join(str(exc).split())[:200]
        yield reject(source, "warc", f"is not a readable WARC file ({msg})", config)
        return
    except STREAM_ERRORS as exc:
        kind, why = stream_problem(exc)
        yield reject(source, kind, f"{why} after {pages} HTML records", config)
        return
    if pages == 0:
        yield reject(source, "no-text", "is a WARC file with no HTML response records", config)
