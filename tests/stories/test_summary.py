"""Story summaries: ROUGE against the MultiLing human summaries, beside two baselines; the invariants."""
from __future__ import annotations

from collections import defaultdict

import pytest

from marsad.model import Document
from marsad.stories import DocumentFrequency, units
from marsad.stories.evaluate import rouge_n
from marsad.stories.story import build_story
from marsad.stories.summary import lead_baseline, random_baseline, summarise


@pytest.fixture(scope="module")
def topics(multiling_docs):
    out = defaultdict(list)
    for d in multiling_docs:
        out[d["topic"]].extend(units(Document(id=d["doc_id"], source="multiling", text=d["text"],
                                              meta={"title": d["title"]})))
    return dict(out)


def _rouge(summary: list[dict], references: list[str]) -> tuple[float, float]:
    text = " ".join(s["text"] for s in summary)
    return rouge_n(text, references, 1).f1, rouge_n(text, references, 2).f1


def test_rouge_beats_lead_and_random_baselines(topics, multiling_summaries):
    df = DocumentFrequency(background=True)
    for members in topics.values():
        for unit in members:
            df.add(unit.terms)
    systems = {"ours": lambda m: summarise(m, df), "lead of newest": lead_baseline,
               "random (seed 0)": random_baseline}
    scores = {}
    print()
    for name, system in systems.items():
        per_topic = [_rouge(system(topics[t]), multiling_summaries[t]) for t in sorted(topics)]
        r1 = sum(r[0] for r in per_topic) / len(per_topic)
        r2 = sum(r[1] for r in per_topic) / len(per_topic)
        scores[name] = (r1, r2)
        print(f"{name:16} ROUGE-1 F1 {r1:.4f}  ROUGE-2 F1 {r2:.4f}  "
              + "  ".join(f"{t}: {a:.3f}/{b:.3f}" for t, (a, b) in zip(sorted(topics), per_topic)))
    for baseline in ("lead of newest", "random (seed 0)"):
        assert scores["ours"][0] > scores[baseline][0]
        assert scores["ours"][1] > scores[baseline][1]


def test_rouge_by_hand():
    assert rouge_n("القطة على الحصيرة", ["القطة على الحصيرة"], 2).f1 == 1.0
    half = rouge_n("القطة نائمة", ["القطة على الحصيرة"], 1)
    assert half.precision == pytest.approx(0.5) and half.recall == pytest.approx(1 / 3)
    assert rouge_n("قطة", ["كلب"], 1).f1 == 0.0


def test_summary_cites_its_sources_and_never_repeats(topics, multiling_docs):
    texts = {d["doc_id"]: d["text"] for d in multiling_docs}
    for members in topics.values():
        summary = summarise(members)
        assert summary and 150 <= sum(len(s["text"].split()) for s in summary) <= 300
        for s in summary:
            assert texts[s["document"]][s["start"]:s["end"]] == s["text"]
        assert len({s["text"] for s in summary}) == len(summary)


def test_a_sentence_reprinted_by_two_outlets_is_counted_once():
    lead = ("أعلنت وزارة الصحة اليوم تسجيل خمس إصابات جديدة بفيروس كورونا في مدينة جدة، "
            "وقالت إن جميع المصابين نقلوا إلى المستشفى لتلقي العلاج.")
    docs = [Document(id=f"d{i}", source="t", text=lead + " " + extra, meta={"title": f"إصابات جديدة {i}"})
            for i, extra in enumerate([
                "وأضافت الوزارة أن فرق التقصي تتابع المخالطين للحالات الجديدة في الأحياء المجاورة.",
                "وأوضح المتحدث باسم الوزارة أن الحالات مستقرة وأن المستشفيات مستعدة لأي طارئ.",
            ])]
    members = [u for d in docs for u in units(d)]
    summary = summarise(members, words=60)
    firsts = [s for s in summary if s["text"].startswith("أعلنت وزارة الصحة")]
    assert len(firsts) == 1


def test_story_view_has_every_part(topics):
    view = build_story("s1", topics["M002"])
    assert view["size"] == 10 and view["headline"]["text"]
    assert len(view["timeline"]) >= 10 and len(view["articles"]) == 10
    assert set(view) >= {"summary", "timeline", "entities", "quotes", "outlets"}


def test_timeline_orders_articles_and_dated_events():
    from story_samples import RATE_A, RATE_B

    from marsad.model import TimeExpression
    b = RATE_B
    start = b.text.index("الخميس")
    b_dated = Document(id=b.id, source=b.source, text=b.text, published=b.published, meta=dict(b.meta),
                       times=[TimeExpression(start, start + 6, "2023-03-30", "day"),
                              TimeExpression(0, 3, "2023", "year")])
    view = build_story("s", [u for d in (b_dated, RATE_A) for u in units(d)])
    kinds = [(e["date"], e["kind"]) for e in view["timeline"]]
    assert kinds == [("2023-03-30", "article"), ("2023-03-30", "event"), ("2023-03-31", "article")]
    event = view["timeline"][1]
    assert b.text[event["start"]:event["end"]] == event["text"] and "الخميس" in event["text"]
    assert [a["document"] for a in view["articles"]] == ["a", "b"]


def test_headline_is_the_best_sentence_when_no_article_has_a_title(topics):
    from marsad.stories.summary import headline
    untitled = []
    for unit in topics["M002"]:
        unit = type(unit).from_json(unit.to_json())
        unit.title = None
        untitled.append(unit)
    best = headline(untitled)
    assert best is not None and best["start"] < best["end"]
    source = next(u for u in untitled if u.document == best["document"])
    assert any(s[0] == best["start"] and s[2] == best["text"] for s in source.sentences)
    titled = headline(topics["M002"])
    assert titled["text"] in {u.title for u in topics["M002"]}
