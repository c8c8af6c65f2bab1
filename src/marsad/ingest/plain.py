"""Plain text files, and the seed-style layout: headline line(s), a line holding only a 32-hex
document id, then the body. The text is kept exactly as decoded; the segmenter cleans and splits it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..config import Config
from ..model import Document, Rejected
from .decode import Unreadable, decode_text
from .records import content_id, document, reject

ID_LINE = re.compile(r"^[ \t\u00a0\u200f\u200e]*([0-9a-fA-F]{32})[ \t\u00a0\u200f\u200e]*$", re.M)
MAX_HEADLINES = 5  # non-empty lines allowed before the id line
MAX_HEADLINE_CHARS = 600  # a longer line before the id is body text, not a headline
LOOK_AHEAD = 4000  # the id line sits at the top of the file


def find_id_line(text: str) -> re.Match | None:
    """The id line of a seed-style text, when the lines before it can only be headlines."""
    match = ID_LINE.search(text[:LOOK_AHEAD])
    if match is None:
        return None
    before = [line for line in text[:match.start()].splitlines() if line.strip()]
    if len(before) > MAX_HEADLINES or any(len(line) > MAX_HEADLINE_CHARS for line in before):
        return None
    return match


def text_document(source: str, text: str, config: Config, utf8: bytes | None = None,
                  **meta) -> Document:
    """A Document for one decoded text file, seed-style when it has an id line near the top."""
    match = find_id_line(text)
    if match is not None:
        return document(source, text, config, id=match.group(1).lower(), format="seed",
                        layout="headed", id_span=[match.start(1), match.end(1)], **meta)
    return document(source, text, config, id=content_id(text, utf8), format="text", **meta)


def read_text(source: str, data: bytes, config: Config) -> Iterator[Document | Rejected]:
    """One document for the whole file, or a Rejected saying why not."""
    try:
        decoded = decode_text(data)
    except Unreadable as exc:
        yield reject(source, exc.kind, exc.why, config, raw=data)
        return
    if not decoded.text.strip():
        yield reject(source, "empty", "holds only white space", config, raw=data)
        return
    utf8 = data if decoded.encoding == "utf-8" else None
    yield text_document(source, decoded.text, config, utf8=utf8, encoding=decoded.encoding)
