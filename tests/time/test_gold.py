"""Accuracy of time values on the seed document and on the gold-news set (printed item by item)."""
from __future__ import annotations

import json
from pathlib import Path

from time_scoring import analyse, report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_seed_time_values():
    text = (FIXTURES / "seed" / "000_a68358c4f541d689.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / "seed" / "gold.json").read_text(encoding="utf-8"))["dates"]
    doc = analyse(text, "2018-01-13", "seed")
    emitted = [(text[t.start:t.end], t.value, t.granularity) for t in doc.times]
    rows, matched = [], set()
    for item in gold:
        # the seed gold has no offsets: the same text, or one inside the other
        same = [i for i, (s, _, _) in enumerate(emitted) if s == item["text"]]
        near = [i for i, (s, _, _) in enumerate(emitted) if item["text"] in s or s in item["text"]]
        hits = [i for i in same + near if emitted[i][1] == item["value"]]
        matched.update(hits or same or near)
        got = ", ".join(f"{emitted[i][0]}={emitted[i][1]}" for i in (same or near)) or "nothing"
        rows.append((bool(hits), f"{item['text']} -> gold {item['value']}; got {got}"))
    extras = [f"{s} = {v} ({g})" for i, (s, v, g) in enumerate(emitted) if i not in matched]
    accuracy = report("seed (published 2018-01-13)", rows, extras)
    assert accuracy >= 0.9


def score_articles(title: str, articles: dict[str, tuple[str, str, list[dict]]]) -> tuple[float, float]:
    """Gold spans matched to emitted spans by overlap; (accuracy of values, precision of all emitted)."""
    rows, extras = [], []
    for article_id, (text, published, items) in articles.items():
        doc = analyse(text, published, article_id)
        used = set()
        for item in items:
            assert text[item["start"]:item["end"]] == item["text"]
            overlap = [i for i, t in enumerate(doc.times) if t.start < item["end"] and t.end > item["start"]]
            used.update(overlap)
            hits = [i for i in overlap if doc.times[i].value == item["value"]]
            got = ", ".join(f"{text[doc.times[i].start:doc.times[i].end]}={doc.times[i].value}"
                            for i in overlap) or "nothing"
            rows.append((bool(hits), f"[{article_id}] {item['text']} -> gold {item['value']}; got {got}"))
        extras += [f"[{article_id}] {text[t.start:t.end]} = {t.value} ({t.granularity})"
                   for i, t in enumerate(doc.times) if i not in used]
    accuracy = report(title, rows, extras)
    right = sum(ok for ok, _ in rows)
    precision = right / (right + len(extras)) if right + len(extras) else 0.0
    print(f"-- precision (right values / everything emitted): {precision:.2f}")
    return accuracy, precision


def test_gold_news_time_values():
    gold = json.loads((FIXTURES / "gold-news" / "times.json").read_text(encoding="utf-8"))["articles"]
    texts = {}
    for line in (FIXTURES / "gold-news" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    accuracy, precision = score_articles(
        "gold-news (19 articles)",
        {aid: (texts[aid], a["published"], a["times"]) for aid, a in gold.items()})
    assert accuracy >= 0.8
    assert precision >= 0.7


def test_time_heldout_values():
    """Articles annotated blind, never used to tune the rules: an estimate for unseen news."""
    gold = json.loads((FIXTURES / "gold-news" / "time-heldout.json").read_text(encoding="utf-8"))["articles"]
    accuracy, precision = score_articles(
        "time-heldout (11 articles, annotated blind)",
        {aid: (a["text"], a["published"], a["times"]) for aid, a in gold.items()})
    assert accuracy >= 0.7
    assert precision >= 0.6
