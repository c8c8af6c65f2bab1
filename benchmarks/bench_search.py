"""Search on SQLite and PostgreSQL side by side: index build time, index size, query latency.

    .venv/bin/python benchmarks/bench_search.py CORPUS.jsonl[.gz] [--limit N] [--pg URL]

CORPUS is JSON Lines with "id", "text" and optionally "title", "source"/"outlet" and a date
(e.g. SaudiNewsNet's articles.jsonl.gz: measured here, never shipped). Each record becomes one
stored document of one article, paragraphs split at line breaks (the analysis stages are not run:
this measures storing and indexing). Without --pg a throwaway cluster is started as in the tests.
Latency is over a fixed list of 200 queries (words, word pairs, phrases, names), each run once
after one warm-up pass, ten articles with snippets per query; wall clock and this process's CPU
time are both shown, since a busy machine stretches the first. The baseline is the raw text:
targets on SQLite are p95 < 50 ms and an index no larger than the raw text.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store_pg"))

from marsad.model import Article, Document, Paragraph  # noqa: E402
from marsad.search import search  # noqa: E402
from marsad.store import open_store  # noqa: E402

WORDS = """الحكومة الرئيس وزير الاقتصاد النفط الأسعار المملكة الرياض جدة التعليم الصحة المستشفى الأمن
الشرطة المحكمة الانتخابات البرلمان المعارضة الحرب السلام المفاوضات الاجتماع القمة المؤتمر الشركة
البنك الاستثمار السوق الأسهم الطاقة الكهرباء المياه الزراعة السياحة الطيران المطار الجامعة الطلاب
المعلمين الرياضة المنتخب الدوري الهلال النصر الاتحاد الأهلي المباراة اللاعب المدرب الإرهاب التحالف
الحوثيين اليمن سوريا العراق مصر إيران تركيا روسيا أمريكا فلسطين لبنان الأردن الكويت قطر الإمارات
البحرين عمان أوباما بوتين أردوغان الأسد داعش الأمم مجلس التعاون الخليجي المواطنين الوافدين العمالة
الرواتب الميزانية الضرائب المشاريع الإسكان البلدية المرور الحوادث الأمطار الطقس الحج العمرة رمضان""".split()
PAIRS = [(WORDS[i % len(WORDS)], WORDS[(i * 7 + 3) % len(WORDS)]) for i in range(160 - len(WORDS))]
PHRASES = ['"مجلس الوزراء"', '"خادم الحرمين الشريفين"', '"الأمم المتحدة"', '"ولي العهد"', '"وزارة الصحة"',
           '"مجلس التعاون الخليجي"', '"الدوري السعودي"', '"أسعار النفط"', '"سوق الأسهم"', '"وزارة التعليم"',
           '"الأمير محمد بن سلمان"', '"الرئيس الأمريكي"', '"مجلس الأمن"', '"هيئة كبار العلماء"',
           '"وزارة الداخلية"', '"المنطقة الشرقية"', '"البنك المركزي"', '"رؤية المملكة"', '"الحرس الوطني"',
           '"مكة المكرمة"']
QUERIES = (WORDS + [f"{a} {b}" for a, b in PAIRS] + PHRASES * 2)[:200]


def documents(path: Path, limit: int | None):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            record = json.loads(line)
            text = record["text"]
            paragraphs, pos = [], 0
            for piece in text.split("\n"):
                if piece.strip():
                    paragraphs.append(Paragraph(pos, pos + len(piece)))
                pos += len(piece) + 1
            date = record.get("date") or record.get("date_extracted") or record.get("published")
            yield Document(id=str(record.get("id", n)), source=str(path), text=text,
                           published=date[:10] if date else None,
                           articles=[Article(0, len(text), paragraphs=paragraphs)],
                           meta={"title": record.get("title"),
                                 "outlet": record.get("outlet") or record.get("source")})


def index_size(store) -> int:
    if getattr(store, "dialect", None) == "postgres":
        return store.connection.execute("SELECT pg_total_relation_size('search_items')"
                                        " + pg_total_relation_size('search_entities')").fetchone()[0]
    db = store._db
    try:
        return db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'").fetchone()[0]
    except Exception:  # no dbstat: the file size less what the documents take is not separable; say so
        return -1


def measure(name: str, target: str, docs: list[Document]) -> dict:
    with open_store(target) as store:
        began = time.perf_counter()
        for doc in docs:
            store.put(doc)
        build = time.perf_counter() - began
        size = index_size(store)
        for q in QUERIES:  # warm-up: caches and the analyser's word cache
            search(store, q)
        times, cpu = [], []
        for q in QUERIES:
            t, c = time.perf_counter(), time.process_time()
            search(store, q)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    times.sort()
    cpu.sort()
    return {"backend": name, "build_s": build, "size": size, "p50": statistics.median(times),
            "p95": times[int(len(times) * 0.95) - 1], "max": times[-1],
            "cpu50": statistics.median(cpu), "cpu95": cpu[int(len(cpu) * 0.95) - 1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--pg", help="a PostgreSQL URL to an empty database (default: a throwaway cluster)")
    args = parser.parse_args()
    docs = list(documents(args.corpus, args.limit))
    raw = sum(len(d.text.encode("utf-8")) for d in docs)
    print(f"{len(docs)} documents, raw text {raw / 1e6:.1f} MB, {len(QUERIES)} queries")
    results, cluster = [], None
    with tempfile.TemporaryDirectory() as tmp:
        results.append(measure("sqlite", str(Path(tmp) / "bench.db"), docs))
        try:
            if args.pg:
                results.append(measure("postgresql", args.pg, docs))
            else:
                import pg_cluster
                cluster = pg_cluster.start()
                results.append(measure("postgresql", cluster.new_database(), docs))
        except Exception as exc:
            print(f"postgresql: not measured ({exc})")
        finally:
            if cluster:
                cluster.stop()
    print(f"{'backend':<11} {'build s':>8} {'docs/s':>7} {'index MB':>9} {'x raw':>6} {'p50 ms':>7}"
          f" {'p95 ms':>7} {'max ms':>7} {'cpu p50':>8} {'cpu p95':>8}")
    for r in results:
        print(f"{r['backend']:<11} {r['build_s']:8.1f} {len(docs) / r['build_s']:7.0f} {r['size'] / 1e6:9.1f}"
              f" {r['size'] / raw:6.2f} {r['p50']:7.1f} {r['p95']:7.1f} {r['max']:7.1f} {r['cpu50']:8.1f}"
              f" {r['cpu95']:8.1f}")
    print("(latencies are wall clock; cpu is this process only: all of SQLite's work, the client side of"
          " PostgreSQL's; load average now %.1f)" % __import__("os").getloadavg()[0])
    sqlite = results[0]
    print(f"sqlite targets: p95 {sqlite['p95']:.1f} ms (< 50: {'met' if sqlite['p95'] < 50 else 'MISSED'}),"
          f" index/raw {sqlite['size'] / raw:.2f} (<= 1: {'met' if sqlite['size'] <= raw else 'MISSED'})")


if __name__ == "__main__":
    main()
