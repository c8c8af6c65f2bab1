"""CLI: `marsad stories`, `marsad story ID`, `marsad eval stories FILE.jsonl` (added by `register(app)`)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..config import Config
from ..model import Document, Rejected

SinceOption = Annotated[str | None, typer.Option(
    "--since", help="Only stories with an article on or after this date (YYYY-MM-DD).", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
DbOption = Annotated[str | None, typer.Option("--db", help="Store file or URL.", show_default=False)]
ANERCORP = "data/ner/anercorp-camel-train/ANERcorp_CamelSplit_train.txt"  # from the repository's root
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML configuration file.",
                                                   show_default=False)]


def _config(config_file: Path | None, db: str | None = None) -> Config:
    from ..cli import load_config
    return load_config(config_file, db=db)


def _index(store, config: Config):
    from .persist import StoryIndex
    return StoryIndex(store.location, config.stories)


def _analysed(docs, config: Config):
    """Documents through the analysis plan when it runs (the store already holds analysed ones)."""
    try:
        from ..pipeline import analyse_all
    except ImportError:
        yield from docs
        return
    for item in analyse_all(docs, config):
        if not isinstance(item, Rejected):
            yield item


def read_gold(path: str, config: Config) -> list[tuple[Document, str]]:
    """(document, gold story) for each record of a JSON Lines file; records without `story` are skipped."""
    from ..cli import CliError
    if not Path(path).is_file():
        raise CliError(f"{path}: no such file")
    try:
        from ..ingest import read as read_inputs
        items = read_inputs([path], config)
    except ImportError:
        from .evaluate import read_jsonl
        items = (doc for doc, _ in read_jsonl(path))
    out = []
    for doc in _analysed(items, config):
        fields = doc.meta.get("fields") or {}
        story = fields.get("story", doc.meta.get("story"))
        if story is not None:
            out.append((doc, str(story)))
    if not out:
        raise CliError(f"{path} has no records with a gold `story` field")
    return out


def evaluate_file(path: str, config: Config) -> dict:
    """Cluster the file's articles from scratch in memory and score them against the gold stories."""
    from .batch import cluster_batch
    from .evaluate import bcubed
    from .units import units

    gold_docs = read_gold(path, config)
    items, gold = [], {}
    for doc, story in gold_docs:
        for unit in units(doc):
            items.append(unit)
            gold[unit.key] = story
    predicted = cluster_batch(items, config.stories)
    scores = bcubed(predicted, gold)
    return {"bcubed": scores.as_dict(), "stories": len(set(predicted.values())), "articles": len(items)}


def register(app: typer.Typer) -> None:
    @app.command("stories")
    def stories_command(since: SinceOption = None, as_json: JsonOption = False,
                        recluster: Annotated[bool, typer.Option(
                            "--recluster", help="Redo every story decision in batch.")] = False,
                        limit: Annotated[int, typer.Option("--limit", help="How many stories to list.")] = 50,
                        db: DbOption = None, config_file: ConfigOption = None) -> None:
        """Group stored articles into stories (new ones online) and list the stories."""
        from ..cli import CliError
        from ..store import open_store
        if since is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
            raise CliError(f"--since must be a date written YYYY-MM-DD, not {since!r}")
        config = _config(config_file, db)
        with open_store(config.db, create=False) as store:
            with _index(store, config) as index:
                if recluster:
                    index.recluster(store.documents())
                else:  # only the documents stored since the last run are read
                    done = index.assigned()
                    index.assign(doc for doc in map(store.get, [i for i in store.ids() if i not in done])
                                 if doc is not None)
                listed = index.stories(since, limit)
        if as_json:
            sys.stdout.write(json.dumps(listed, ensure_ascii=False) + "\n")
            return
        from rich.console import Console
        from rich.table import Table
        table = Table("story", "articles", "first", "last", "headline")
        for s in listed:
            table.add_row(s["id"], str(s["size"]), s["first"] or "", s["last"] or "", s["headline"] or "")
        Console(highlight=False).print(table)

    @app.command("story")
    def story_command(story_id: Annotated[str, typer.Argument(metavar="ID", help="Story id.")],
                      as_json: JsonOption = False, db: DbOption = None,
                      config_file: ConfigOption = None) -> None:
        """Show one story: headline, summary with sources, timeline, entities, quotes, outlets."""
        from ..store import open_store
        config = _config(config_file, db)
        with open_store(config.db, create=False) as store:
            with _index(store, config) as index:
                view = index.story(story_id)
                location = store.location
        if view is None:
            print(f"marsad: there is no story {story_id} in {location}", file=sys.stderr)
            raise typer.Exit(1)
        if as_json:
            sys.stdout.write(json.dumps(view, ensure_ascii=False) + "\n")
            return
        from .views import story_text
        print(story_text(view))

    eval_app = _group(app, "eval", "Score a model on labelled data.")

    @eval_app.command("stories")
    def eval_stories(path: Annotated[str, typer.Argument(metavar="FILE.jsonl",
                                                         help="Articles with a gold `story` field.")],
                     as_json: JsonOption = False, config_file: ConfigOption = None) -> None:
        """Cluster the file's articles from scratch and print BCubed precision, recall and F1."""
        result = evaluate_file(path, _config(config_file))
        if as_json:
            sys.stdout.write(json.dumps({"bcubed": result["bcubed"], "stories": result["stories"]}) + "\n")
            return
        b = result["bcubed"]
        print(f"{result['articles']} articles in {result['stories']} stories; BCubed precision "
              f"{b['precision']:.4f}, recall {b['recall']:.4f}, F1 {b['f1']:.4f}")

    train_app = _group(app, "train", "Train a model from the data the repository ships.")

    @train_app.command("stories")
    def train_stories(corpus: Annotated[list[str] | None, typer.Argument(
            metavar="CORPUS...", show_default=False,
            help=f"News text: CoNLL `token tag` files or JSON Lines (default: {ANERCORP}).")] = None) -> None:
        """Rebuild the background term frequencies the story clustering starts from."""
        from ..cli import CliError
        from ..text.background import MODEL, build
        paths = corpus or [ANERCORP]
        for path in paths:
            if not Path(path).is_file():
                raise CliError(f"{path}: no such file")
        documents, terms = build(paths)
        print(f"{MODEL}: {terms} terms from {documents} documents")


def _group(app: typer.Typer, name: str, help: str) -> typer.Typer:
    """A shared command group (`marsad eval`, `marsad train`): reused when another module made it."""
    for group in app.registered_groups:
        if group.name == name and group.typer_instance is not None:
            return group.typer_instance
    made = typer.Typer(help=help, no_args_is_help=True)
    app.add_typer(made, name=name)
    return made
