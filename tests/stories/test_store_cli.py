"""Persisted decisions (migration 0040) and the commands: stories, story, eval stories."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import open_store
from marsad.stories.persist import StoryIndex
from story_samples import OTHER, RATE_A, RATE_B, RATE_LATER


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "marsad.db") as s:
        yield s


def test_decisions_are_kept_and_replayed(store):
    with StoryIndex(store.location) as index:
        first = index.assign([RATE_A, OTHER])
        assert [d.reason for _, d, _ in first] == ["new", "new"]
    with StoryIndex(store.location) as index:  # a new process: the stored decisions are replayed
        (unit, decision, story), = index.assign([RATE_B, RATE_A])  # RATE_A is already assigned
        assert decision.reason == "similar"
        assert story == index.clusterer().story_of["a#0"]
        listed = index.stories()
        assert {s["size"] for s in listed} == {2, 1}
        view = index.story(story)
        assert view["size"] == 2 and {o["outlet"] for o in view["outlets"]} == {"الأهرام", "المصري اليوم"}
        assert view["first"] == "2023-03-30" and view["last"] == "2023-03-31"
        assert index.recluster([RATE_A, RATE_B, OTHER, RATE_LATER]) == 3
        assert index.story("nope") is None


def test_cli_stories_story_and_eval(tmp_path, mixed_jsonl):
    db = str(tmp_path / "cli.db")
    with open_store(db) as store:
        for doc in (RATE_A, RATE_B, OTHER):
            store.put(doc)
    runner = CliRunner()
    listed = runner.invoke(app, ["stories", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.stdout)
    assert [s["size"] for s in stories] == [2, 1]
    since = json.loads(runner.invoke(app, ["stories", "--db", db, "--json", "--since", "2023-04-01"]).stdout)
    assert since == []
    shown = runner.invoke(app, ["story", stories[0]["id"], "--db", db, "--json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["size"] == 2
    text = runner.invoke(app, ["story", stories[0]["id"], "--db", db])
    assert "summary:" in text.stdout and "timeline:" in text.stdout
    missing = runner.invoke(app, ["story", "s000", "--db", db])
    assert missing.exit_code == 1
    again = runner.invoke(app, ["stories", "--db", db, "--recluster", "--json"])
    assert [s["size"] for s in json.loads(again.stdout)] == [2, 1]

    measured = runner.invoke(app, ["eval", "stories", str(mixed_jsonl), "--json"])
    assert measured.exit_code == 0, measured.output
    result = json.loads(measured.stdout)
    assert set(result) == {"bcubed", "stories"} and set(result["bcubed"]) == {"precision", "recall", "f1"}
    bad = runner.invoke(app, ["eval", "stories", str(tmp_path / "none.jsonl")])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_background_frequencies_are_built_and_shipped(tmp_path):
    import gzip

    from marsad.text.background import build, load
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in [
        "أعلنت الحكومة خطة جديدة للتعليم", "الحكومة تناقش الموازنة", "مباراة كرة القدم انتهت بالتعادل",
    ]), encoding="utf-8")
    out = tmp_path / "df.tsv.gz"
    assert build([str(corpus)], out) == (3, 1)  # only terms in two or more documents are kept
    lines = gzip.open(out, "rt", encoding="utf-8").read().splitlines()
    assert lines == ["#documents\t3", "حكوم\t2"]
    n, df = load()  # the shipped model, made from ANERcorp's news text
    assert n > 200 and len(df) > 5000
