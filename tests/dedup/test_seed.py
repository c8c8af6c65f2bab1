"""The seed: the three duplicate pairs of gold.json (one near, two exact) and no other pair."""
import sqlite3

from dedup_docs import gold, seed_document

from marsad.config import Config
from marsad.dedup import DedupIndex


def _starts(text: str, prefix: str) -> bool:
    return text.lstrip().startswith(prefix)


def test_seed_duplicates_match_gold():
    doc = seed_document()
    index = DedupIndex(sqlite3.connect(":memory:", isolation_level=None), Config())
    matches = index.add(doc)
    para = {(a, p): doc.text[x.start:x.end] for a, p, x in doc.paragraphs()}
    found = []
    for m in matches:
        assert m.level == "paragraph", f"unexpected {m.level} match: {m}"
        found.append((m.kind, para[(m.of.article, m.of.paragraph)], para[(m.item.article, m.item.paragraph)]))
    expected = gold()["duplicates"]
    hit = set()
    for g in expected:
        ok = [i for i, (kind, a, b) in enumerate(found) if _starts(a, g["a"]) and _starts(b, g["b"])]
        print(f"gold {g['kind']:5} {g['b'][:30]!r}: {'found as ' + found[ok[0]][0] if ok else 'MISSED'}")
        assert ok, f"missed the {g['kind']} pair starting {g['b']!r}"
        assert found[ok[0]][0] == g["kind"]
        hit.update(ok)
    extra = [found[i] for i in range(len(found)) if i not in hit]
    for kind, a, b in extra:
        print(f"extra {kind}: {a[:40]!r} ~ {b[:40]!r}")
    print(f"seed: {len(hit)}/{len(expected)} gold pairs found, {len(extra)} other pairs")
    assert not extra


def test_seed_annotation_points_at_first_copy():
    doc = seed_document()
    index = DedupIndex(sqlite3.connect(":memory:", isolation_level=None), Config())
    index.add(doc)
    fresh = seed_document()
    index.annotate(fresh)
    flagged = [(a, p, x.duplicate_of) for a, p, x in fresh.paragraphs() if x.duplicate_of]
    assert len(flagged) == 3
    for a, p, ref in flagged:
        assert ref.document is None  # within the document
        assert (ref.article, ref.paragraph) < (a, p)
