"""Documents for the dedup tests, built by hand or through the real reader and segmenter."""
from __future__ import annotations

import json
import re
from pathlib import Path

from marsad.config import Config
from marsad.model import Article, Document, Paragraph

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed" / "000_a68358c4f541d689.txt"
GOLD = FIXTURES / "seed" / "gold.json"
WIKINEWS = Path(__file__).resolve().parents[2] / "demo" / "corpus" / "wikinews" / "articles.jsonl"


def document(doc_id: str, articles: list[list[str]], outlet: str | None = None,
             published: str | None = None) -> Document:
    """A document whose articles are separated by blank lines, one paragraph per line."""
    text, built = "", []
    for paragraphs in articles:
        if text:
            text += "\n\n"
        start, spans = len(text), []
        for p in paragraphs:
            if text and not text.endswith("\n"):
                text += "\n"
            spans.append(Paragraph(len(text), len(text) + len(p)))
            text += p
        built.append(Article(start, len(text), paragraphs=spans))
    return Document(id=doc_id, source="test", text=text, published=published, articles=built,
                    meta={"outlet": outlet} if outlet else {})


def by_lines(doc_id: str, text: str) -> Document:
    """One article, one paragraph per non-blank line (when the segmenter is not there)."""
    spans = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return Document(id=doc_id, source="test", text=text, articles=[Article(0, len(text), paragraphs=spans)])


def seed_document() -> Document:
    """The seed, read and segmented by the project's own stages when they are installed."""
    try:
        from marsad.ingest import read
        from marsad.segment import run
    except ImportError:
        return by_lines("f77f54d92b0e4fd98299023ea982af3c", SEED.read_text(encoding="utf-8"))
    config = Config()
    doc = next(d for d in read([str(SEED)], config) if isinstance(d, Document))
    doc = run(doc, config)
    for _, _, paragraph in doc.paragraphs():
        paragraph.duplicate_of = None  # the segmenter's own flags; the index must find them itself
    return doc


def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def wikinews() -> list[dict]:
    with WIKINEWS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
