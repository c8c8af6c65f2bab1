"""The seed document: its seven articles (several outlets, one crisis) fall into at most three stories."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import Config
from marsad.model import Document
from marsad.stories import cluster_batch, units
from marsad.stories.story import build_story

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_a68358c4f541d689.txt"


@pytest.fixture(scope="module")
def seed():
    segment = pytest.importorskip("marsad.segment")
    config = Config(published="2018-01-13")
    doc = Document(id="f77f54d92b0e4fd98299023ea982af3c", source=str(SEED),
                   text=SEED.read_text(encoding="utf-8"), published="2018-01-13")
    doc = segment.run(doc, config)
    try:  # the later stages add entities, quotes and times when they are there
        from marsad.pipeline import STAGES, _load
        for name in STAGES:
            if name != "marsad.segment":
                doc = _load(name)(doc, config)
    except ImportError:
        pass
    return doc


def test_seed_articles_fall_into_at_most_three_stories(seed):
    found = units(seed)
    stories = cluster_batch(found)
    print(f"\nseed: {len(found)} articles in {len(set(stories.values()))} stories")
    assert len(found) >= 5
    assert len(set(stories.values())) <= 3


def test_seed_story_view_cites_the_document(seed):
    members = units(seed)
    view = build_story("seed", members)
    for s in view["summary"]:
        assert seed.text[s["start"]:s["end"]] == s["text"]
    for entry in view["timeline"]:
        if entry["kind"] == "event":
            assert seed.text[entry["start"]:entry["end"]] == entry["text"]
