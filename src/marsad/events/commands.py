"""CLI: `marsad events [PATHS…] [--json|--csv]` (added by `register(app)`)."""
from __future__ import annotations

import csv
import json
import sys
from typing import Annotated

import typer

from ..quotes.commands import ConfigOption, DbOption, PathsArgument, PublishedOption, documents, source_of

FIELDS = ["document", "date", "type", "actor", "actor_entity", "target", "target_entity", "location",
          "location_entity", "evidence", "start", "end", "source"]


def register(app: typer.Typer) -> None:
    @app.command("events")
    def events(paths: PathsArgument = None,
               as_json: Annotated[bool, typer.Option("--json", help="Print JSON Lines.")] = False,
               as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")] = False,
               event_type: Annotated[str | None, typer.Option(
                   "--type", help="Only events of this PLOVER type (ACCUSE, CONSULT, …).", show_default=False)] = None,
               db: DbOption = None, published: PublishedOption = None, config_file: ConfigOption = None) -> None:
        """List events: who did what to whom, when and where, with the words that say so."""
        from ..cli import CliError
        if as_json and as_csv:
            raise CliError("choose one of --json and --csv")
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS) if as_csv else None
        if writer:
            writer.writeheader()
        shown = 0
        for doc in documents(paths, db, published, config_file, "marsad.events"):
            for e in doc.events:
                if event_type and e.type != event_type.upper():
                    continue
                shown += 1
                row = {"document": doc.id, "date": e.date, "type": e.type, "actor": e.actor.name,
                       "actor_entity": e.actor.entity, "target": e.target.name, "target_entity": e.target.entity,
                       "location": e.location.name if e.location else None,
                       "location_entity": e.location.entity if e.location else None,
                       "evidence": doc.text[e.start:e.end], "start": e.start, "end": e.end, "source": source_of(doc)}
                if writer:
                    writer.writerow(row)
                elif as_json:
                    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    where = f" in {row['location']}" if row["location"] else ""
                    sys.stdout.write(f"{e.date or '----------'}  {e.type:<9} {e.actor.name} → {e.target.name}{where}"
                                     f"\n    {' '.join(row['evidence'].split())}  ({row['source']})\n")
        if not shown and not as_json and not as_csv:
            sys.stdout.write("no events found\n")
