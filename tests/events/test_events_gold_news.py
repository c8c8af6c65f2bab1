"""Events on the gold-news set: recall on actor + type + target, item by item against events.json."""
from __future__ import annotations

from events_scoring import gold_news, prepared, score


def test_gold_news_events_recall():
    found = total = 0
    out = []
    for doc, gold in gold_news():
        f, t, lines = score(prepared(doc), gold)
        found, total = found + f, total + t
        out += [doc.id] + lines
    print("\ngold-news events (events.json)\n" + "\n".join(out))
    print(f"events recall on actor + type + target: {found / total:.2f} ({found}/{total})")
    assert found / total >= 0.6
