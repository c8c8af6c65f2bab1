"""`marsad ingest` progress: the runner reports input bytes against a total known before reading,
and the bar is drawn only on a terminal (the closing summary is the same either way)."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli import app
from marsad.config import Config
from marsad.pipeline.runner import ingest_paths
from marsad.store import open_store

NEWS = "أعلنت وزارة التربية تأجيل بدء العام الدراسي أسبوعاً واحداً بسبب أعمال صيانة المدارس."


def corpus(folder):
    folder.mkdir()
    lines = [json.dumps({"id": f"j{i}", "text": f"{NEWS} الخبر رقم {i}."}, ensure_ascii=False)
             for i in range(4)]
    (folder / "1-feed.jsonl").write_text("\n".join(lines[:2] + ['{"id": '] + lines[2:]) + "\n",
                                         encoding="utf-8")
    (folder / "2-news.txt").write_text("خبر آخر: " + NEWS, encoding="utf-8")
    return sum(p.stat().st_size for p in folder.iterdir())


def test_the_runner_reports_bytes_up_to_the_total(tmp_path):
    total = corpus(tmp_path / "in")
    reports = []
    with open_store(tmp_path / "p.db") as store:
        summary = ingest_paths([tmp_path / "in"], store, Config(), progress=lambda s: reports.append(
            (s.read, s.stored, s.rejected, s.bytes_done, s.bytes_total)))
    for report in reports:
        print(report)
    assert (summary.read, summary.stored, summary.rejected) == (5, 5, 1)
    assert {r[4] for r in reports} == {total}
    done = [r[3] for r in reports]
    assert done == sorted(done) and done[0] > 0 and done[-1] == total == summary.bytes_done
    assert len(set(done)) >= 5  # the JSON Lines file advances line by line, not only at its end


def test_no_bar_off_a_terminal_and_the_summary_is_unchanged(tmp_path):
    corpus(tmp_path / "in")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 1  # one bad JSON line
    assert "reading" not in result.stderr and "docs/s" not in result.stderr
    assert "documents read" in result.stdout and "1-feed.jsonl, line 3" in result.stdout
