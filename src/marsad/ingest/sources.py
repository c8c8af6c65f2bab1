"""Where inputs come from: paths, directories (recursive, sorted, hidden names skipped), standard
input, `.gz` files and `.zip` members (named `archive.zip:member.txt`).

Each input is an `Input`: a name and a way to open its (decompressed) bytes as a stream, so the
streaming readers (JSON Lines, WARC) never hold a whole file and the others read it once.
"""
from __future__ import annotations

import gzip
import io
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..config import Config
from ..model import Rejected

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # an archive with members, an empty archive
CHUNK = 1 << 20
MAX_NESTING = 3  # a zip in a gz in a zip is fine; deeper is a decompression trap
# what reading a damaged compressed stream raises
STREAM_ERRORS = (EOFError, OSError, zlib.error, zipfile.BadZipFile, RuntimeError, ValueError)


@dataclass
class Input:
    name: str  # the source name documents and rejects carry
    open: Callable[[], BinaryIO]  # a fresh stream of the content (decompressed)
    size: int | None = None  # content size when known without reading it
    open_raw: Callable[[], BinaryIO] | None = None  # the stored bytes (compressed), for rejects
    hint: str = ""  # the name that tells the format: ".gz" stripped, lower-cased
    file: str | None = None  # the file on disk this input comes from (None: standard input)
    offset: Callable[[], int] | None = None  # how far into that file reading has got, for progress

    def __post_init__(self):
        if not self.hint:
            self.hint = self.name.lower()


class TooLarge(Exception):
    def __init__(self, head: bytes, size: int):
        super().__init__(f"{size} bytes")
        self.head, self.size = head, size


def read_capped(stream: BinaryIO, limit: int, keep: int, size: int | None = None) -> bytes:
    """All of a stream up to `limit` bytes; past it, raise TooLarge with the first `keep` bytes.

    With the `size` known, one read of exactly that much; otherwise chunk by chunk, so a small input
    never costs a buffer of `limit` bytes.
    """
    if size is not None and size <= limit:
        data = stream.read(size + 1)
        if len(data) <= size:
            return data
        chunks = [data]
    else:
        chunks = []
    total = sum(len(c) for c in chunks)
    while total <= limit and (chunk := stream.read(CHUNK)):
        chunks.append(chunk)
        total += len(chunk)
    if total <= limit:
        return b"".join(chunks)
    head = _head(chunks, keep)
    del chunks  # do not hold the whole oversized input while counting the rest
    while chunk := stream.read(CHUNK):
        total += len(chunk)
    raise TooLarge(head, total)


def _head(chunks: list[bytes], keep: int) -> bytes:
    parts, taken = [], 0
    for chunk in chunks:
        if taken >= keep:
            break
        parts.append(chunk[:keep - taken])
        taken += len(parts[-1])
    return b"".join(parts)


def raw_bytes(inp: Input, keep: int, count: bool = True) -> tuple[bytes | None, int | None]:
    """The stored bytes of an input, capped at `keep`, and (when `count`) their full size."""
    try:
        with (inp.open_raw or inp.open)() as stream:
            head = stream.read(keep)
            size = len(head)
            while count and (chunk := stream.read(CHUNK)):
                size += len(chunk)
            return head, size if count else None
    except STREAM_ERRORS:
        return None, None


def stream_problem(exc: BaseException) -> tuple[str, str]:
    """A reject kind and clause for an error raised while reading a (compressed) stream."""
    if isinstance(exc, EOFError):
        return "truncated", "is truncated: the compressed data ends before its end marker"
    if isinstance(exc, (zlib.error, gzip.BadGzipFile)):
        return "corrupt", f"has corrupt compressed data ({exc})"
    if isinstance(exc, zipfile.BadZipFile):
        return "corrupt", f"is a damaged zip member ({exc})"
    if isinstance(exc, RuntimeError):  # zipfile: encrypted member, no password
        return "unreadable", f"cannot be read ({exc})"
    return "unreadable", f"cannot be read ({exc.__class__.__name__}: {exc})"


def _hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in name.replace("\\", "/").split("/")
               if part)


def _gunzip(stream: BinaryIO) -> gzip.GzipFile:
    """A decompressing stream that closes the compressed one with itself."""
    unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
    unzipped.myfileobj = stream  # GzipFile closes `myfileobj` when it closes
    return unzipped


def _peek(opener: Callable[[], BinaryIO]) -> bytes:
    with opener() as stream:
        return stream.read(4)


def _expand(inp: Input, config: Config, depth: int = 0) -> Iterator[Input | Rejected]:
    """An input as it is, or the inputs inside it when it is a gzip file or a zip archive."""
    try:
        magic = _peek(inp.open)
    except STREAM_ERRORS as exc:
        kind, why = stream_problem(exc)
        raw, size = raw_bytes(inp, config.ingest.keep_rejected_bytes)
        yield Rejected(inp.name, f"{inp.name} {why}.", kind=kind, raw=raw, raw_size=size)
        return
    nested = magic.startswith(GZIP_MAGIC) or magic.startswith(ZIP_MAGIC)
    if nested and depth >= MAX_NESTING:
        yield Rejected(inp.name, f"{inp.name} is an archive nested more than {MAX_NESTING} deep.",
                       kind="too-deep")
        return
    if magic.startswith(GZIP_MAGIC):
        outer = inp.open
        hint = inp.hint[:-3] if inp.hint.endswith(".gz") else inp.hint
        inner = Input(inp.name, lambda: _gunzip(outer()), open_raw=inp.open_raw or outer, hint=hint,
                      file=inp.file, offset=inp.offset)
        yield from _expand(inner, config, depth + 1)
    elif magic.startswith(ZIP_MAGIC):
        yield from _zip_members(inp, config, depth)
    else:
        yield inp


def _zip_members(inp: Input, config: Config, depth: int) -> Iterator[Input | Rejected]:
    stream = None
    try:
        stream = inp.open()
        if not stream.seekable():  # a zip inside a gz: zipfile needs to seek
            data = read_capped(stream, config.ingest.max_bytes, 0)
            stream.close()
            stream = io.BytesIO(data)
        archive = zipfile.ZipFile(stream)
    except (TooLarge, *STREAM_ERRORS) as exc:
        if stream is not None:
            stream.close()
        raw, size = raw_bytes(inp, config.ingest.keep_rejected_bytes)
        if isinstance(exc, TooLarge):
            yield Rejected(inp.name, f"{inp.name} is a compressed zip archive larger than the "
                                     f"{config.ingest.max_bytes}-byte limit (ingest.max_bytes).",
                           kind="too-large", raw=raw, raw_size=exc.size)
        else:
            kind, why = ("corrupt", f"({exc})") if isinstance(exc, zipfile.BadZipFile) else \
                stream_problem(exc)
            yield Rejected(inp.name, f"{inp.name} is not a readable zip archive {why}.", kind=kind,
                           raw=raw, raw_size=size)
        return
    with stream, archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir() or _hidden(info.filename):
                continue
            name = f"{inp.name}:{info.filename}"
            opener = (lambda info=info: archive.open(info))
            member = Input(name, opener, size=info.file_size, file=inp.file, offset=inp.offset)
            yield from _expand(member, config, depth + 1)


def _file(path: str, config: Config) -> Iterator[Input | Rejected]:
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        yield Rejected(path, f"{path} cannot be opened ({exc.strerror or exc}).", kind="unreadable")
        return
    opened: list[BinaryIO] = []

    def open_file() -> BinaryIO:
        opened[:] = [open(path, "rb")]
        return opened[0]

    def offset() -> int:  # the logical position of the last stream opened: compressed bytes for .gz
        if not opened:
            return 0
        return size if opened[0].closed else opened[0].tell()

    yield from _expand(Input(path, open_file, size=size, file=path, offset=offset), config)


def _directory(path: str, config: Config) -> Iterator[Input | Rejected]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield from _file(os.path.join(root, name), config)


def _stdin(stream: BinaryIO, config: Config) -> Iterator[Input | Rejected]:
    """Standard input, copied to a temporary file so it can be looked at and then read as a
    stream: a large JSON Lines or WARC stream is read record by record like a file."""
    with tempfile.TemporaryDirectory(prefix="marsad-stdin-") as folder:
        path = os.path.join(folder, "stdin")
        try:
            with open(path, "wb") as copy:
                shutil.copyfileobj(stream, copy, CHUNK)
        except OSError as exc:
            yield Rejected("-", f"standard input could not be read ({exc.strerror or exc}).",
                           kind="unreadable")
            return
        size = os.path.getsize(path)
        inp = Input("-", lambda: open(path, "rb"), size=size)
        for item in _expand(inp, config):
            yield item  # the consumer reads it before asking for the next, while the copy exists


def inputs(paths, config: Config, stdin: BinaryIO | None = None) -> Iterator[Input | Rejected]:
    """Every input named by `paths` ("-" is standard input), in order, directories walked sorted."""
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            if stdin is None:
                yield Rejected("-", "standard input was named but none was given.", kind="missing")
            else:
                yield from _stdin(stdin, config)
        elif os.path.isdir(path):
            yield from _directory(path, config)
        elif os.path.exists(path):
            yield from _file(path, config)
        else:
            yield Rejected(path, f"{path} does not exist.", kind="missing")
