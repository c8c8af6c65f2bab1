"""RSS and Atom feeds with feedparser: one Document per item.

The item's full content when it has one (content:encoded, Atom content), otherwise its summary;
HTML inside items reduced to text with paragraphs separated by blank lines. Item link, date and the
feed's title become url, published and outlet.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone

import feedparser
import lxml.html
from lxml import etree

from ..config import Config
from ..model import Document, Rejected
from .decode import Unreadable, decode
from .mojibake import mojibake_problem
from .records import document, iso_published, reject

BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
              "table", "section", "article", "header", "footer", "figure", "figcaption", "pre", "dd", "dt"}
SKIP_TAGS = {"script", "style", "noscript", "template"}
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=""", re.I)


def _str(value) -> str:
    return value if isinstance(value, str) else ""  # feedparser leaves some values None


def fragment_text(markup: str | None) -> str:
    """Text of an HTML fragment: blocks separated by blank lines, <br> kept as a newline."""
    markup = _str(markup)
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup.strip()
    parts: list[str] = []

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in SKIP_TAGS:
            parts.append(node.tail or "")
            return
        if tag in BLOCK_TAGS:
            parts.append("\n\n")
        elif tag == "br":
            parts.append("\n")
        parts.append((node.text or "") if tag else "")  # a comment's text is not content
        for child in node:
            walk(child)
        if tag in BLOCK_TAGS:
            parts.append("\n\n")
        parts.append(node.tail or "")
    walk(root)
    paragraphs = []
    for block in re.split(r"\n\s*\n", "".join(parts)):
        lines = (" ".join(line.split()) for line in block.split("\n"))
        block = "\n".join(line for line in lines if line)
        if block:
            paragraphs.append(block)
    return "\n\n".join(paragraphs)


def _detail_text(detail) -> str:
    if not isinstance(detail, dict):
        return ""
    if detail.get("type") == "text/plain":
        return _str(detail.get("value")).strip()
    return fragment_text(detail.get("value"))


def _entry_text(entry) -> tuple[str, str]:
    """(text, what it came from): the longest full content, else the summary."""
    contents = [_detail_text(c) for c in entry.get("content") or []]
    contents = [c for c in contents if c]
    if contents:
        return max(contents, key=len), "content"
    summary = _detail_text(entry.get("summary_detail")) or fragment_text(entry.get("summary"))
    return summary, "summary"


def _entry_published(entry) -> str | None:
    for key in ("published", "updated", "created"):
        published = iso_published(entry.get(key))
        if published:
            return published
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return None


def _headers(data: bytes) -> dict[str, str]:
    """An HTTP-style charset for a feed that is not UTF-8 and does not declare its encoding."""
    if XML_ENCODING.match(data[:200]) or data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return {}
    try:
        data.decode("utf-8")
        return {}
    except UnicodeDecodeError:
        return {"content-type": f"application/xml; charset={decode(data).encoding}"}


def read_feed(source: str, data: bytes, config: Config) -> Iterator[Document | Rejected]:
    try:
        parsed = feedparser.parse(data, response_headers=_headers(data), resolve_relative_uris=False)
    except Unreadable as exc:
        yield reject(source, exc.kind, exc.why, config, raw=data)
        return
    except Exception as exc:  # a parser failure on a strange feed must not stop the batch
        yield reject(source, "feed", f"could not be parsed as a feed ({type(exc).__name__})", config,
                     raw=data)
        return
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = (f"is not a readable RSS or Atom feed ({problem})" if parsed.get("bozo")
               else "is a feed with no items")
        yield reject(source, "feed" if parsed.get("bozo") else "no-text", why, config, raw=data)
        return
    outlet = fragment_text(parsed.feed.get("title")) or None
    for item, entry in enumerate(parsed.entries, 1):
        try:
            yield _item_document(source, entry, item, outlet, parsed.get("encoding"), config)
        except Exception as exc:  # an item feedparser built oddly must not lose the others
            yield reject(source, "feed", f"item {item} could not be read ({type(exc).__name__})", config,
                         raw=data)


def _item_document(source: str, entry, item: int, outlet: str | None, encoding: str | None,
                   config: Config) -> Document | Rejected:
    text, text_from = _entry_text(entry)
    title = fragment_text(entry.get("title")) or None
    if not text:
        return reject(source, "no-text", f"item {item} has neither content nor summary", config,
                      raw=(title or "").encode("utf-8"))
    problem = mojibake_problem(text + "\n" + (title or ""))
    if problem:
        return reject(source, "mojibake", f"item {item} has text that {problem}", config,
                      raw=text.encode("utf-8", "surrogatepass"))
    tags = [t.get("term") for t in entry.get("tags") or [] if isinstance(t, dict) and t.get("term")]
    return document(source, text, config, published=_entry_published(entry), format="feed",
                    encoding=encoding, item=item, url=_str(entry.get("link")) or None,
                    outlet=outlet, title=title, author=_str(entry.get("author")) or None,
                    guid=_str(entry.get("id")) or None, text_from=text_from, categories=tags or None)
