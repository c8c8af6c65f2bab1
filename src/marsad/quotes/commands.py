"""CLI: `marsad quotes [PATHS…] [--speaker NAME]` (added by `register(app)`).

Without paths it lists what the documents in the store quote; with paths it analyses those files
on the fly without storing them.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from ..model import Document, Quote, Rejected
from ..text.normalize import search_form

PathsArgument = Annotated[list[str] | None, typer.Argument(
    help="Files to analyse instead of the store (as for `marsad read`).", show_default=False)]
DbOption = Annotated[str | None, typer.Option("--db", help="Store file or URL.", show_default=False)]
PublishedOption = Annotated[str | None, typer.Option(
    "--published", help="Publication date to assume when an input has none (YYYY-MM-DD).", show_default=False)]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML configuration file.", show_default=False)]


def documents(paths: list[str] | None, db: str | None, published: str | None,
              config_file: Path | None, stage: str) -> Iterator[Document]:
    """Analysed documents: the given files through the whole plan, or the stored ones (a stored
    document read before `stage` existed gets that stage now)."""
    from importlib import import_module

    from ..cli import _check_paths, _stdin, err, load_config

    config = load_config(config_file, db=db, published=published)
    if paths:
        from ..ingest import read as read_inputs
        from ..pipeline import analyse_all
        _check_paths(paths)
        for item in analyse_all(read_inputs(paths, config, stdin=_stdin(paths)), config):
            if isinstance(item, Rejected):
                err.print(f"rejected: {item.source}: {item.reason}", markup=False)
            else:
                yield item
        return
    from ..store import open_store
    run = import_module(stage).run
    with open_store(config.db, create=False) as store:
        for doc in store.documents():
            if stage == "marsad.quotes" and not doc.quotes or stage == "marsad.events" and not doc.events:
                doc = run(doc, config)
            yield doc


def source_of(doc: Document) -> str:
    return str(doc.meta.get("outlet") or doc.meta.get("url") or doc.source or doc.id)


def matches(doc: Document, q: Quote, wanted: str) -> bool:
    """Whether the speaker's name, the words naming them or their entity id contain `wanted`."""
    sp = q.speaker
    span = doc.text[sp.start:sp.end] if sp.start is not None else ""
    key = search_form(wanted).strip()
    return any(key and key in search_form(s or "") for s in (sp.name, span)) or sp.entity == wanted


def register(app: typer.Typer) -> None:
    @app.command("quotes")
    def quotes(paths: PathsArgument = None,
               speaker: Annotated[str | None, typer.Option(
                   "--speaker", help="Only what this speaker said (part of a name, a title, or an entity id).",
                   show_default=False)] = None,
               reported: Annotated[bool, typer.Option(
                   "--reported/--direct-only", help="Include reported speech.")] = True,
               as_json: Annotated[bool, typer.Option("--json", help="Print JSON Lines.")] = False,
               db: DbOption = None, published: PublishedOption = None, config_file: ConfigOption = None) -> None:
        """List quotations with their speakers, dates and sources."""
        shown = 0
        for doc in documents(paths, db, published, config_file, "marsad.quotes"):
            for q in doc.quotes:
                if (not reported and q.kind != "direct") or (speaker and not matches(doc, q, speaker)):
                    continue
                shown += 1
                sp = q.speaker
                who = "(anonymous source)" if sp.anonymous and not sp.name else sp.name or "(unknown)"
                if sp.anonymous and sp.name:
                    who += " (anonymous)"
                row = {"document": doc.id, "date": doc.published, "source": source_of(doc), "kind": q.kind,
                       "speaker": sp.name, "entity": sp.entity, "anonymous": sp.anonymous, "partial": q.partial,
                       "start": q.start, "end": q.end, "text": doc.text[q.start:q.end]}
                if as_json:
                    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    text = " ".join(row["text"].split())
                    sys.stdout.write(f"{doc.published or '----------'}  {who} [{q.kind}] — {source_of(doc)}\n"
                                     f"    «{text}»\n")
        if not shown and not as_json:
            sys.stdout.write("no quotations found\n")
