"""Speed, memory and index size of the near-duplicate index, against exact hashing alone.

    .venv/bin/python benchmarks/bench_dedup.py CORPUS.jsonl[.gz] [--limit N] [--lsh-library] [--one-by-one]

CORPUS is JSON Lines with `id`, `text` and optionally `source`/`outlet` and `date`/`published`
(the real one: ../shared/data/corpora/saudinewsnet/articles.jsonl.gz). Each text is split into
paragraphs at line breaks (one article per record) before the clock starts; then, each in its own
process so that peak memory is its own:
- marsad: DedupIndex.add_many into a fresh SQLite file (sign, query, decide, write), the bulk path
  of `marsad dedup` and rebuilds (batches of documents, each deciding as if added one by one), or
  with --one-by-one `add` with one transaction per document, as an ingest would call it;
- baseline: exact hashing alone, the same display-form key per paragraph and article, looked up
  and stored in an SQLite table the same way;
- with --lsh-library: datasketch's in-memory MinHashLSH fed the same signatures, for comparison
  with our LSH bands kept in SQLite (which the library cannot persist there).
Speeds are per CPU second of the measuring process, with wall-clock figures beside them.
"""
from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import os
import re
import resource
import sqlite3
import sys
import tempfile
import time
from hashlib import blake2b
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from marsad.config import Config  # noqa: E402
from marsad.model import Article, Document, Paragraph  # noqa: E402

TARGET_PARAGRAPHS_S, TARGET_BYTES = 5000, 1024
_LINE = re.compile(r"\S[^\n]*\S|\S")  # a paragraph: a line that is not blank


def load(path: str, limit: int | None) -> list[Document]:
    docs = []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(docs) >= limit:
                break
            r = json.loads(line)
            text = r.get("text") or ""
            paragraphs = [Paragraph(m.start(), m.end()) for m in _LINE.finditer(text)]
            docs.append(Document(id=str(r.get("id")), source=path, text=text,
                                 published=(r.get("published") or r.get("date_extracted") or "")[:10] or None,
                                 articles=[Article(0, len(text), paragraphs=paragraphs)],
                                 meta={"outlet": r.get("outlet") or r.get("source")}))
    return docs


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_marsad(docs, folder, one_by_one: bool = False) -> dict:
    from marsad.dedup import DedupIndex
    from marsad.dedup.groups import summary

    path = Path(folder) / "marsad.db"
    index = DedupIndex(str(path), Config())
    before = _peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    if one_by_one:  # as an ingest would: one transaction per document
        for doc in docs:
            index.add(doc)
    else:
        index.add_many(docs)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    s = summary(index)
    kinds = dict(index.db.execute(
        "SELECT kind, count(DISTINCT canonical) FROM dedup_item WHERE paragraph IS NULL AND canonical"
        " IS NOT NULL GROUP BY kind").fetchall())
    index.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    index.db.close()
    return {"cpu": cpu, "wall": wall, "peak_mb": _peak_mb(), "start_mb": before,
            "bytes": path.stat().st_size, **s, "exact_groups": kinds.get("exact", 0),
            "near_groups": kinds.get("near", 0) + kinds.get("contained", 0)}


def run_baseline(docs, folder) -> dict:
    from marsad.dedup.fold import display

    db = sqlite3.connect(str(Path(folder) / "exact.db"), isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE exact (key INTEGER, item INTEGER, PRIMARY KEY (key, item)) WITHOUT ROWID")
    before = _peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    item, groups, paragraphs = 0, set(), 0
    for doc in docs:
        texts = [display(doc.text[p.start:p.end]) for p in doc.articles[0].paragraphs]
        keys = [int.from_bytes(blake2b(t.encode(), digest_size=8, person=b"p").digest(), "little",
                               signed=True) for t in texts]
        keys.append(int.from_bytes(blake2b("\n".join(texts).encode(), digest_size=8, person=b"a").digest(),
                                   "little", signed=True))
        db.execute("BEGIN IMMEDIATE")
        seen = dict(db.execute(f"SELECT key, min(item) FROM exact WHERE key IN ({','.join('?' * len(keys))})"
                               " GROUP BY key", keys).fetchall())
        if keys[-1] in seen:
            groups.add(seen[keys[-1]])
        db.executemany("INSERT OR IGNORE INTO exact VALUES (?, ?)",
                       [(k, item + i) for i, k in enumerate(keys)])
        db.execute("COMMIT")
        item += len(keys)
        paragraphs += len(texts)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"cpu": cpu, "wall": wall, "peak_mb": _peak_mb(), "start_mb": before, "exact_groups": len(groups),
            "paragraphs": paragraphs}


def run_library_lsh(docs, folder) -> dict:
    from datasketch import LeanMinHash, MinHashLSH

    from marsad.dedup import acceptance
    from marsad.dedup.signature import PARAGRAPH, Signer

    config = Config().dedup
    signer = Signer(config)
    lsh = MinHashLSH(threshold=acceptance(config), num_perm=config.num_perm)
    before = _peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    n = copies = 0
    for doc in docs:
        for item in signer.items(doc):
            if item.level != PARAGRAPH:
                continue
            m = LeanMinHash(seed=1, hashvalues=item.sig.astype("uint32"), scheme="affine32")
            copies += bool(lsh.query(m))
            lsh.insert(n, m)
            n += 1
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"cpu": cpu, "wall": wall, "peak_mb": _peak_mb(), "start_mb": before, "paragraphs": n,
            "paragraph_copies": copies}


def _child(name, docs, folder, queue, options):
    queue.put(globals()[f"run_{name}"](docs, folder, **options))


def measure(name: str, docs, folder, **options) -> dict:
    ctx = mp.get_context("fork")  # the child shares the loaded documents, and has its own peak memory
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(name, docs, folder, queue, options))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")
    parser.add_argument("--lsh-library", action="store_true", help="also time datasketch's MinHashLSH")
    parser.add_argument("--one-by-one", action="store_true",
                        help="index with add() and one transaction per document, as an ingest does")
    args = parser.parse_args()
    if not os.path.exists(args.corpus):
        sys.exit(f"bench_dedup: {args.corpus}: no such file")
    docs = load(args.corpus, args.limit)
    paragraphs = sum(len(d.articles[0].paragraphs) for d in docs)
    print(f"corpus: {len(docs)} documents, {paragraphs} paragraphs (one per non-blank line)")
    with tempfile.TemporaryDirectory() as folder:
        base = measure("baseline", docs, folder)
        ours = measure("marsad", docs, folder, one_by_one=args.one_by_one)
        lib = measure("library_lsh", docs, folder) if args.lsh_library else None
    rate = paragraphs / ours["cpu"]
    per = ours["bytes"] / max(1, ours["paragraphs"])
    print(f"baseline (exact hashing alone): {paragraphs / base['cpu']:,.0f} paragraphs/s per CPU second "
          f"({paragraphs / base['wall']:,.0f} wall), peak memory {base['peak_mb']:.0f} MB "
          f"({base['start_mb']:.0f} MB before), {base['exact_groups']} exact article groups")
    how = "add per document" if args.one_by_one else "add_many"
    print(f"marsad dedup (exact + MinHash LSH, {how}): {rate:,.0f} paragraphs/s per CPU second "
          f"({paragraphs / ours['wall']:,.0f} wall), peak memory {ours['peak_mb']:.0f} MB "
          f"({ours['start_mb']:.0f} MB before)")
    print(f"  index: {ours['bytes'] / 1e6:.1f} MB for {ours['paragraphs']} indexed paragraphs = "
          f"{per:.0f} bytes "
          f"per paragraph (articles and containment included)")
    print(f"  article groups: {ours['exact_groups']} exact, {ours['near_groups']} near or contained; "
          f"{ours['article_copies']} article copies, {ours['paragraph_copies']} paragraph copies, "
          f"{ours['contained']} articles contained in another document")
    print(f"  ratio to the baseline: {rate / (paragraphs / base['cpu']):.2f} of its speed")
    if lib:
        print(f"datasketch MinHashLSH in memory (paragraphs only, same signatures): "
              f"{lib['paragraphs'] / lib['cpu']:,.0f} paragraphs/s per CPU second, peak memory "
              f"{lib['peak_mb']:.0f} MB ({lib['start_mb']:.0f} MB before), {lib['paragraph_copies']} "
              f"paragraphs with a candidate")
    verdict = "meets" if rate >= TARGET_PARAGRAPHS_S and per <= TARGET_BYTES else "misses"
    print(f"target ≥ {TARGET_PARAGRAPHS_S} paragraphs/s and ≤ {TARGET_BYTES} bytes per paragraph: {verdict}")


if __name__ == "__main__":
    main()
