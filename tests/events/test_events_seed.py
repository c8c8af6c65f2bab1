"""Events on the seed: recall on actor + type + target, item by item against gold.json."""
from __future__ import annotations

from events_scoring import prepared, score, seed


def test_seed_events_recall():
    doc, gold = seed()
    found, total, lines = score(prepared(doc), gold)
    print("\nseed events (gold.json)\n" + "\n".join(lines))
    print(f"events recall on actor + type + target: {found / total:.2f} ({found}/{total})")
    assert found / total >= 0.6
