"""`marsad quotes` and `marsad events` on a file given on the command line."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from marsad.cli import app

TEXT = ("وقال وزير الخارجية التركي مولود جاويش أوغلو إن الأوضاع لن تتحسن في سوريا.\n\n"
        "وأضاف جاويش أوغلو: “نركز على العملية السياسية، وتركيا تلعب هنا دورًا رئيسيًا”.\n\n"
        "واستدعت تركيا الثلاثاء سفيري روسيا وإيران إلى وزارة الخارجية.\n")


def _file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return str(path)


def test_quotes_lists_what_a_speaker_said(tmp_path):
    result = CliRunner().invoke(app, ["quotes", _file(tmp_path), "--speaker", "جاويش", "--published", "2018-01-13",
                                      "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    # the speaker is named as written, or by the entity the entity layer links the words to
    assert [r["kind"] for r in rows] == ["reported", "direct"]
    assert all("جاويش أوغلو" in r["speaker"] for r in rows)
    assert all(r["date"] == "2018-01-13" for r in rows)


def test_quotes_with_a_speaker_nobody_quoted(tmp_path):
    result = CliRunner().invoke(app, ["quotes", _file(tmp_path), "--speaker", "بوتين"])
    assert result.exit_code == 0 and "no quotations found" in result.stdout


def test_events_as_csv(tmp_path):
    result = CliRunner().invoke(app, ["events", _file(tmp_path), "--csv", "--published", "2018-01-13"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["type"], r["actor"], r["target"]) for r in rows} == {("PROTEST", "تركيا", "روسيا"),
                                                                   ("PROTEST", "تركيا", "إيران")}


def test_events_refuses_two_formats(tmp_path):
    result = CliRunner().invoke(app, ["events", _file(tmp_path), "--csv", "--json"])
    assert result.exit_code == 2


def test_quotes_and_events_from_the_store(tmp_path):
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", _file(tmp_path), "--db", db, "--published", "2018-01-13"]).exit_code == 0
    quotes = runner.invoke(app, ["quotes", "--db", db, "--direct-only", "--json"])
    assert quotes.exit_code == 0, quotes.output
    speakers = [json.loads(line)["speaker"] for line in quotes.stdout.splitlines()]
    assert len(speakers) == 1 and "جاويش أوغلو" in speakers[0]
    events = runner.invoke(app, ["events", "--db", db, "--type", "protest", "--json"])
    assert sorted(json.loads(line)["target"] for line in events.stdout.splitlines()) == ["إيران", "روسيا"]
