"""The stage contract and the plan.

A stage is a pure function `run(doc: Document, config: Config) -> Document` that reads
the layers earlier stages made and adds its own. `STAGES` is the plan, in order;
each entry names a module that has such a `run`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import import_module

from ..config import Config
from ..model import Document, Rejected

STAGES = [
    "marsad.segment",  # clean, split into articles/paragraphs/sentences/tokens, in-document duplicates
    "marsad.time",  # time expressions resolved against the publication date
    "marsad.entities",  # named entities tagged and linked to knowledge-base or new entity ids
    "marsad.quotes",  # direct and reported speech with speakers
    "marsad.events",  # who did what to whom, when and where (PLOVER types)
]

Stage = Callable[[Document, Config], Document]


@lru_cache(maxsize=None)
def _load(name: str) -> Stage:
    return import_module(name).run


def analyse(doc: Document, config: Config) -> Document:
    """Run every stage of the plan on one document."""
    for name in STAGES:
        doc = _load(name)(doc, config)
    return doc


def analyse_all(items: Iterable[Document | Rejected], config: Config) -> Iterator[Document | Rejected]:
    """Analyse a stream from the readers; a document a stage fails on becomes a Rejected record."""
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        try:
            yield analyse(item, config)
        except Exception as exc:  # a bug on one document must not stop the batch
            yield Rejected(source=item.source, line=item.meta.get("line"), kind="analysis",
                           reason=f"analysis failed: {type(exc).__name__}: {exc}",
                           raw=item.text.encode("utf-8"))
