"""Arabic-aware full-text search over stored articles and story headlines, on SQLite or PostgreSQL.

`search(store, "query", Filters(...))` returns ranked hits with highlighted snippets whose
offsets are spans of each document's original text. The index is filled by the store's put.
"""
from .engine import Hit, Results, StoryHit, search
from .filters import FilterError, Filters
from .query import QueryError, parse

__all__ = ["FilterError", "Filters", "Hit", "QueryError", "Results", "StoryHit", "parse", "search"]
