"""Named entities: our own Arabic NER tagger, the knowledge base, and linking of every mention.

The stage: `run(doc, config) -> doc` fills `doc.entities`.
"""
from __future__ import annotations


def run(doc, config=None):
    from .link import run as _run

    return _run(doc, config)
