"""Quotations on the gold-news set (19 openly licensed articles), scored item by item against quotes.json."""
from __future__ import annotations

from quotes_scoring import Score, gold_news, prepared, score


def test_gold_news_quotes_meet_the_issue_floors():
    total = Score()
    for doc, gold in gold_news():
        doc = prepared(doc, "marsad.quotes")
        s = score(doc, gold["direct"], gold["reported"], gold["not_quotes"], gold.get("ambiguous", []))
        total.lines.append(f"{doc.id}")
        total.add(s)
    print("\ngold-news (quotes.json)")
    print("\n".join(total.lines))
    print(total.summary())
    assert total.recall >= 0.9 and total.precision >= 0.9, total.summary()
    assert total.speakers >= 0.88, total.summary()
    assert total.reported >= 0.8, total.summary()
