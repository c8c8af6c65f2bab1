"""Which reader an input needs: by what its content starts with, then by its file extension."""
from __future__ import annotations

import json
import re

FORMATS = ("text", "jsonl", "html", "feed", "warc")
EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
    ".warc": "warc",
}
FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.I)
HTML_START = re.compile(r"<(!doctype\s+html|html|head|body)[\s>]", re.I)
HTML_INSIDE = re.compile(r"<(html|body|article|div|p|h1|title)[\s>]", re.I)


def _head_text(head: bytes) -> str:
    """The start of the content as text, good enough to look at (UTF-16 included)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    if head[:200].count(0) * 4 > len(head[:200]):  # UTF-16 without a byte-order mark
        return head.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", "ignore")
    return head.decode("utf-8", "ignore").lstrip("\ufeff")


def _json_object_line(text: str) -> bool:
    first = text.lstrip().split("\n", 1)
    if len(first) < 2:  # a single line cut off by the sample: judge by its start
        return bool(re.match(r'\s*\{\s*"', first[0]))
    try:
        return isinstance(json.loads(first[0]), dict)
    except ValueError:
        return bool(re.match(r'\s*\{\s*"', first[0]))


def detect_format(hint: str, head: bytes) -> str:
    """One of FORMATS for an input named `hint` whose content starts with `head`."""
    if head.startswith(b"WARC/"):
        return "warc"
    text = _head_text(head)
    start = text.lstrip()[:4096]
    if start.startswith("<?xml") or start.startswith("<rss") or start.startswith("<feed"):
        if FEED_ROOT.search(start):
            return "feed"
        if HTML_START.search(start):
            return "html"
    elif HTML_START.match(start):
        return "html"
    if start.startswith("{") and _json_object_line(text):
        return "jsonl"
    if re.match(r"\[\s*(\{|\]\s*$)", start):  # a JSON array of records (or an empty one)
        return "jsonl"
    for extension, fmt in EXTENSIONS.items():
        if hint.endswith(extension):
            return fmt
    if start.startswith("<") and HTML_INSIDE.search(start):
        return "html"
    return "text"
