"""Story clustering: BCubed on MultiLing with Wikinews distractors, and the behaviour it is built for."""
from __future__ import annotations

from marsad.config import Config, StoriesConfig
from marsad.stories import StoryClusterer, cluster_batch, units
from marsad.stories.commands import evaluate_file
from marsad.stories.evaluate import bcubed
from story_samples import OTHER, RATE_A, RATE_B, RATE_LATER, sample_doc

BCUBED_F1_FLOOR = 0.9


def test_multiling_with_wikinews_distractors(mixed_jsonl):
    result = evaluate_file(str(mixed_jsonl), Config())
    b = result["bcubed"]
    print(f"\nMultiLing dev (3 stories x 10) + 71 Wikinews distractors: {result['articles']} articles, "
          f"{result['stories']} stories; BCubed P={b['precision']:.3f} R={b['recall']:.3f} F1={b['f1']:.3f}")
    assert b["f1"] >= BCUBED_F1_FLOOR


def test_bcubed_by_hand():
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert bcubed({"a": "x", "b": "x", "c": "y", "d": "y"}, gold).f1 == 1.0
    one = bcubed({k: "x" for k in gold}, gold)
    assert (one.precision, one.recall) == (0.5, 1.0)
    apart = bcubed({k: k for k in gold}, gold)
    assert (apart.precision, apart.recall) == (1.0, 0.5)


def test_two_reports_of_one_event_join_and_a_later_decision_stays_apart():
    clusterer = StoryClusterer(StoriesConfig())
    decisions = [clusterer.add(u) for d in (RATE_A, RATE_B, OTHER, RATE_LATER) for u in units(d)]
    story = clusterer.story_of
    print("\n" + "\n".join(f"{d.unit}: {d.reason} {d.score:.3f}" for d in decisions))
    assert story["a#0"] == story["b#0"]
    assert story["d#0"] != story["a#0"]
    assert story["c#0"] != story["a#0"]  # same topic, seven weeks later: another story


def test_batch_matches_order_and_window():
    story = cluster_batch([u for d in (RATE_LATER, OTHER, RATE_B, RATE_A) for u in units(d)])
    assert story["a#0"] == story["b#0"] != story["c#0"]


def test_names_are_not_stemmed():
    doc = sample_doc("n", "Putin", "التقى الرئيس بوتين نظيره Erdogan في سوتشي")
    from marsad.model import Entity, Mention
    start = doc.text.index("بوتين")
    doc.entities = [Entity("e1", "بوتين", "PER", [Mention(start, start + 5, "PER")])]
    terms = units(doc)[0].terms
    assert "@بوتين" in terms and "@erdogan" in terms
    assert "وتين" not in terms  # what the Snowball stemmer makes of the name
