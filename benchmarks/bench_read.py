"""Speed of read + clean + segment, against a bare baseline measured in the same run.

    .venv/bin/python benchmarks/bench_read.py [CORPUS] [--limit N] [--megabytes MB]

CORPUS is a file or directory the readers accept (e.g. a JSON Lines corpus, .gz or not). Without
one, a corpus of about --megabytes of text is generated from the bundled demo texts. The baseline
only decodes the same inputs and splits each text on blank lines. Speeds are per CPU second of this
one process (so a busy machine skews them less), with wall-clock figures beside them.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "corpus"
TARGET_MB_S = 2.0


def generate_corpus(directory: Path, megabytes: float) -> Path:
    """JSON Lines of distinct documents: demo articles glued in varying runs, like a web crawl."""
    texts = [json.loads(line)["text"] for line in
             (DEMO / "wikinews" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    seed = next((DEMO / "seed").glob("*.txt")).read_text(encoding="utf-8")
    path, size, n = directory / "generated.jsonl", 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1e6:
            k = n % len(texts)
            parts = seed if n % 25 == 0 else "\n\n".join(texts[k:k + 1 + n % 4])
            record = {"id": f"bench-{n:06d}", "title": parts.split("\n", 1)[0][:80],
                      "text": f"{parts}\n\nتحديث رقم {n}", "outlet": "demo"}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(record["text"].encode("utf-8"))
            n += 1
    return path


def _files(corpus: Path) -> list[Path]:
    if corpus.is_dir():
        return sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [corpus]


def baseline(corpus: Path, limit: int | None) -> tuple[int, int]:
    """Decode every input and split each text on blank lines: (documents, text bytes)."""
    docs = size = 0
    for path in _files(corpus):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as fh:
            if ".jsonl" in path.suffixes:
                records = (json.loads(line).get("text") or "" for line in fh if line.strip())
            else:
                records = iter([fh.read().decode("utf-8", "replace")])
            for text in itertools.islice(records, None if limit is None else limit - docs):
                text.split("\n\n")
                docs += 1
                size += len(text.encode("utf-8"))
        if limit is not None and docs >= limit:
            break
    return docs, size


def pipeline(corpus: Path, limit: int | None, segment_too: bool = True) -> tuple[int, int, int]:
    """Read, clean and segment (or only read): (documents, text bytes, rejected)."""
    from marsad.config import Config
    from marsad.ingest import read
    from marsad.model import Rejected
    from marsad.segment import run as segment

    config = Config()
    docs = size = rejected = 0
    for item in itertools.islice(read([str(corpus)], config), limit):
        if isinstance(item, Rejected):
            rejected += 1
            continue
        if segment_too:
            segment(item, config)
        docs += 1
        size += len(item.text.encode("utf-8"))
    return docs, size, rejected


def timed(fn, *args):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="file or directory (default: generated)")
    parser.add_argument("--limit", type=int, default=None, help="measure only the first N documents")
    parser.add_argument("--megabytes", type=float, default=8.0, help="size of the generated corpus")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or generate_corpus(Path(tmp), args.megabytes)
        if not corpus.exists():
            print(f"bench_read: {corpus}: no such file or directory", file=sys.stderr)
            return 2
        print(f"corpus: {corpus if args.corpus else f'generated from demo/corpus ({args.megabytes:g} MB)'}")
        (b_docs, b_size), b_wall, b_cpu = timed(baseline, corpus, args.limit)
        try:
            (r_docs, r_size, _), r_wall, r_cpu = timed(pipeline, corpus, args.limit, False)
            (p_docs, p_size, rejected), p_wall, p_cpu = timed(pipeline, corpus, args.limit)
        except ImportError as exc:
            print(f"bench_read: the pipeline cannot be imported ({exc})", file=sys.stderr)
            return 2
    rows = [("baseline (decode + split on blank lines)", b_docs, b_size, b_wall, b_cpu),
            ("read only (the readers)", r_docs, r_size, r_wall, r_cpu),
            ("read + clean + segment", p_docs, p_size, p_wall, p_cpu)]
    for name, docs, size, wall, cpu in rows:
        print(f"{name:42} {docs:7d} docs {size / 1e6:8.2f} MB  cpu {cpu:7.2f} s "
              f"{docs / cpu:9.1f} docs/s {size / 1e6 / cpu:7.2f} MB/s  (wall {size / 1e6 / wall:6.2f} MB/s)")
    if rejected:
        print(f"rejected by the readers: {rejected}")
    mb_s = p_size / 1e6 / p_cpu
    ratio = (p_size / p_cpu) / (b_size / b_cpu) if b_size and b_cpu else float("nan")
    print(f"ratio pipeline/baseline: {ratio:.4f} (the pipeline runs at {ratio:.2%} of the baseline's speed)")
    print(f"target {TARGET_MB_S} MB/s on one core: {'met' if mb_s >= TARGET_MB_S else 'NOT met'} ({mb_s:.2f} MB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
