"""CLI: `marsad train ner`, `marsad eval ner FILE [--json]`, `marsad tag --conll FILE`,
`marsad build kb` and `marsad entities [--json]` (added by `register(app)`)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

DbOption = Annotated[str | None, typer.Option("--db", help="Store file or URL.", show_default=False)]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML configuration file.",
                                                   show_default=False)]
FileArgument = Annotated[Path, typer.Argument(help="CoNLL file: `token tag` per line (IOB2), "
                                              "a blank line between sentences.", show_default=False)]

train_app = typer.Typer(help="Train a model from the data the repository ships.", no_args_is_help=True)
eval_app = typer.Typer(help="Score a model on labelled data.", no_args_is_help=True)
build_app = typer.Typer(help="Build the shipped tables (knowledge base, word clusters).",
                        no_args_is_help=True)


def _readable(path: Path) -> None:
    from ..cli import CliError

    if not path.is_file():
        raise CliError(f"{path} is not a readable file")


@train_app.command("ner")
def train_ner(iterations: Annotated[int, typer.Option(help="L-BFGS iterations.")] = 120,
              heldout_dir: Annotated[Path | None, typer.Option(
                  "--heldout-dir", help="Also write the held-out parts as CoNLL files here.")] = None
              ) -> None:
    """Train the NER tagger on the training side of data/ner/ (held-out blocks are never seen).

    The gazetteer features come from the knowledge base: after editing curated.tsv, run
    `marsad build kb` first. One run takes a few minutes on one core.
    """
    from . import clusters, training

    log = lambda msg: print(msg, file=sys.stderr)  # noqa: E731
    n = training.write_ambiguous()
    log(f"{n} ordinary words listed for the linker")
    n = clusters.build(training.ROOT, training.MODEL_DIR / "clusters.tsv")
    log(f"{n} words clustered from the unlabelled text")
    training.train(iterations=iterations, log=log)
    if heldout_dir:
        for path in training.write_heldout(heldout_dir):
            log(f"held-out part written to {path}")


StyleOption = Annotated[str, typer.Option(
    "--style", help="Annotation guidelines to follow: news (ANERcorp, the default) or fane "
                    "(WikiFANE/NewsFANE).")]


def _style(style: str) -> str:
    from ..cli import CliError

    if style not in ("news", "fane"):
        raise CliError(f"unknown style {style!r}: use news or fane")
    return style


@eval_app.command("ner")
def eval_ner(file: FileArgument,
             json_out: Annotated[bool, typer.Option("--json", help="JSON: micro and per_type.")] = False,
             style: StyleOption = "news",
             document: Annotated[int, typer.Option(
                 "--document", metavar="N", help="Score in documents of N consecutive sentences, with "
                 "the tagger's second pass over each (0: one sentence at a time).")] = 0) -> None:
    """Precision, recall and F1 per type and micro-averaged on exact entity spans."""
    from ..cli import CliError
    from .corpus import read_conll
    from .evaluate import evaluate, format_report
    from .tagger import load

    _readable(file)
    if document < 0:
        raise CliError("--document takes a number of sentences, 0 or more")
    result = evaluate(read_conll(file), load(), _style(style), document)
    if json_out:
        print(json.dumps({"micro": result["micro"], "macro_f1": result["macro_f1"],
                          "per_type": result["per_type"]}, indent=1))
    else:
        print(format_report(result))


def tag(conll: Annotated[Path, typer.Option("--conll", help="CoNLL file whose tokens are tagged.",
                                            show_default=False)],
        style: StyleOption = "news") -> None:
    """Tag a CoNLL file's tokens and print `token tag` lines in the same form."""
    from .corpus import read_conll
    from .tagger import load

    _readable(conll)
    tagger = load()
    out = sys.stdout
    for sentence in read_conll(conll):
        tokens = [t for t, _ in sentence]
        out.writelines(f"{t} {g}\n" for t, g in zip(tokens, tagger.tag(tokens, _style(style))))
        out.write("\n")


@build_app.command("kb")
def build_kb() -> None:
    """Rebuild data/kb.jsonl and data/demonyms.tsv from CLDR, pycountry, ArWikiCats and curated.tsv."""
    from .build_kb import build

    counts = build()
    print(f"{counts['entities']} entities, {counts['demonyms']} demonym forms written")


def entities(json_out: Annotated[bool, typer.Option("--json", help="One JSON object per entity.")] = False,
             db: DbOption = None, config_file: ConfigOption = None) -> None:
    """List the stored documents' entities with their mention and document counts."""
    from ..cli import load_config
    from ..store import open_store

    config = load_config(config_file, db=db)
    with open_store(config.db, create=False) as store:
        rows = _registry_counts(store, config)
        if rows is None:  # a backend without the registry tables: count from the documents
            rows = _document_counts(store)
    for eid, name, kind, count, documents in rows:
        if json_out:
            print(json.dumps({"id": eid, "name": name, "type": kind, "mentions": count,
                              "documents": documents}, ensure_ascii=False))
        else:
            print(f"{count:6d} {documents:5d}  {kind:4} {name}  [{eid}]")


def _registry_counts(store, config):
    """Counts from the entity registry, after recording any stored document it lacks (stored
    before the registry existed, or by a run killed between the two writes)."""
    from ..store import StoreError
    from . import kb as kbase
    from .registry import StoreRegistry

    try:
        tables = StoreRegistry(store)
    except StoreError:
        return None
    if store.count():
        recorded = tables.recorded()
        missing = [i for i in store.ids() if i not in recorded]
        if missing:
            known = set(kbase.load(config.entities.user_entities).entities)
            for doc_id in missing:
                tables.record(store.get(doc_id), known)
    return tables.counts()


def _document_counts(store):
    mentions: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    info: dict[str, tuple[str, str]] = {}
    for doc in store.documents():
        for e in doc.entities:
            mentions[e.id] += len(e.mentions)
            documents[e.id] += 1
            info.setdefault(e.id, (e.name, e.type))
    return [(eid, *info[eid], count, documents[eid]) for eid, count in mentions.most_common()]


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
    app.add_typer(eval_app, name="eval")
    app.add_typer(build_app, name="build")
    app.command("tag")(tag)
    app.command("entities")(entities)
