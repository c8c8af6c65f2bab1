"""CLI: `marsad dedup [--rebuild]` and `marsad dups [--json] [--paragraphs]` (added by `register(app)`)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .signature import ARTICLE, PARAGRAPH

DbOption = Annotated[str | None, typer.Option("--db", help="Store file or URL.", show_default=False)]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML configuration file.",
                                                   show_default=False)]


def _where(w: dict) -> str:
    place = f"{w['document']} article {w['article']}"
    if w.get("paragraph") is not None:
        place += f" paragraph {w['paragraph']}"
    extra = ", ".join(str(v) for v in (w.get("outlet"), w.get("published")) if v)
    return place + (f" ({extra})" if extra else "")


def catch_up(index, store) -> int:
    """Index the stored documents the index has not seen yet, in the order they were stored."""
    done = {d for (d,) in index.db.execute("SELECT document FROM dedup_document")}
    new = [i for i in store.ids() if i not in done]
    return index.add_many(doc for doc in map(store.get, new) if doc is not None) if new else 0


def dedup(rebuild: Annotated[bool, typer.Option("--rebuild", help="Recompute every signature and decision "
                                                "from the stored documents.")] = False,
          db: DbOption = None, config_file: ConfigOption = None) -> None:
    """Index stored documents for duplicates (only those not indexed yet, unless --rebuild)."""
    from ..cli import err, load_config
    from ..store import open_store
    from .groups import summary
    from .index import DedupIndex

    config = load_config(config_file, db=db)
    with open_store(config.db, create=False) as store:
        index = DedupIndex(store, config)
        with err.status("indexing…"):
            if rebuild:
                index.rebuild(store.documents())
            else:
                catch_up(index, store)
        s = summary(index)
    print(f"{s['documents']} documents, {s['paragraphs']} paragraphs indexed; "
          f"{s['paragraph_copies']} paragraph copies, {s['article_copies']} article copies in "
          f"{s['article_groups']} groups, {s['contained']} articles contained in another document")


def dups(json_out: Annotated[bool, typer.Option("--json", help="One JSON object per group.")] = False,
         paragraphs: Annotated[bool, typer.Option("--paragraphs", help="Groups of paragraphs, "
                                                  "not of articles.")] = False,
         db: DbOption = None, config_file: ConfigOption = None) -> None:
    """List the groups of copies: each canonical (first seen) with its copies, outlets and dates
    (documents stored since the last `marsad dedup` are indexed first)."""
    from ..cli import err, load_config
    from ..store import open_store
    from .groups import groups
    from .index import DedupIndex

    config = load_config(config_file, db=db)
    with open_store(config.db, create=False) as store:
        index = DedupIndex(store, config)
        added = catch_up(index, store)
        if added:
            err.print(f"indexed {added} new documents", markup=False)
        found = groups(index, PARAGRAPH if paragraphs else ARTICLE)
    out = sys.stdout
    for group in found:
        if json_out:
            out.write(json.dumps(group, ensure_ascii=False) + "\n")
        elif "contained" in group:
            out.write(f"{_where(group['contained'])} is contained in {group['in']['document']} "
                      f"({group['share']:.0%})\n")
        else:
            out.write(_where(group["canonical"]) + "\n")
            for copy in group["copies"]:
                out.write(f"  {copy['kind']} {copy['score']:.2f}  {_where(copy)}\n")
    if not found and not json_out:
        out.write("no copies found\n")
    out.flush()


def register(app: typer.Typer) -> None:
    app.command("dedup")(dedup)
    app.command("dups")(dups)
