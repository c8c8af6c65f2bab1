"""Speed of the quotations and events stages (with time expressions), in articles per second,
against a bare baseline measured in the same run.

    .venv/bin/python benchmarks/bench_quotes_events.py CORPUS [--limit N]

CORPUS is a JSON Lines file (.gz or not) with `text` and, optionally, `date_extracted` or
`published` (e.g. ../shared/data/corpora/saudinewsnet/articles.jsonl.gz). The articles are read
once into memory; then the baseline only tokenizes each text (the tokenizer the stages use), and
the measured run applies time + quotes + events to fresh documents. Times are CPU seconds of this
process, with wall-clock beside them.
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


def timed(fn) -> tuple[float, float, object]:
    c0, w0 = time.process_time(), time.perf_counter()
    result = fn()
    return time.process_time() - c0, time.perf_counter() - w0, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=1000, help="articles to read (default 1000)")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"{args.corpus}: no such file", file=sys.stderr)
        return 2

    from marsad.config import Config
    from marsad.events import run as events
    from marsad.model import Document
    from marsad.quotes import run as quotes
    from marsad.quotes.phrases import tokenize

    try:
        from marsad.time import run as times
    except (ImportError, AttributeError):
        times = None
    articles = texts_and_days(args.corpus, args.limit)
    n = len(articles)
    size = sum(len(t.encode("utf-8")) for t, _ in articles)
    config = Config()

    def baseline():
        for text, _ in articles:
            tokenize(text)

    def stages(with_time: bool):
        found = [0, 0, 0]
        for i, (text, date) in enumerate(articles):
            doc = Document(id=str(i), source="bench", text=text, published=date)
            if with_time and times:
                doc = times(doc, config)
            doc = events(quotes(doc, config), config)
            found[0] += sum(q.kind == "direct" for q in doc.quotes)
            found[1] += sum(q.kind == "reported" for q in doc.quotes)
            found[2] += len(doc.events)
        return found

    b_cpu, b_wall, _ = timed(baseline)
    q_cpu, q_wall, found = timed(lambda: stages(False))
    a_cpu, a_wall, _ = timed(lambda: stages(True))
    print(f"{n} articles, {size / 1e6:.1f} MB of text from {args.corpus.name}")
    print(f"baseline (tokenize only):      {n / b_cpu:8.1f} articles/s CPU ({n / b_wall:.1f} wall)")
    print(f"quotes + events:               {n / q_cpu:8.1f} articles/s CPU ({n / q_wall:.1f} wall)"
          f"   ratio to baseline {b_cpu / q_cpu:.3f}")
    if times:
        print(f"times + quotes + events:       {n / a_cpu:8.1f} articles/s CPU ({n / a_wall:.1f} wall)"
              f"   ratio to baseline {b_cpu / a_cpu:.3f}")
    print(f"found: {found[0]} direct quotations, {found[1]} reported, {found[2]} events "
          f"({found[0] / max(1, n):.2f}, {found[1] / max(1, n):.2f}, {found[2] / max(1, n):.2f} per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
