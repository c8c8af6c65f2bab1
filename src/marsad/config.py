"""One typed configuration tree: defaults in code, overlaid by a TOML file, the environment and CLI flags.

Each pipeline stage owns one section; the tree is passed down, never kept in a global.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any


@dataclass
class IngestConfig:
    max_bytes: int = 256 * 1024 * 1024  # one input larger than this is rejected, not read
    keep_rejected_bytes: int = 64 * 1024 * 1024  # how much of a rejected input is kept for inspection


@dataclass
class SegmentConfig:
    tokens: bool = True  # build the token layer (with clitics)


@dataclass
class DedupConfig:
    threshold: float = 0.8  # Jaccard resemblance of word shingles for a near-duplicate
    containment: float = 0.9  # share of a text contained in a longer one
    shingle: int = 3
    num_perm: int = 128
    bands: int = 16  # LSH bands of band_rows MinHash values each: a pair at 0.75 is a candidate 99.8% of the time
    band_rows: int = 4
    min_words: int = 4  # shorter paragraphs ("شاهد أيضاً") are not indexed
    containment_min: int = 20  # word shingles an article needs before it is reported as contained


@dataclass
class StoriesConfig:
    threshold: float = 0.15  # similarity (cosine plus entity bonus) an article needs to join a story
    entity_weight: float = 0.025  # weight of the entity evidence (-1..1, from the share of names shared)
    window_days: int = 3  # a story takes no more articles this many days after its last one
    gap_penalty: float = 0.03  # extra similarity needed per day between the article and the story
    age_penalty: float = 0.06  # extra similarity needed per day the story has run beyond window_days
    min_terms: int = 50  # an article with fewer distinct terms joins its document's previous article
    cohesion: float = 0.08  # lowest mean pairwise cosine of a story's articles after a join
    same_document: float = 0.5  # share of the threshold needed to join a story holding a sibling article
    background: bool = True  # start term frequencies from the shipped general-news counts
    vector_terms: int = 300  # strongest terms kept per article
    query_terms: int = 20  # terms looked up to find candidate stories
    candidates: int = 30  # stories scored in full per article
    centroid_terms: int = 300  # terms a story centroid keeps after pruning
    summary_words: int = 250  # length of a story summary
    refine_passes: int = 2  # batch only: passes moving each article to its best story once all are built
    merge_threshold: float = 0.25  # batch only: centroid cosine at which two stories become one
    merge_rounds: int = 2
    link: float = 0.05  # mean cosine an article needs to its nearest members of a story
    link_members: int = 3  # how many nearest members that mean is over
    member_cohesion: float = 0.0  # mean cosine an article needs to a story's recent members
    free_size: int = 10  # members in the window up to which a story needs no extra cohesion
    cohesion_growth: float = 0.25  # extra mean cosine needed per e-fold of members beyond free_size
    member_memory: int = 30  # recent members a story keeps to compare new articles with
    member_terms: int = 60  # strongest terms kept per remembered member
    copy_cosine: float = 0.6  # cosine to a member at which an article is a reprint of it and joins
    copy_candidates: int = 3  # best stories checked for a reprint even below the threshold


@dataclass
class EntitiesConfig:
    user_entities: str | None = None  # one's own entities, TSV or JSON Lines (entities/data/README.md)
    min_confidence: float = 0.5  # least CRF marginal probability of a tagged name's tokens for it to be kept


@dataclass
class Config:
    db: str | None = None  # path or URL; None means the per-user data directory
    published: str | None = None  # publication date to assume when the input has none (YYYY-MM-DD)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    stories: StoriesConfig = field(default_factory=StoriesConfig)
    entities: EntitiesConfig = field(default_factory=EntitiesConfig)


def _overlay(obj: Any, values: dict[str, Any]) -> None:
    names = {f.name: f for f in fields(obj)}
    for key, value in values.items():
        key = key.replace("-", "_")
        if key not in names:
            raise ValueError(f"unknown configuration key {key!r}")
        current = getattr(obj, key)
        if is_dataclass(current) and isinstance(value, dict):
            _overlay(current, value)
        else:
            setattr(obj, key, value)


def load(path: str | Path | None = None, **overrides: Any) -> Config:
    """Defaults, then the TOML file (MARSAD_CONFIG or `path`), then MARSAD_DB, then non-None overrides."""
    config = Config()
    path = path or os.environ.get("MARSAD_CONFIG")
    if path:
        with open(path, "rb") as fh:
            _overlay(config, tomllib.load(fh))
    if os.environ.get("MARSAD_DB"):
        config.db = os.environ["MARSAD_DB"]
    _overlay(config, {k: v for k, v in overrides.items() if v is not None})
    return config
