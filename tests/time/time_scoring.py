"""Shared scoring for the time gold sets: item-by-item lines, value accuracy and extras."""
from __future__ import annotations

from marsad.config import Config
from marsad.model import Document
import marsad.time


def analyse(text: str, published: str | None, doc_id: str = "gold") -> Document:
    doc = Document(id=doc_id, source=doc_id, text=text)
    return marsad.time.run(doc, Config(published=published))


def report(title: str, rows: list[tuple[bool, str]], extras: list[str]) -> float:
    """Print every gold item (OK/MISS) and every emitted expression not in gold; return accuracy."""
    right = sum(ok for ok, _ in rows)
    print(f"\n== {title}: {right}/{len(rows)} time values exactly right")
    for ok, line in rows:
        print(("  OK   " if ok else "  MISS ") + line)
    print(f"-- emitted but not in gold: {len(extras)}")
    for line in extras:
        print("  +    " + line)
    return right / len(rows) if rows else 0.0
