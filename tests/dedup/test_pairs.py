"""Precision and recall on the labelled pair set (see dedup_pairs.py), printed per kind of edit."""
import sqlite3
from collections import defaultdict

from dedup_pairs import KINDS, build

from marsad.config import Config
from marsad.dedup import DedupIndex

MIN_PRECISION, MIN_RECALL, AT = 0.98, 0.95, 0.8


def test_pairs_precision_and_recall():
    docs, pairs = build()
    index = DedupIndex(sqlite3.connect(":memory:", isolation_level=None), Config())
    for doc in docs:
        assert index.add(doc) == [], f"the sources must not copy each other ({doc.id})"
    found: dict[str, set] = {}
    for pair in pairs:
        if pair.copy.id not in found:
            found[pair.copy.id] = {(m.level, m.of.document, m.of.paragraph if m.level == "paragraph" else None)
                                   for m in index.query(pair.copy)}
    stats = defaultdict(lambda: defaultdict(int))
    for pair in pairs:
        doc, paragraph = pair.source
        hit = (pair.level, doc, paragraph) in found[pair.copy.id]
        for key in ((pair.level, pair.kind), (pair.level, "all")):
            row = stats[key]
            row["pairs"] += 1
            row["predicted"] += hit
            row["true_positive"] += hit and pair.positive
            row["at_threshold"] += pair.positive and pair.resemblance >= AT
            row["found_at_threshold"] += hit and pair.positive and pair.resemblance >= AT
    # a copy matched to any source but its own is a false pair too
    labelled = defaultdict(set)
    for pair in pairs:
        labelled[pair.copy.id].add(pair.source[0])
    for copy_id, matches in found.items():
        for level, doc, _ in matches:
            if doc not in labelled[copy_id]:
                stats[(level, "all")]["predicted"] += 1
    print(f"\n{'level':10}{'kind':18}{'pairs':>6}{'≥0.8':>6}{'recall':>8}{'predicted':>10}{'precision':>10}")
    failures = []
    for level in ("paragraph", "article"):
        for kind in KINDS + ["same-topic", "different-event", "same-template", "all"]:
            row = stats[(level, kind)]
            recall = row["found_at_threshold"] / row["at_threshold"] if row["at_threshold"] else float("nan")
            precision = row["true_positive"] / row["predicted"] if row["predicted"] else float("nan")
            print(f"{level:10}{kind:18}{row['pairs']:6}{row['at_threshold']:6}{recall:8.3f}"
                  f"{row['predicted']:10}{precision:10.3f}")
            if kind == "all":
                if precision < MIN_PRECISION or recall < MIN_RECALL:
                    failures.append(f"{level}: precision {precision:.3f}, recall {recall:.3f}")
    assert not failures, "; ".join(failures)
