"""Quotations on the seed, scored item by item against gold.json."""
from __future__ import annotations

from quotes_scoring import prepared, score, seed_accepted, seed_gold


def test_seed_quotes_meet_the_issue_floors():
    doc, gold = seed_gold()
    doc = prepared(doc, "marsad.quotes")
    direct = [{"starts": g["starts"], "speaker": seed_accepted(gold, g["speaker"])} for g in gold["quotes_direct"]]
    reported = [{"starts": g["starts"], "speaker": seed_accepted(gold, g["speaker"])}
                for g in gold["quotes_reported"]]
    s = score(doc, direct, reported, gold["not_quotes"]["items"])
    print("\nseed (gold.json)")
    print("\n".join(s.lines))
    print(s.summary())
    assert s.recall >= 0.9 and s.precision >= 0.9, s.summary()
    assert s.speakers >= 0.85, s.summary()
    assert s.reported >= 0.8, s.summary()
