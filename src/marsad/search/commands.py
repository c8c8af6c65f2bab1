"""CLI: `marsad search QUERY [--from --to --outlet --entity --story] [--json]` and `marsad reindex`
(added by `register(app)`)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

DbOption = Annotated[str | None, typer.Option("--db", help="Store file or URL.", show_default=False)]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML configuration file.",
                                                   show_default=False)]


def _open(db: str | None, config_file: Path | None):
    from ..cli import load_config
    from ..store import open_store
    return open_store(load_config(config_file, db=db).db, create=False)


def _marked(text: str, start: int, highlights: list[tuple[int, int]]) -> str:
    """The snippet with each highlighted span in [brackets], for the terminal."""
    out, pos = [], 0
    for s, e in highlights:
        out += [text[pos:s - start], "[", text[s - start:e - start], "]"]
        pos = e - start
    return " ".join("".join(out + [text[pos:]]).split())  # one line per snippet


def search_command(
        query: Annotated[str, typer.Argument(metavar="QUERY",
                                             help='Words and "quoted phrases"; all must match.')],
        date_from: Annotated[str | None, typer.Option("--from", help="Published on or after (YYYY-MM-DD).",
                                                      show_default=False)] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="Published on or before (YYYY-MM-DD).",
                                                    show_default=False)] = None,
        outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet.",
                                                   show_default=False)] = None,
        entity: Annotated[str | None, typer.Option(
            "--entity", help="Only articles naming this entity (id or name).", show_default=False)] = None,
        story: Annotated[str | None, typer.Option("--story", help="Only articles of this story (id).",
                                                  show_default=False)] = None,
        limit: Annotated[int, typer.Option("--limit", help="How many articles.", min=1)] = 10,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
        db: DbOption = None, config_file: ConfigOption = None) -> None:
    """Search stored articles and story headlines (Arabic spelling variants and word forms match)."""
    from ..cli import CliError
    from . import FilterError, Filters, QueryError, search
    filters = Filters(date_from, date_to, outlet, entity, story)
    with _open(db, config_file) as store:
        try:
            results = search(store, query, filters, limit=limit)
        except (QueryError, FilterError) as exc:
            raise CliError(str(exc)) from None
    if as_json:
        print(json.dumps({
            "query": query,
            "stories": [{"id": s.story_id, "headline": s.headline, "size": s.size,
                         "highlights": [list(h) for h in s.highlights]} for s in results.stories],
            "hits": [{"document": h.document_id, "article": h.article, "score": round(h.score, 4),
                      "title": h.title, "published": h.published, "outlet": h.outlet,
                      "snippet": {"start": h.snippet.start, "end": h.snippet.end, "text": h.snippet.text,
                                  "highlights": [list(x) for x in h.snippet.highlights]}}
                     for h in results.hits]}, ensure_ascii=False, indent=1))
        return
    for s in results.stories:
        print(f"story {s.story_id} ({s.size} articles): {_marked(s.headline, 0, s.highlights)}")
    if not results.hits:
        print("no article matches")
    for h in results.hits:
        head = " · ".join(x for x in (h.published and h.published[:10], h.outlet, h.title) if x)
        print(f"{h.document_id}#{h.article}  {h.score:.2f}  {head}")
        print(f"    {_marked(h.snippet.text, h.snippet.start, h.snippet.highlights)}")


def reindex_command(db: DbOption = None, config_file: ConfigOption = None) -> None:
    """Rebuild the search index from every stored document (for stores filled before search existed)."""
    from .reindex import reindex
    with _open(db, config_file) as store:
        print(f"{store.location}: indexed {reindex(store)} articles")


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)
    app.command("reindex")(reindex_command)
