"""Speed of the time-expressions stage in articles/s, against a baseline measured in the same run.

    .venv/bin/python benchmarks/bench_time.py CORPUS [--limit N]

CORPUS is a JSON Lines file (.gz or not) with a "text" field and, optionally, a publication date in
"published" or "date_extracted" (e.g. ../shared/data/corpora/saudinewsnet/articles.jsonl.gz). The
baseline only folds each text to its search form (`marsad.text.normalize.search`), the pass any
matcher on the normalised text needs. The stage runs on unsegmented documents, so it reads them line
by line. Speeds are per CPU second of this process, with wall-clock figures beside them.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import texts_and_days  # noqa: E402

from marsad.config import Config  # noqa: E402
from marsad.model import Document  # noqa: E402
from marsad.text.normalize import search  # noqa: E402
import marsad.time  # noqa: E402


def timed(fn) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=3000, help="articles to read (default 3000)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"error: no such corpus file: {args.corpus}", file=sys.stderr)
        return 2
    articles = texts_and_days(args.corpus, args.limit)
    if not articles:
        print("error: the corpus holds no article with a text", file=sys.stderr)
        return 2
    config = Config()
    found = [0]

    def baseline():
        for text, _ in articles:
            search(text)

    def stage():
        for i, (text, published) in enumerate(articles):
            doc = marsad.time.run(Document(id=str(i), source="bench", text=text, published=published), config)
            found[0] += len(doc.times)

    base_cpu, base_wall = timed(baseline)
    stage_cpu, stage_wall = timed(stage)
    n = len(articles)
    mb = sum(len(t.encode("utf-8")) for t, _ in articles) / 1e6
    print(f"articles: {n} ({mb:.1f} MB of text); time expressions found: {found[0]} "
          f"({found[0] / n:.1f} per article)")
    print(f"baseline (search-form fold): {n / base_cpu:8.0f} articles/s CPU  ({n / base_wall:.0f} wall)")
    print(f"time stage:                  {n / stage_cpu:8.0f} articles/s CPU  ({n / stage_wall:.0f} wall)")
    print(f"ratio stage/baseline time: {stage_cpu / base_cpu:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
