"""Background document frequencies: how common each story term is in Arabic news at large.

A handful of articles is too few to tell a rare, telling word from a common one, so the online
and batch frequencies start from counts over a general news corpus the repository ships. The file
is made by this module's command from ANERcorp's training part (news text, CC BY-SA 4.0), cut into
pseudo-articles of SENTENCES_PER_DOC sentences, with the same term extraction the clusterer uses:

    marsad train stories   (or: python -m marsad.text.background CORPUS...)

Rebuild it whenever terms.py or stopwords.py change. JSON Lines article files (a `text` field)
are accepted too, one record per document.
"""
from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .terms import count_terms

MODEL = Path(__file__).with_name("data") / "background_df.tsv.gz"
SENTENCES_PER_DOC = 15  # about the length of one news article
MIN_DF = 2  # terms seen once carry no frequency information worth shipping


def _conll_documents(path: Path):
    """Pseudo-articles from a `token tag` per line file with blank lines between sentences."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                if current:
                    sentences.append(" ".join(current))
                    current = []
                continue
            current.append(line.rsplit(" ", 1)[0])
    if current:
        sentences.append(" ".join(current))
    for i in range(0, len(sentences), SENTENCES_PER_DOC):
        yield " ".join(sentences[i:i + SENTENCES_PER_DOC])


def _jsonl_documents(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line).get("text") or ""


def build(paths: list[str], out: Path = MODEL) -> tuple[int, int]:
    """Count document frequencies over the inputs and write the model; returns (documents, terms)."""
    n, df = 0, Counter()
    for name in paths:
        path = Path(name)
        docs = _jsonl_documents(path) if path.suffix == ".jsonl" else _conll_documents(path)
        for text in docs:
            n += 1
            df.update(count_terms(text).keys())
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = sorted((t, c) for t, c in df.items() if c >= MIN_DF)
    body = f"#documents\t{n}\n" + "".join(f"{t}\t{c}\n" for t, c in kept)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(body.encode("utf-8"))  # mtime=0: the same input always gives the same bytes
    return n, len(kept)


@lru_cache(maxsize=1)
def load() -> tuple[int, dict[str, int]]:
    """(documents, term -> document frequency) of the shipped model; (0, {}) when it is missing."""
    if not MODEL.exists():
        return 0, {}
    n, df = 0, {}
    with gzip.open(MODEL, "rt", encoding="utf-8") as fh:
        for line in fh:
            term, count = line.rstrip("\n").split("\t")
            if term == "#documents":
                n = int(count)
            else:
                df[term] = int(count)
    return n, df


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m marsad.text.background CORPUS_FILE...")
    documents, terms = build(sys.argv[1:])
    print(f"{MODEL}: {terms} terms from {documents} documents")
