"""The `marsad` command line: a thin layer over the library.

Exit codes: 0 everything was read (and stored), 1 some inputs were rejected (or an id was
not found), 2 a usage or configuration error, 3 an internal error (a bug; please report it).
Other modules add commands by exposing `register(app)` and being listed in COMMAND_MODULES.
"""
from __future__ import annotations

import base64
import io
import json
import os
import re
import sys
import time
from contextlib import contextmanager
from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.exceptions import TyperException
from rich.console import Console
from rich.progress import (BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table

from . import config as config_module
from .model import Rejected, to_json
from .store import StoreError, open_store

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

# modules that each expose `register(app: typer.Typer)`; one line per module
COMMAND_MODULES: list[str] = [
    "marsad.entities.commands",
    "marsad.stories.commands",
    "marsad.search.commands",
    "marsad.dedup.commands",
    "marsad.quotes.commands",
    "marsad.events.commands",
]

err = Console(stderr=True, highlight=False, soft_wrap=True)  # one message, one line


class CliError(Exception):
    """A usage or configuration error; the message is one sentence."""


class _Group(typer.core.TyperGroup):
    """Turns any error inside a command into one sentence on stderr and an exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, TyperException):
            raise
        except BrokenPipeError:  # the reader of our output went away (e.g. `| head`): stop quietly
            try:  # so the interpreter's last flush of stdout does not fail again
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError, io.UnsupportedOperation):
                pass
            raise typer.Exit(EXIT_OK)
        except (CliError, StoreError) as exc:
            err.print(f"marsad: {exc}", markup=False)
            raise typer.Exit(EXIT_USAGE)
        except KeyboardInterrupt:
            err.print("marsad: interrupted; everything committed so far is kept", markup=False)
            raise typer.Exit(130)
        except Exception as exc:  # a bug: still one sentence, never a traceback
            err.print(f"marsad: internal error ({type(exc).__name__}): {exc}", markup=False)
            raise typer.Exit(EXIT_INTERNAL)


app = typer.Typer(name="marsad", cls=_Group, no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="Arabic news intelligence: read, clean, split and store Arabic news.")

ConfigOption = Annotated[Path | None, typer.Option(
    "--config", help="TOML configuration file (default: MARSAD_CONFIG).", show_default=False)]
DbOption = Annotated[str | None, typer.Option(
    "--db", help="Store file or URL (default: MARSAD_DB, then the per-user data directory).",
    show_default=False)]
PathsArgument = Annotated[list[str], typer.Argument(
    help="Files, directories, archives (.gz, .zip, WARC), or - for standard input.", show_default=False)]
PublishedOption = Annotated[str | None, typer.Option(
    "--published", help="Publication date to assume when an input has none (YYYY-MM-DD).",
    show_default=False)]


def load_config(config_file: Path | None = None, **overrides: Any) -> config_module.Config:
    """The configuration tree, or a one-sentence CliError naming what is wrong."""
    published = overrides.get("published")
    if published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise CliError(f"--published must be a date written YYYY-MM-DD, not {published!r}")
    try:
        return config_module.load(config_file, **overrides)
    except FileNotFoundError:
        raise CliError(f"the configuration file {config_file} does not exist") from None
    except Exception as exc:
        raise CliError(f"the configuration is not valid: {exc}") from None


def _check_paths(paths: list[str]) -> None:
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise CliError(f"{path}: no such file or directory")


def _stdin(paths: list[str]):
    return sys.stdin.buffer if "-" in paths else None


def _reject_line(r: Rejected) -> str:
    if r.reason.startswith(r.source):  # the readers' sentences already name the file (and line)
        return f"{r.reason} [{r.kind}]"
    where = r.source + (f", line {r.line}" if r.line is not None else "")
    return f"{where}: {r.reason} [{r.kind}]"


class Format(str, Enum):
    json = "json"
    text = "text"


@app.command()
def read(paths: PathsArgument,
         format: Annotated[Format, typer.Option("--format", help="json: JSON Lines in the documented "
                                                "schema; text: a readable outline.")] = Format.json,
         published: PublishedOption = None,
         tokens: Annotated[bool, typer.Option("--tokens", help="Include the token layer.")] = False,
         db: Annotated[str | None, typer.Option("--db", help="Also point copied paragraphs at their "
                                                "first-seen copy in this store.", show_default=False)] = None,
         config_file: ConfigOption = None) -> None:
    """Analyse documents without storing them; print one JSON object per document."""
    config = load_config(config_file, published=published)
    _check_paths(paths)
    from .ingest import read as read_inputs
    from .pipeline import analyse_all
    from .pipeline.views import outline

    rejected = 0
    copies = None
    if db:  # cross-document duplicates
        from .dedup import annotator
        copies = annotator(db, config)
    for item in analyse_all(read_inputs(paths, config, stdin=_stdin(paths)), config):
        if copies and not isinstance(item, Rejected):
            item = copies(item)
        if isinstance(item, Rejected):
            rejected += 1
            err.print(f"rejected: {_reject_line(item)}", markup=False)
        elif format is Format.json:
            sys.stdout.write(json.dumps(to_json(item, tokens=tokens), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(outline(item) + "\n")
    sys.stdout.flush()
    raise typer.Exit(EXIT_REJECTED if rejected else EXIT_OK)


@contextmanager
def _ingest_bar():
    """A progress callback drawing on stderr, only on a terminal: a bar over the input bytes on disk
    with an ETA; with the total unknown (standard input) the bar pulses and the counts still run."""
    with Progress(SpinnerColumn(), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, transient=False, disable=not err.is_terminal) as bar:
        task = bar.add_task("reading…", total=None)
        started = time.monotonic()

        def progress(s) -> None:
            rate = s.read / max(time.monotonic() - started, 1e-6)
            bar.update(task, total=s.bytes_total or None, completed=s.bytes_done,
                       description=f"{s.read} read ({rate:.1f} docs/s) · {s.stored} stored · "
                                   f"{s.present} already present · {s.rejected} rejected")

        yield progress


@app.command()
def ingest(paths: PathsArgument, db: DbOption = None, published: PublishedOption = None,
           config_file: ConfigOption = None) -> None:
    """Analyse documents and store them (idempotent: a rerun adds only what is missing)."""
    from .pipeline.runner import ingest_paths

    config = load_config(config_file, db=db, published=published)
    _check_paths(paths)
    with open_store(config.db) as store:
        with _ingest_bar() as progress:
            summary = ingest_paths(paths, store, config, stdin=_stdin(paths), progress=progress)
        location = store.location
    out = Console(highlight=False, soft_wrap=True)
    table = Table(title=f"stored in {location}", title_justify="left", show_header=False)
    for label, value in (("documents read", summary.read), ("stored", summary.stored),
                         ("already present", summary.present), ("articles stored", summary.articles),
                         ("paragraphs stored", summary.paragraphs),
                         ("duplicate paragraphs stored", summary.duplicates),
                         ("rejected", summary.rejected)):
        table.add_row(label, str(value))
    out.print(table)
    for kind, n in summary.reasons.most_common():
        out.print(f"  rejected as {kind}: {n}", markup=False)
    for r in summary.sample:
        out.print(f"  {_reject_line(r)}", markup=False)
    if summary.rejected > len(summary.sample):
        out.print(f"  … and {summary.rejected - len(summary.sample)} more: see `marsad rejects`", markup=False)
    for original, stored in summary.renamed:
        out.print(f"  id {original} was taken by a different text; stored as {stored}", markup=False)
    raise typer.Exit(EXIT_REJECTED if summary.rejected else EXIT_OK)


@app.command()
def show(doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id.")], db: DbOption = None,
         as_json: Annotated[bool, typer.Option("--json", help="Print the stored JSON instead.")] = False,
         config_file: ConfigOption = None) -> None:
    """Print a stored document with its layers."""
    from .pipeline.views import rich_view

    config = load_config(config_file, db=db)
    with open_store(config.db, create=False) as store:
        doc = store.get(doc_id)
        location = store.location
    if doc is None:
        err.print(f"marsad: there is no document {doc_id} in {location}", markup=False)
        raise typer.Exit(EXIT_REJECTED)
    if as_json:
        sys.stdout.write(json.dumps(to_json(doc, tokens=True), ensure_ascii=False) + "\n")
    else:
        Console(highlight=False).print(rich_view(doc))


@app.command()
def rejects(db: DbOption = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print JSON Lines.")] = False,
            raw: Annotated[int | None, typer.Option("--raw", metavar="N",
                                                    help="Write the kept bytes of rejection N to stdout.",
                                                    show_default=False)] = None,
            config_file: ConfigOption = None) -> None:
    """List what was rejected and why."""
    config = load_config(config_file, db=db)
    with open_store(config.db, create=False) as store:
        kept = store.rejects()
    if raw is not None:
        match = [k for k in kept if k.id == raw]
        if not match:
            raise CliError(f"there is no rejection number {raw}")
        sys.stdout.buffer.write(match[0].rejected.raw or b"")
        return
    if as_json:
        for k in kept:
            r = k.rejected
            record = {"id": k.id, "rejected_at": k.rejected_at, "source": r.source, "line": r.line,
                      "kind": r.kind, "reason": r.reason, "raw_size": r.raw_size,
                      "raw_kept": len(r.raw) if r.raw is not None else 0,
                      "raw_head_base64": base64.b64encode((r.raw or b"")[:96]).decode("ascii")}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    out = Console(highlight=False, soft_wrap=True)
    if not kept:
        out.print("nothing was rejected")
        return
    for k in kept:  # one line per rejection, so the list greps and pipes well
        size = "" if k.rejected.raw_size is None else f" ({k.rejected.raw_size} bytes)"
        out.print(f"{k.id:>4}  {k.rejected_at}  {_reject_line(k.rejected)}{size}", markup=False)


@app.command()
def migrate(db: DbOption = None, config_file: ConfigOption = None) -> None:
    """Create the store or bring its tables up to date."""
    config = load_config(config_file, db=db)
    with open_store(config.db, migrate=False) as store:
        applied = store.migrate()
        versions = store.schema_versions()
        location = store.location
    done = ", ".join(f"{v:04d}" for v in applied) if applied else "none"
    print(f"{location}: applied {done}; schema at {versions[-1]:04d}" if versions else location)


def register_commands(target: typer.Typer, modules: list[str]) -> list[str]:
    """Add each module's commands; a module that fails to load costs only its own commands."""
    problems = []
    for name in modules:
        try:
            import_module(name).register(target)
        except Exception as exc:
            problems.append(f"marsad: the commands of {name} are unavailable ({type(exc).__name__}: {exc})")
    return problems


for _problem in register_commands(app, COMMAND_MODULES):
    err.print(_problem, markup=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
