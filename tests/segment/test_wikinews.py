"""Segmentation on real Arabic Wikinews text (tests/fixtures/wikinews, CC BY 2.5).

Single articles must stay single; compilations of articles glued together must be cut back at
their boundaries. Prints precision/recall/F1 of the boundaries and fails below the floors.
"""
import json
from pathlib import Path

import pytest

from marsad.config import Config
from marsad.model import Document
from marsad.segment import run
from marsad.text.normalize import search_form

FIXTURE = Path(__file__).parent.parent / "fixtures" / "wikinews" / "articles.jsonl"
# records the fixture's own heuristic glued from two stories (see its README): two articles is right
TWO_STORIES = {"farasa-wikinews-005", "farasa-wikinews-055"}


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def _prf(found: set[int], gold: set[int]) -> tuple[float, float, float]:
    tp = len(found & gold)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def test_single_articles_stay_single(records):
    right = 0
    for rec in records:
        doc = run(Document(id=rec["id"], source="wikinews", text=rec["text"], meta={"title": rec["title"]}),
                  Config())
        want = 2 if rec["id"] in TWO_STORIES else 1
        ok = len(doc.articles) == want and doc.articles[0].headline == rec["title"] and not doc.boilerplate
        right += ok
        print(("ok   " if ok else "MISS ") + f"{rec['id']}: {len(doc.articles)} articles, "
              f"{sum(len(a.paragraphs) for a in doc.articles)} paragraphs, {len(doc.boilerplate)} boilerplate")
    print(f"single articles right: {right}/{len(records)}")
    assert right / len(records) >= 0.95


def test_untitled_single_articles_stay_single(records):
    singles = [r for r in records if r["id"] not in TWO_STORIES]
    split = [r["id"] for r in singles
             if len(run(Document(id=r["id"], source="wikinews", text=r["text"]), Config()).articles) != 1]
    print(f"untitled single articles split: {len(split)}/{len(singles)} {split}")
    assert len(split) / len(singles) <= 0.1


def _compile(records, headed: bool):
    text, gold = "", set()
    for rec in records:
        gold.add(len(text))
        body = rec["text"].replace("\n", "\n\n")
        text += (rec["title"] + "\n\n" if headed else "") + body + "\n\n"
    return text, gold


@pytest.mark.parametrize("headed,floor_p,floor_r", [(True, 0.9, 0.95), (False, 0.85, 0.8)])
def test_compilation_boundaries(records, headed, floor_p, floor_r):
    singles = [r for r in records if r["id"] not in TWO_STORIES]
    text, gold = _compile(singles, headed)
    doc = run(Document(id="compilation", source="wikinews", text=text), Config())
    found = {a.start for a in doc.articles}
    p, r, f = _prf(found, gold)
    kind = "headed" if headed else "unheaded"
    print(f"{kind} compilation of {len(gold)} articles: found {len(found)}, P={p:.3f} R={r:.3f} F1={f:.3f}")
    for start in sorted(found - gold):
        print(f"  extra boundary: {text[start:start + 60]!r}")
    assert p >= floor_p and r >= floor_r


def test_headlines_of_headed_compilation(records):
    singles = [r for r in records if r["id"] not in TWO_STORIES]
    text, _ = _compile(singles, True)
    doc = run(Document(id="compilation", source="wikinews", text=text), Config())
    got = {a.headline for a in doc.articles if a.headline}
    hits = sum(r["title"] in got for r in singles)
    print(f"headlines recovered: {hits}/{len(singles)}")
    assert hits / len(singles) >= 0.95


def test_diacritised_text_reads_like_plain(records):
    for rec in [r for r in records if "text_diacritized" in r]:
        plain = run(Document(id="p", source="w", text=rec["text"]), Config())
        marked = run(Document(id="d", source="w", text=rec["text_diacritized"]), Config())
        norms = [[t.norm for _, _, p in d.paragraphs() for s in p.sentences for t in s.tokens]
                 for d in (plain, marked)]
        same = sum(a == b for a, b in zip(*norms))
        print(f"{rec['id']}: {same}/{len(norms[0])} token norms equal; "
              f"{len(list(plain.paragraphs()))} vs {len(list(marked.paragraphs()))} paragraphs")
        assert len(norms[0]) == len(norms[1]) and same / len(norms[0]) >= 0.97
        assert search_form(rec["text_diacritized"]).split()[:5] == search_form(rec["text"]).split()[:5]
