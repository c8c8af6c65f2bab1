"""`marsad dedup [--rebuild]` and `marsad dups [--json]` on a real store."""
import json

from dedup_docs import document, wikinews
from typer.testing import CliRunner

from marsad.cli import app
from marsad.config import Config
from marsad.dedup import DedupIndex, run
from marsad.store import open_store

ROWS = wikinews()


def _paragraphs(n: int, diacritized: bool = False) -> list[str]:
    return [p for p in ROWS[n]["text_diacritized" if diacritized else "text"].split("\n") if len(p.split()) >= 8]


def _store(tmp_path):
    path = tmp_path / "marsad.db"
    docs = [document("wire-1", [_paragraphs(1)], "okaz", "2015-07-01"),
            document("reprint-1", [["الرياض - واس - " + p for p in _paragraphs(1, True)[:1]] + _paragraphs(1)[1:]],
                     "sabq", "2015-07-02"),
            document("other", [_paragraphs(2)], "okaz", "2015-07-02"),
            document("reprint-2", [_paragraphs(1) + ["شاهد أيضاً"]], "riyadh", "2015-07-03")]
    with open_store(str(path)) as store:
        assert 10 in store.schema_versions()  # the store applies our migration
        for doc in docs:
            store.put(doc)
    return path, docs


def test_dedup_then_dups(tmp_path):
    path, _ = _store(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["dedup", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "4 documents" in result.output and "2 article copies in 1 groups" in result.output
    result = runner.invoke(app, ["dups", "--json", "--db", str(path)])
    assert result.exit_code == 0, result.output
    groups = [json.loads(line) for line in result.output.splitlines()]
    assert len(groups) == 1
    assert groups[0]["canonical"] == {"document": "wire-1", "outlet": "okaz", "published": "2015-07-01",
                                      "article": 0}
    assert [(c["document"], c["outlet"], c["kind"]) for c in groups[0]["copies"]] == [
        ("reprint-1", "sabq", "near"), ("reprint-2", "riyadh", "exact")]
    text = runner.invoke(app, ["dups", "--db", str(path)]).output
    assert "wire-1 article 0 (okaz, 2015-07-01)" in text and "near" in text
    paragraphs = runner.invoke(app, ["dups", "--paragraphs", "--json", "--db", str(path)]).output
    assert len(paragraphs.splitlines()) == len(_paragraphs(1))


def test_dups_indexes_what_was_stored_since(tmp_path):
    path, _ = _store(tmp_path)
    result = CliRunner().invoke(app, ["dups", "--json", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert len([line for line in result.output.splitlines() if line.startswith("{")]) == 1


def test_rebuild_gives_the_same_groups(tmp_path):
    path, _ = _store(tmp_path)
    runner = CliRunner()
    runner.invoke(app, ["dedup", "--db", str(path)])
    before = runner.invoke(app, ["dups", "--json", "--paragraphs", "--db", str(path)]).output
    result = runner.invoke(app, ["dedup", "--rebuild", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["dups", "--json", "--paragraphs", "--db", str(path)]).output == before


def test_stage_fills_duplicate_of_across_documents(tmp_path):
    path, docs = _store(tmp_path)
    with open_store(str(path)) as store:
        DedupIndex(store, Config()).rebuild(store.documents())
    config = Config(db=str(path))
    fresh = document("new", [_paragraphs(2)[:2]])
    run(fresh, config)
    refs = [p.duplicate_of for _, _, p in fresh.paragraphs()]
    assert [(r.document, r.article, r.paragraph) for r in refs] == [("other", 0, 0), ("other", 0, 1)]
    untouched = document("x", [_paragraphs(3)])
    assert all(p.duplicate_of is None for _, _, p in run(untouched, config).paragraphs())
    missing = document("y", [_paragraphs(2)[:2]])
    run(missing, Config(db=str(tmp_path / "none.db")))  # no store there: nothing to compare with
    assert all(p.duplicate_of is None for _, _, p in missing.paragraphs())
    assert not (tmp_path / "none.db").exists()


def test_missing_store_is_one_sentence(tmp_path):
    result = CliRunner().invoke(app, ["dups", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "there is no store" in result.output and "Traceback" not in result.output


def test_read_with_db_points_copies_at_other_documents(tmp_path):
    path, _ = _store(tmp_path)
    runner = CliRunner()
    runner.invoke(app, ["dedup", "--db", str(path)])
    source = tmp_path / "new.jsonl"
    text = "\n\n".join(_paragraphs(2)[:2] + _paragraphs(4)[:1])
    source.write_text(json.dumps({"id": "new-1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["read", str(source), "--db", str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output.splitlines()[0])
    refs = [p["duplicate_of"] for a in out["articles"] for p in a["paragraphs"]]
    print(refs)
    assert {"document": "other", "article": 0, "paragraph": 0} in refs
    assert {"document": "other", "article": 0, "paragraph": 1} in refs
    plain = json.loads(runner.invoke(app, ["read", str(source)]).output.splitlines()[0])
    assert all(p["duplicate_of"] is None for a in plain["articles"] for p in a["paragraphs"])


def test_dups_keeps_the_input_id_of_a_renamed_document(tmp_path):
    path = tmp_path / "marsad.db"
    with open_store(str(path)) as store:
        store.put(document("a1", [_paragraphs(5)], "okaz"))
        renamed = store.put(document("a1", [_paragraphs(5) + ["تابعونا على تويتر"]], "sabq"))  # id taken
    assert renamed.renamed_from == "a1"
    runner = CliRunner()
    runner.invoke(app, ["dedup", "--db", str(path)])
    groups = [json.loads(line) for line in runner.invoke(app, ["dups", "--json", "--db", str(path)]).output.splitlines()]
    assert len(groups) == 1
    copy = groups[0]["copies"][0]
    assert copy["document"] == renamed.id and copy["input_id"] == "a1" and copy["kind"] == "exact"
    assert "input_id" not in groups[0]["canonical"]
