"""The seed document against its hand-made gold reading (tests/fixtures/seed/gold.json).

Prints what the stage found, item by item, then fails on any miss.
"""
import json
import re
from pathlib import Path

import pytest

from marsad.config import Config
from marsad.model import Document
from marsad.segment import run

SEED = Path(__file__).parent.parent / "fixtures" / "seed"


@pytest.fixture(scope="module")
def seed():
    text = (SEED / "000_a68358c4f541d689.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    m = re.search(r"^[0-9a-f]{32}$", text, re.M)
    doc = Document(id=m.group(), source=str(SEED), text=text,
                   meta={"layout": "headed", "id_span": [m.start(), m.end()]})
    return run(doc, Config()), gold


def _report(results):
    for ok, what in results:
        print(("ok   " if ok else "MISS ") + what)
    misses = [what for ok, what in results if not ok]
    assert not misses, f"{len(misses)} of {len(results)} items missed: {misses}"


def test_headlines(seed):
    doc, gold = seed
    results = [(got == want, f"headline {i + 1}: want {want!r} got {got!r}")
               for i, (want, got) in enumerate(zip(gold["document"]["headlines"], doc.headlines + [None] * 2))]
    results.append((len(doc.headlines) == 2, f"{len(doc.headlines)} headlines"))
    results += [(doc.text[s:e] == h, f"span of {h!r}") for h, (s, e) in zip(doc.headlines, doc.headline_spans)]
    _report(results)


def test_articles(seed):
    doc, gold = seed
    results = [(len(doc.articles) == len(gold["articles"]),
                f"{len(doc.articles)} articles (gold {len(gold['articles'])})")]
    for want, got in zip(gold["articles"], doc.articles):
        paras = [doc.text[p.start:p.end] for p in got.paragraphs if p.duplicate_of is None]
        n = want["n"]
        results.append((got.headline == want["headline"], f"article {n} headline: {got.headline!r}"))
        results.append((paras[0].startswith(want["first"]), f"article {n} first: {paras[0][:40]!r}"))
        # gold names a joined paragraph by either of its parts
        last_parts = [line.strip() for line in paras[-1].split("\n") if line.strip()]
        results.append((any(part.startswith(want["last"]) for part in last_parts),
                        f"article {n} last: {paras[-1][:40]!r}"))
        results.append((len(paras) == want["paragraphs"],
                        f"article {n}: {len(paras)} paragraphs (gold {want['paragraphs']})"))
    _report(results)


def test_boilerplate_and_blank_lines(seed):
    doc, gold = seed
    spans = [doc.text[b.start:b.end] for b in doc.boilerplate]
    paragraphs = [doc.text[p.start:p.end] for _, _, p in doc.paragraphs()]
    results = []
    for want in gold["boilerplate"]:
        results.append((any(s.startswith(want) for s in spans), f"boilerplate {want!r}"))
        results.append((not any(want in p for p in paragraphs), f"{want!r} is in no paragraph"))
    for m in re.finditer(r"^[ \u00a0]+$", doc.text, re.M):
        inside = any(p.start <= m.start() < p.end for _, _, p in doc.paragraphs())
        results.append((not inside, f"whitespace-only line at {m.start()} dropped"))
    results.append((all(p.strip() for p in paragraphs), "no empty paragraph"))
    _report(results)


def test_joined_paragraphs(seed):
    doc, _ = seed
    by_start = {doc.text[p.start:p.end][:20]: p for _, _, p in doc.paragraphs()}
    broken = by_start.get("وتسعى روسيا لعقد مؤت")
    intro = by_start.get("وأردف المقداد قائلاً")
    results = [
        (broken is not None and "المعارضة السورية إن هدفه" in doc.text[broken.start:broken.end]
         and broken.joined == ["joined-broken"], f"broken paragraph joined: {broken and broken.joined}"),
        (intro is not None and "دي مستورا غير مؤهل" in doc.text[intro.start:intro.end]
         and intro.joined == ["quote-intro"], f"quote-intro line joined: {intro and intro.joined}"),
    ]
    _report(results)


def test_duplicates(seed):
    doc, gold = seed
    results = []
    paragraphs = list(doc.paragraphs())
    for dup in gold["duplicates"]:
        firsts = [(a, p) for a, p, par in paragraphs if doc.text[par.start:].startswith(dup["a"])]
        copies = [par for a, p, par in paragraphs if doc.text[par.start:].startswith(dup["b"])]
        copy = copies[-1] if copies else None
        ref = copy.duplicate_of if copy else None
        ok = ref is not None and (ref.article, ref.paragraph) == firsts[0] and ref.article == 1
        results.append((ok, f"{dup['b'][:30]!r} duplicate_of {ref}"))
    flagged = sum(1 for _, _, p in paragraphs if p.duplicate_of is not None)
    results.append((flagged == len(gold["duplicates"]), f"{flagged} paragraphs flagged"))
    _report(results)


def test_hashtags(seed):
    doc, gold = seed
    got = {doc.text[s:e] for s, e in doc.hashtags}
    _report([(h in got, f"hashtag {h}") for h in gold["hashtags"]] + [(got <= set(gold["hashtags"]), f"only {got}")])


def test_seed_read_without_layout_hint():
    """The same reading when the reader gave no layout hint (the id line is found at the top)."""
    text = (SEED / "000_a68358c4f541d689.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    doc = run(Document(id="seed", source=str(SEED), text=text), Config())
    counts = [len([p for p in a.paragraphs if p.duplicate_of is None]) for a in doc.articles]
    print(doc.headlines, counts)
    assert doc.headlines == gold["document"]["headlines"]
    assert counts == [a["paragraphs"] for a in gold["articles"]]
