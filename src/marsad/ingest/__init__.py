"""The readers: every input becomes raw Documents or Rejected records, never an exception.

    from marsad.ingest import read
    for item in read(["corpus/", "feed.xml", "-"], config, stdin=sys.stdin.buffer):
        ...  # Document (text as decoded, id, source, published, meta) or Rejected

Formats: seed-style text (headlines, a 32-hex id line, the body), plain text, JSON Lines (and a JSON
array), HTML, RSS/Atom, WARC(.gz); inside directories, `.gz` and `.zip`, or on standard input.
A Document's `text` is the decoded original, never cleaned: the segmenter cleans and splits it.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..config import Config
from ..model import Document, Rejected
from .decode import Unreadable, decode, decode_text
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .plain import read_text
from .progress import ReadProgress
from .records import reject
from .sniff import detect_format
from .sources import STREAM_ERRORS, Input, TooLarge, inputs, raw_bytes, read_capped, stream_problem
from .warc import read_warc

__all__ = ["read", "read_input", "ReadProgress", "decode", "decode_text", "detect_format", "Unreadable",
           "read_text", "read_jsonl", "read_html", "read_feed", "read_warc", "READERS"]

WHOLE = {"text": read_text, "html": read_html, "feed": read_feed}  # readers of the whole content
STREAMING = {"jsonl": read_jsonl, "warc": read_warc}  # readers of a stream, record by record
READERS = {**WHOLE, **STREAMING}


def _buffered(stream: BinaryIO) -> BinaryIO:
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)


def _read_stream(inp: Input, fmt: str, config: Config) -> Iterator[Document | Rejected]:
    with inp.open() as stream:
        yield from STREAMING[fmt](inp.name, _buffered(stream), config)


def _read_whole(inp: Input, fmt: str, config: Config) -> Iterator[Document | Rejected]:
    limit = config.ingest.max_bytes
    if inp.size is not None and inp.size > limit:
        raise TooLarge(b"", inp.size)
    with inp.open() as stream:
        data = read_capped(stream, limit, config.ingest.keep_rejected_bytes, inp.size)
    yield from WHOLE[fmt](inp.name, data, config)


def _head(inp: Input, size: int = 64 * 1024) -> bytes:
    """The start of the content, for format detection; a damaged stream gives what it can."""
    parts: list[bytes] = []
    with inp.open() as stream:
        while sum(map(len, parts)) < size:
            try:
                chunk = stream.read(4096)
            except STREAM_ERRORS:
                if not parts:
                    raise
                break  # the reader reads up to the damage and reports it
            if not chunk:
                break
            parts.append(chunk)
    return b"".join(parts)


def read_input(inp: Input, config: Config) -> Iterator[Document | Rejected]:
    """Everything one input holds; whatever goes wrong becomes a Rejected record."""
    try:
        fmt = detect_format(inp.hint, _head(inp))
        yield from (_read_stream if fmt in STREAMING else _read_whole)(inp, fmt, config)
    except TooLarge as exc:
        raw = exc.head or raw_bytes(inp, config.ingest.keep_rejected_bytes, count=False)[0]
        size = exc.size
        yield reject(inp.name, "too-large", f"is {size} bytes, over the {config.ingest.max_bytes}-byte "
                     "limit (ingest.max_bytes)", config, raw=raw, raw_size=size)
    except STREAM_ERRORS as exc:
        kind, why = stream_problem(exc)
        raw, size = raw_bytes(inp, config.ingest.keep_rejected_bytes)
        yield reject(inp.name, kind, why, config, raw=raw, raw_size=size)
    except Exception as exc:  # a reader bug on one input must not stop the batch
        raw, size = raw_bytes(inp, config.ingest.keep_rejected_bytes)
        yield reject(inp.name, "error", f"could not be read ({type(exc).__name__}: {exc})", config,
                     raw=raw, raw_size=size)


def read(paths: Iterable[str], config: Config, stdin: BinaryIO | None = None,
         progress: ReadProgress | None = None) -> Iterator[Document | Rejected]:
    """Raw Documents and Rejected records for every input under `paths` ("-" is standard input);
    `progress`, when given, follows the bytes consumed as each item is handed out."""
    for item in inputs(paths, config, stdin):
        if isinstance(item, Rejected):
            yield item
            continue
        if progress is not None:
            progress.enter(item.file, item.offset)
        for result in read_input(item, config):
            if isinstance(result, Rejected) and result.raw is None and result.line is None:
                result.raw, result.raw_size = raw_bytes(item, config.ingest.keep_rejected_bytes)
            yield result
            result = None  # a large document must not stay alive while the next input is read
    if progress is not None:
        progress.finish()
