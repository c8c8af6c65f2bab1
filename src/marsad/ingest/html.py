"""HTML pages: the main text and the page's metadata, with trafilatura.

The text is trafilatura's main content, one block (paragraph, heading, list item, quote) per
paragraph, blocks separated by a blank line; line breaks inside a paragraph are kept as single
newlines. Title, author and outlet come from the page's metadata; the date from its
`article:published_time`-style tags when they hold a full datetime, else trafilatura's date.
"""
from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator

import trafilatura

from ..config import Config
from ..model import Document, Rejected
from .decode import Unreadable, decode
from .mojibake import mojibake_problem
from .records import document, iso_published, reject


CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
META_TAG = re.compile(r"<meta\s[^>]*>", re.I)
ATTRIBUTE = re.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
             "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date")
JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
BLOCKS = {"p", "head", "list", "item", "quote", "table", "row", "code"}
MAX_PAGE_CHARS = 20_000_000  # no news page is larger; parsing one that is costs minutes and gigabytes
MIN_WORDS = 5  # a page whose every line is shorter (menus, buttons) has no main text
HEAD = 256 * 1024  # metadata sits near the top of a page


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """The page as text: the HTTP or <meta> charset when it decodes cleanly, else detection."""
    declared = [charset] if charset else []
    declared += [m.decode("ascii", "ignore") for m in CHARSET.findall(data[:4096])]
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        for name in declared:
            try:
                html, encoding = data.decode(name), codecs.lookup(name).name
            except (LookupError, UnicodeDecodeError):
                continue
            if mojibake_problem(html) is None:  # pages often declare Latin-1 and hold Windows-1256
                return html, encoding
    decoded = decode(data)
    return decoded.text, decoded.encoding


def _block_text(element) -> str:
    """A block's text with <lb/> as a newline; spaces inside each line tidied."""
    parts: list[str] = []

    def walk(node):
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append("\n")
            else:
                walk(child)
                if child.tag in BLOCKS:
                    parts.append("\n")
            if child.tail:
                parts.append(child.tail)
    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def body_text(body) -> str:
    """trafilatura's main content tree as paragraphs separated by blank lines."""
    blocks = [_block_text(child) for child in body]
    return "\n\n".join(block for block in blocks if block)


def meta_published(html: str) -> str | None:
    """A full publication datetime from the page's meta tags or JSON-LD, when it has one."""
    head = html[:HEAD]
    for tag in META_TAG.findall(head):
        attrs = {k.lower(): a or b or c for k, a, b, c in ATTRIBUTE.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in DATE_KEYS and attrs.get("content"):
            published = iso_published(attrs["content"])
            if published:
                return published
    match = JSON_LD_DATE.search(head)
    return iso_published(match.group(1)) if match else None


def html_document(source: str, html: str, config: Config, *, raw: bytes, encoding: str,
                  url: str | None = None, **meta) -> Document | Rejected:
    """A Document for one decoded page (`raw` its bytes), or a Rejected when it has no main text."""
    for name in ("trafilatura", "htmldate"):  # what they log about a bad page we report as a Rejected
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if len(html) > MAX_PAGE_CHARS:
        return reject(source, "too-large", f"is an HTML page of {len(html)} characters, more than the "
                      f"{MAX_PAGE_CHARS} a news page can have", config, raw=raw)
    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                include_tables=True, output_format="python")
    except Exception as exc:  # a parser failure on a strange page must not stop the batch
        return reject(source, "html", f"could not be parsed as HTML ({type(exc).__name__})", config,
                      raw=raw)
    body = getattr(extracted, "body", None) if extracted is not None else None
    text = body_text(body) if body is not None else ""
    if not any(len(line.split()) >= MIN_WORDS for line in text.split("\n")):
        return reject(source, "no-text", "is an HTML page with no main text (at most menus or "
                      "captions)" if text.strip() else "is an HTML page with no main text", config, raw=raw)
    problem = mojibake_problem(text)
    if problem:
        return reject(source, "mojibake", f"has main text that {problem}", config, raw=raw)
    published = meta_published(html) or iso_published(extracted.date)
    return document(source, text, config, published=published, format="html", encoding=encoding,
                    url=extracted.url or url, outlet=extracted.sitename or extracted.hostname,
                    title=extracted.title, author=extracted.author, language=extracted.language,
                    **meta)


def read_html(source: str, data: bytes, config: Config) -> Iterator[Document | Rejected]:
    try:
        html, encoding = decode_html(data)
    except Unreadable as exc:
        yield reject(source, exc.kind, exc.why, config, raw=data)
        return
    yield html_document(source, html, config, raw=data, encoding=encoding)
