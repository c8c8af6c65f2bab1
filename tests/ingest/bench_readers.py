"""Reader speed: documents/s and MB/s of `marsad.ingest.read` over a corpus, against a bare baseline
(decompress, decode UTF-8, split lines, json.loads for JSON Lines) measured in the same run.

    .venv/bin/python tests/ingest/bench_readers.py [PATH ...]

Without a path it reads a corpus generated from the bundled fixtures (JSON Lines, HTML, RSS, Atom,
seed-style text). The real one: ../shared/data/corpora/saudinewsnet/articles.jsonl.gz.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from marsad.config import Config
from marsad.ingest import read
from marsad.model import Document

FIXTURES = Path(__file__).parent.parent / "fixtures"


def generated_corpus(folder: Path, copies: int = 40) -> list[str]:
    lines = (FIXTURES / "ingest" / "wikinews_sample.jsonl").read_text(encoding="utf-8").splitlines()
    with open(folder / "wikinews.jsonl", "w", encoding="utf-8") as out:
        for n in range(copies):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}-{n}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    for n in range(copies):
        for name in ("news_page.html", "feed.rss", "feed.atom"):
            shutil.copy(FIXTURES / "ingest" / name, folder / f"{n:03}-{name}")
        shutil.copy(FIXTURES / "seed" / "000_a68358c4f541d689.txt", folder / f"{n:03}-seed.txt")
    return [str(folder)]


def files(paths: list[str]):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                yield from (os.path.join(root, n) for n in sorted(names))
        else:
            yield path


def baseline(paths: list[str]) -> tuple[int, int]:
    """Bare reading: bytes in, UTF-8 text out, one JSON object per line."""
    count = size = 0
    for path in files(paths):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rb") as stream:
            data = stream.read()
        size += len(data)
        text = data.decode("utf-8", "replace")
        if ".jsonl" in path:
            count += sum(1 for line in text.splitlines() if line.strip() and json.loads(line))
        else:
            count += 1
    return count, size


def main(paths: list[str]) -> None:
    start = time.perf_counter()
    count, size = baseline(paths)
    bare = time.perf_counter() - start
    start = time.perf_counter()
    documents, rejected = 0, Counter()
    for item in read(paths, Config()):
        if isinstance(item, Document):
            documents += 1
        else:
            rejected[item.kind] += 1
    ours = time.perf_counter() - start
    mb = size / 1e6
    print(f"input: {mb:.1f} MB; {documents} documents, rejected: {dict(rejected) or 'none'}")
    print(f"readers:  {ours:6.2f} s  {documents / ours:8.0f} docs/s  {mb / ours:6.2f} MB/s")
    print(f"baseline: {bare:6.2f} s  {count / bare:8.0f} docs/s  {mb / bare:6.2f} MB/s")
    print(f"ratio (readers time / baseline time): {ours / bare:.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(sys.argv[1:])
    else:
        with tempfile.TemporaryDirectory() as folder:
            main(generated_corpus(Path(folder)))
