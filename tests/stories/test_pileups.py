"""What keeps a daily beat from piling up into one story: reprints, story size and story age.

The figures on a real feed (story sizes, wire copies kept together) come from
benchmarks/bench_stories.py --show N; these tests pin the rules themselves.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from marsad.config import StoriesConfig
from marsad.stories import StoryClusterer, units
from story_samples import RATE_A, RATE_B, sample_doc


def redated(doc, doc_id: str, published: str, outlet: str = "وكالة"):
    return sample_doc(doc_id, doc.meta["title"], doc.text, published, outlet)


def test_a_reprint_of_a_member_joins_whatever_the_threshold():
    clusterer = StoryClusterer(StoriesConfig(threshold=2.0))  # no ordinary join can reach this
    clusterer.add(units(RATE_A)[0])
    reprint = sample_doc("r", "رفع الفائدة 200 نقطة", RATE_A.text.replace("مساء الخميس", "الخميس"),
                         "2023-03-30", "صحيفة")
    decision = clusterer.add(units(reprint)[0])
    print(f"\nreprint: {decision.reason} {decision.score:.3f}")
    assert decision.reason == "reprint"
    assert clusterer.story_of["r#0"] == clusterer.story_of["a#0"]


def test_a_story_must_hold_tighter_the_more_members_it_has():
    clusterer = StoryClusterer(StoriesConfig())
    free = clusterer.config.free_size
    assert clusterer.fit_needed(1) == clusterer.fit_needed(free) == clusterer.config.member_cohesion
    assert clusterer.fit_needed(free) < clusterer.fit_needed(3 * free) < clusterer.fit_needed(10 * free)


def test_a_story_running_past_its_window_needs_closer_articles():
    config = StoriesConfig(copy_cosine=1.5, age_penalty=0.2)  # reprints aside, a steep penalty
    article = units(redated(RATE_B, "x", "2023-04-01"))[0]
    young = StoryClusterer(config)
    for doc in (RATE_A, RATE_B):
        young.add(units(doc)[0])
    assert young.decide(article).reason == "similar"  # two days in: within the first window
    old = StoryClusterer(config)
    for doc in (RATE_A, RATE_B):
        old.add(units(doc)[0])
    story = old.stories[old.story_of["a#0"]]
    story.first_day -= timedelta(days=10)  # the same story, begun ten days earlier
    assert old.decide(article).reason == "new"


def test_an_article_must_fit_the_members_not_only_the_centroid():
    config = StoriesConfig(copy_cosine=1.5)
    clusterer = StoryClusterer(replace(config, link=0.99))  # no member is that close
    clusterer.add(units(RATE_A)[0])
    assert clusterer.decide(units(RATE_B)[0]).reason == "new"
    assert StoryClusterer(config).decide(units(RATE_B)[0]).reason == "new"  # nothing to join yet
    loose = StoryClusterer(config)
    loose.add(units(RATE_A)[0])
    assert loose.decide(units(RATE_B)[0]).reason == "similar"
