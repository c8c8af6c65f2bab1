"""Where documents and rejects are kept: one small interface, an embedded SQLite backend.

`open_store(target)` takes a path, a URL (`sqlite:///relative.db`, `sqlite:////abs.db`) or
None (then `MARSAD_DB`, then the per-user data directory), opens the backend the URL's
scheme names, and applies pending migrations.
"""
from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path

from platformdirs import user_data_dir

from .base import PutResult, Store, StoredReject, StoreError, content_hash, derived_id

# URL scheme -> "module:Class" of the backend; a server backend adds one line here
BACKENDS = {
    "sqlite": "marsad.store.sqlite:SQLiteStore",
    "postgresql": "marsad.store.postgres:PostgresStore",
    "postgres": "marsad.store.postgres:PostgresStore",
}


def default_location() -> str:
    """MARSAD_DB if set, else marsad.db in the per-user data directory."""
    return os.environ.get("MARSAD_DB") or str(Path(user_data_dir("marsad", appauthor=False)) / "marsad.db")


def _backend(target: str) -> tuple[str, str]:
    """(backend name, what to hand the backend) for a path or URL."""
    if "://" not in target:
        return "sqlite", target
    scheme, rest = target.split("://", 1)
    scheme = scheme.split("+", 1)[0].lower()
    if scheme == "sqlite":
        return "sqlite", rest[1:] if rest.startswith("/") else rest
    return scheme, target


def open_store(target: str | Path | None = None, create: bool = True, migrate: bool = True) -> Store:
    """Open a store; `create=False` refuses to make a new one (for commands that only read)."""
    target = str(target) if target else default_location()
    name, where = _backend(target)
    if name in ("postgres", "postgresql") and name not in BACKENDS:
        raise StoreError(f"the PostgreSQL backend is not available yet, so {target} cannot be opened")
    if name not in BACKENDS:
        raise StoreError(f"unknown store URL scheme {name!r} in {target} (known: {', '.join(BACKENDS)})")
    module, cls = BACKENDS[name].split(":")
    store = getattr(import_module(module), cls)(where, create=create)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store


__all__ = ["BACKENDS", "PutResult", "Store", "StoreError", "StoredReject", "content_hash",
           "default_location", "derived_id", "open_store"]
