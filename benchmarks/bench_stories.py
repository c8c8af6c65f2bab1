"""Story assignment speed and memory on a real news feed, and BCubed with thousands of distractors.

    .venv/bin/python benchmarks/bench_stories.py CORPUS.jsonl.gz [--limit N] [--distractors 5000] [--persist]

CORPUS is a JSON Lines file (gzip or not) of news articles with `id`, `title`, `text` and a date
(`date_extracted`, `published` or `date`), e.g. SaudiNewsNet (measuring only; never commit it).

1. Speed: every article goes through the online path (signature, decision, apply) in date order.
   The baseline, measured in the same run, only extracts the same articles' terms (the floor any
   TF-IDF clustering pays). Speeds are per CPU second; peak memory is the process's maximum RSS.
   `--persist` also times the stored path (decisions written to a throwaway SQLite store).
   `--show N` then prints how the stories of the online pass are sized (largest, 99th percentile,
   how many exceed 50 articles: a daily beat piling up into one "story" shows here), the share of
   wire copies (the same text reprinted by several outlets, found by word 5-gram sketches) that
   land in one story, and sample titles of the N largest stories, to judge whether each is one event.
2. Quality: the MultiLing dev stories (3 x 10 articles, tests/fixtures) mixed with --distractors
   articles of the corpus, clustered in batch with dates dropped (every story is a candidate for
   every article: the hardest case). BCubed is computed over the MultiLing articles; a distractor
   put in a MultiLing story counts against precision. The corpus has no story gold of its own.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MULTILING = ROOT / "tests" / "fixtures" / "multiling2011-ar-dev" / "docs.jsonl"
TARGET = 200.0  # articles per CPU second


def load(path: Path, limit: int | None) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    records = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if (record.get("text") or "").strip():
                    records.append(record)
            if limit and len(records) >= limit:
                break
    return records


def document(record: dict, dated: bool = True):
    from marsad.model import Document
    published = record.get("published") or record.get("date") or record.get("date_extracted")
    return Document(id=str(record["id"]), source="bench", text=record["text"],
                    published=str(published)[:10] if dated and published else None,
                    meta={"title": record.get("title"),
                          "outlet": record.get("source") or record.get("outlet")})


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu() -> float:
    return time.process_time()


def wire_copies(units_by_key: dict, sketch: int = 32, least: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of articles whose word 5-grams mostly agree (estimated Jaccard >= `least`): reprints."""
    from marsad.text.normalize import search_form
    sketches = {}
    for key, unit in units_by_key.items():
        words = search_form(" ".join(s[2] for s in unit.sentences)).split()
        if len(words) >= 30:  # a short notice repeats by chance
            grams = {zlib.crc32(" ".join(words[i:i + 5]).encode()) for i in range(len(words) - 4)}
            sketches[key] = set(sorted(grams)[:sketch])
    holders = defaultdict(list)
    for key, hashes in sketches.items():
        for h in hashes:
            holders[h].append(key)
    pairs = set()
    for keys in holders.values():
        if len(keys) <= 50:  # a boilerplate line shared by a whole outlet is not a reprint
            pairs.update((a, b) for i, a in enumerate(keys) for b in keys[i + 1:])
    out = []
    for a, b in pairs:
        union = set(sorted(sketches[a] | sketches[b])[:sketch])
        if len(union & sketches[a] & sketches[b]) / len(union) >= least:
            out.append((a, b))
    return out


def pileups(clusterer, units_by_key: dict, show: int) -> None:
    """Story sizes, wire copies kept together, and sample titles of the largest stories."""
    sizes = sorted((len(s.members) for s in clusterer.stories.values()), reverse=True)
    several = [n for n in sizes if n > 1]
    p99 = several[len(several) // 100] if several else 0
    print(f"story sizes: largest {sizes[:8]}, 99th percentile of stories with 2+ articles {p99}, "
          f"over 50 articles: {sum(1 for n in sizes if n > 50)}")
    pairs = wire_copies(units_by_key)
    together = sum(1 for a, b in pairs if clusterer.story_of[a] == clusterer.story_of[b])
    print(f"wire copies in one story: {together}/{len(pairs)} pairs ({together / max(1, len(pairs)):.1%})")
    rng = random.Random(0)
    for story in sorted(clusterer.stories.values(), key=lambda s: -len(s.members))[:show]:
        print(f"  story of {len(story.members)} ({story.first_day} .. {story.last_day}):")
        for key in rng.sample(story.members, min(8, len(story.members))):
            unit = units_by_key[key]
            print(f"    {unit.published}  {unit.title}")


def speed(records: list[dict], persist: bool, show: int | None = None) -> None:
    from marsad.stories import StoryClusterer, units
    from marsad.text.terms import count_terms

    docs = sorted((document(r) for r in records), key=lambda d: d.published or "")
    t0 = cpu()
    for doc in docs:
        count_terms(doc.text)
    base = cpu() - t0

    clusterer = StoryClusterer()
    t0, w0 = cpu(), time.perf_counter()
    n, seen = 0, {}
    for i, doc in enumerate(docs):
        for unit in units(doc):
            clusterer.add(unit)
            n += 1
            if show is not None:
                seen[unit.key] = unit
        if i % 2000 == 1999:
            clusterer.expire()
    spent, wall = cpu() - t0, time.perf_counter() - w0
    sizes = sorted((len(s.members) for s in clusterer.stories.values()), reverse=True)
    rate = n / spent
    print(f"articles: {n} (of {len(docs)} documents), {len(clusterer.stories)} stories, "
          f"{sum(1 for s in sizes if s > 1)} with 2+ articles, largest {sizes[:5]}")
    print(f"baseline (term extraction only): {len(docs) / base:,.0f} articles/s")
    print(f"story assignment (online): {rate:,.0f} articles/s per CPU second "
          f"({n / wall:,.0f}/s wall), {base / spent:.2f}x the baseline's speed; target {TARGET:.0f}/s: "
          f"{'met' if rate >= TARGET else 'NOT met'}")
    print(f"peak memory so far (max RSS): {peak_mb():,.0f} MB")
    if show is not None:
        pileups(clusterer, seen, show)
    if persist:
        from marsad.store import open_store
        from marsad.stories.persist import StoryIndex
        with tempfile.TemporaryDirectory() as tmp:
            with open_store(Path(tmp) / "bench.db") as store:
                t0 = cpu()
                with StoryIndex(store.location) as index:
                    index.assign(docs)
                spent = cpu() - t0
        print(f"story assignment (stored decisions): {n / spent:,.0f} articles/s per CPU second")


def quality(records: list[dict], distractors: int) -> None:
    from marsad.stories import cluster_batch, units
    from marsad.stories.evaluate import bcubed

    random.seed(0)
    sample = random.sample(records, min(distractors, len(records)))
    gold, items = {}, []
    for line in MULTILING.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        for unit in units(document({"id": d["doc_id"], "title": d["title"], "text": d["text"]})):
            gold[unit.key] = d["topic"]
            items.append(unit)
    for r in sample:
        items.extend(units(document(r, dated=False)))
    t0 = cpu()
    predicted = cluster_batch(items)
    spent = cpu() - t0
    members: dict[str, int] = {}
    for story in predicted.values():
        members[story] = members.get(story, 0) + 1
    # BCubed over the MultiLing articles, each predicted story's size counting its distractors
    precision = recall = 0.0
    for key, topic in gold.items():
        same = [k for k in gold if predicted[k] == predicted[key]]
        both = sum(1 for k in same if gold[k] == topic)
        precision += both / members[predicted[key]]
        recall += both / sum(1 for k in gold if gold[k] == topic)
    p, r = precision / len(gold), recall / len(gold)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    absorbed = sum(members[story] for story in {predicted[k] for k in gold}) - len(gold)
    print(f"MultiLing + {len(sample)} distractors ({len(items)} articles, "
          f"batch {len(items) / spent:,.0f}/s): "
          f"BCubed P={p:.3f} R={r:.3f} F1={f1:.3f}; distractors in MultiLing stories: {absorbed}")
    print(f"  for comparison, bcubed() over MultiLing alone: {bcubed(predicted, gold).as_dict()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--distractors", type=int, default=5000)
    parser.add_argument("--persist", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--show", type=int, default=None, metavar="N",
                        help="story sizes, wire copies kept together and titles of the N largest stories")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no such file")
    records = load(args.corpus, args.limit)
    print(f"{len(records)} articles with text from {args.corpus}")
    if not args.skip_speed:
        speed(records, args.persist, args.show)
    quality(records, args.distractors)
    print(f"peak memory (max RSS): {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
