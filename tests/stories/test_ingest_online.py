"""Stories assigned as `marsad ingest` stores each document (stories/online.py)."""
from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.config import Config
from marsad.pipeline import runner
from marsad.store import open_store


def _write(path, docs) -> str:
    with open(path, "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps({"id": d["doc_id"], "title": d["title"], "text": d["text"]},
                                 ensure_ascii=False) + "\n")
    return str(path)


def _partition(db: str) -> dict[str, str]:
    """document id -> story id, as persisted."""
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT document_id, story_id FROM story_articles"))


def _listed(db: str) -> list[dict]:
    result = CliRunner().invoke(app, ["stories", "--db", db, "--json", "--limit", "1000"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _one_shot(db: str) -> tuple[dict[str, str], list[dict]]:
    """Forget every decision and let `marsad stories` assign the stored documents in arrival order."""
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM story_articles")
        con.execute("DELETE FROM stories")
    listed = _listed(db)
    return _partition(db), listed


@pytest.fixture(scope="module")
def batches(tmp_path_factory, multiling_docs):
    """The MultiLing dev documents in two input files, interleaving the three stories."""
    folder = tmp_path_factory.mktemp("online")
    half = len(multiling_docs) // 2
    return (_write(folder / "first.jsonl", multiling_docs[::2][:half]),
            _write(folder / "second.jsonl", multiling_docs[1::2] + multiling_docs[::2][half:]))


@pytest.mark.parametrize("flush", [None, 4])  # the default, and writes in the middle of each run
def test_ingest_assigns_stories_in_two_batches_like_one_shot(tmp_path, batches, multiling_docs,
                                                             monkeypatch, flush):
    if flush:
        monkeypatch.setattr("marsad.stories.online.FLUSH", flush)
    db = str(tmp_path / "online.db")
    runner_ = CliRunner()
    first = runner_.invoke(app, ["ingest", batches[0], "--db", db])
    assert first.exit_code == 0, first.output
    after_first = _partition(db)
    assert len(after_first) == len(multiling_docs[::2])  # assigned right after ingest, nothing else run
    second = runner_.invoke(app, ["ingest", batches[1], "--db", db])
    assert second.exit_code == 0, second.output
    online = _partition(db)
    assert len(online) == len(multiling_docs)
    assert {d: online[d] for d in after_first} == after_first  # earlier decisions are kept
    online_listed = _listed(db)  # nothing left to assign: the stories the ingest runs made
    assert _partition(db) == online
    gold = {d["doc_id"]: d["topic"] for d in multiling_docs}
    stories = {}
    for doc, story in online.items():
        stories.setdefault(story, set()).add(gold[doc])
    print(f"\nonline: {len(multiling_docs)} articles in {len(stories)} stories; "
          f"gold topics per story: {sorted(len(t) for t in stories.values())}")
    assert all(len(topics) == 1 for topics in stories.values())  # no story mixes two gold stories

    one_shot, shot_listed = _one_shot(db)
    assert _groups(online) == _groups(one_shot)
    assert [(s["id"], s["size"], s["headline"]) for s in online_listed] == \
        [(s["id"], s["size"], s["headline"]) for s in shot_listed]


def _groups(partition: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc, story in partition.items():
        groups.setdefault(story, set()).add(doc)
    return {frozenset(g) for g in groups.values()}


def test_a_killed_run_is_caught_up_by_the_next_ingest(tmp_path, batches, monkeypatch):
    db = str(tmp_path / "killed.db")
    config = Config(db=db)

    def killed(self) -> None:  # the process dies before the pending decisions are written
        self.index.close()

    monkeypatch.setattr("marsad.stories.online.IngestStories.close", killed)
    with open_store(db) as store:
        runner.ingest_paths([batches[0]], store, config)
    monkeypatch.undo()
    stored = _partition(db)
    with open_store(db) as store:
        count = store.count()
        assert len(stored) < count  # only the catch-up at the first document was written
        runner.ingest_paths([batches[1]], store, config)
        assert len(_partition(db)) == store.count()
    caught_up = _partition(db)
    assert _groups(caught_up) == _groups(_one_shot(db)[0])


def test_no_story_tables_means_no_assignment(tmp_path, batches):
    db = str(tmp_path / "plain.db")
    with open_store(db) as store:
        store._db.execute("DROP TABLE story_articles")
        summary = runner.ingest_paths([batches[0]], store, Config(db=db))
    assert summary.stored > 0
