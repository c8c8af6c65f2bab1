"""Evaluation of article boundaries in unheaded compilations: real articles glued without their titles.

Used by test_compilations.py on the texts the repo ships (Wikinews, CC BY 2.5; MultiLing 2011,
CC BY 3.0), and runnable on any JSON Lines corpus with a `text` field (plain or .gz) to measure:

    .venv/bin/python tests/segment/compilation_eval.py [CORPUS.jsonl[.gz] [N_ARTICLES [SEED]]]

Each run also measures headed compilations (every article keeps its title line on top).

Boundaries are the starts of the 2nd … last article (the first start is free); a found boundary
counts when it falls on a gold one. Single articles are also run alone: any cut is a false cut.
"""
from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

from marsad.config import Config
from marsad.model import Document
from marsad.segment import run

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROOT = Path(__file__).parent.parent.parent
# Wikinews records the upstream heuristic glued from two stories (see tests/fixtures/wikinews/README.md)
TWO_STORIES = {"farasa-wikinews-005", "farasa-wikinews-055"}


def wikinews(path: Path = ROOT / "demo" / "corpus" / "wikinews" / "articles.jsonl",
             headed: bool = False) -> list[str]:
    """Bodies of the Wikinews articles (paragraphs one a line, spaced out as a page would be),
    `headed`: with the title line on top."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] not in TWO_STORIES:
            out.append((rec["title"] + "\n\n" if headed else "") + rec["text"].strip().replace("\n", "\n\n"))
    return out


def multiling(path: Path = FIXTURES / "multiling2011-ar-dev" / "docs.jsonl", headed: bool = False) -> list[str]:
    """Bodies of the MultiLing 2011 articles without their first line (the title) unless `headed`."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"].strip()
        out.append(text if headed or "\n" not in text else text.split("\n", 1)[1].strip())
    return out


def jsonl(path: Path, limit: int, seed: int = 7, headed: bool = False) -> list[str]:
    """`limit` article bodies (`headed`: title line on top) drawn at random from a JSON Lines corpus."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    texts = [((r.get("title") or "").strip() + "\n\n" if headed else "") + r.get("text", "").strip()
             for r in recs if len(r.get("text", "").split()) >= 40]
    return random.Random(seed).sample(texts, min(limit, len(texts)))


def glue(texts: list[str], seed: int = 1, low: int = 2, high: int = 8) -> list[tuple[str, set[int]]]:
    """Random groups of `low`–`high` texts joined by a blank line, with the starts of articles 2…n."""
    order = texts[:]
    rng = random.Random(seed)
    rng.shuffle(order)
    groups, k = [], 0
    while k < len(order) - 1:
        n = min(rng.randint(low, high), len(order) - k)
        text, gold = "", set()
        for body in order[k:k + n]:
            if text:
                text += "\n\n"
                gold.add(len(text))
            text += body
        groups.append((text, gold))
        k += n
    return groups


def starts(text: str) -> set[int]:
    doc = run(Document(id="c", source="eval", text=text), Config(), )
    return {a.start for a in doc.articles[1:]}


def evaluate(texts: list[str], seed: int = 1) -> dict:
    """Boundary precision, recall, F1 on glued groups, and the share of single articles cut."""
    tp = found = gold_n = 0
    for text, gold in glue(texts, seed):
        got = starts(text)
        tp += len(got & gold)
        found += len(got)
        gold_n += len(gold)
    cut = sum(bool(starts(t)) for t in texts)
    p = tp / found if found else 0.0
    r = tp / gold_n if gold_n else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "boundaries": gold_n,
            "found": found, "singles": len(texts), "cut": cut, "false_cut": cut / len(texts)}


def line(name: str, m: dict) -> str:
    return (f"{name}: {m['boundaries']} boundaries, found {m['found']}, P={m['P']:.3f} R={m['R']:.3f} "
            f"F1={m['F1']:.3f}; single articles cut {m['cut']}/{m['singles']} ({m['false_cut']:.1%})")


if __name__ == "__main__":
    for headed in (False, True):
        kind = "headed" if headed else "unheaded"
        if len(sys.argv) > 1:
            n, seed = (int(a) for a in (sys.argv[2:] + ["1000", "7"][len(sys.argv[2:]):])[:2])
            print(line(f"{Path(sys.argv[1]).name} {kind}", evaluate(jsonl(Path(sys.argv[1]), n, seed, headed))))
        else:
            print(line(f"wikinews {kind}", evaluate(wikinews(headed=headed))))
            print(line(f"multiling {kind}", evaluate(multiling(headed=headed))))
