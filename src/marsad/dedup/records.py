"""What the index hands out (Ref, Match) and what it reasons with (Known)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Ref:
    """Where a paragraph (or an article: paragraph None; a document: article None) lives."""
    document: str
    article: int | None = None
    paragraph: int | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass
class Match:
    """`item` is a copy of `of` (kind exact or near), or lies within it (kind contained)."""
    level: str  # paragraph | article
    kind: str  # exact | near | contained
    item: Ref
    of: Ref
    score: float  # estimated resemblance, or the share of `item` found in `of`


@dataclass
class Known:
    """An indexed item as the decision needs it (root: its canonical, or itself)."""
    id: int
    doc: int
    level: str
    article: int
    paragraph: int | None
    size: int
    exact: int
    sig: np.ndarray
    root: int  # its canonical, or itself
    kind: str | None = None
    score: float | None = None
    keys: list[int] | None = None  # the keys it is indexed under
