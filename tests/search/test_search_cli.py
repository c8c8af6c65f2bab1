"""`marsad search` and `marsad migrate` on either backend, chosen by --db."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import open_store
from search_documents import fill, make


def test_search_command_prints_json_with_original_offsets(target):
    with open_store(target) as store:
        fill(store)
        store.put(make("cli", "وصل الوفدُ إلى الرياض", published="2024-05-01", outlet="واس"))
        text = store.get("cli").text
    runner = CliRunner()
    migrated = runner.invoke(app, ["migrate", "--db", target])
    assert migrated.exit_code == 0 and "applied none" in migrated.output
    done = runner.invoke(app, ["search", "الوفد", "--db", target, "--json", "--outlet", "واس",
                               "--from", "2024-05-01", "--to", "2024-05-01"])
    assert done.exit_code == 0, done.output
    hit, = json.loads(done.output)["hits"]
    (start, end), = hit["snippet"]["highlights"]
    assert hit["document"] == "cli" and text[start:end] == "الوفدُ"
    plain = runner.invoke(app, ["search", "الوفد", "--db", target])
    assert "[الوفدُ]" in plain.output
    bad = runner.invoke(app, ["search", "الوفد", "--db", target, "--to", "May"])
    assert bad.exit_code == 2 and "not a date" in bad.output
