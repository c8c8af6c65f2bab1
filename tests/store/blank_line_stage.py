"""A minimal analysis stage for runner tests: one article, paragraphs at blank lines, exact
duplicates flagged; it fails on a text containing FAIL, as a buggy stage would."""
from __future__ import annotations

import re

from marsad.model import Article, Paragraph, ParagraphRef

calls: list[str] = []


def run(doc, config):
    calls.append(doc.id)
    if "FAIL" in doc.text:
        raise ValueError("cannot split this text")
    paragraphs, first_seen = [], {}
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", doc.text):
        ref = first_seen.get(m.group())
        paragraphs.append(Paragraph(m.start(), m.end(), duplicate_of=None if ref is None else ParagraphRef(0, ref)))
        first_seen.setdefault(m.group(), len(paragraphs) - 1)
    if paragraphs:
        doc.articles = [Article(paragraphs[0].start, paragraphs[-1].end, paragraphs=paragraphs)]
    return doc
