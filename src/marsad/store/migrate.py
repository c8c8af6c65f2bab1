"""Numbered SQL migrations, shared by every backend.

Files are `NNNN_name.sql` in `migrations/`. Ranges: 0001-0009 core store, 0010-0019
dedup, 0020-0029 entities, 0030-0039 search, 0040-0049 stories. Each file is applied
once, in number order, and recorded in the `schema_version` table. A backend whose SQL differs
reads `NNNN_name.DIALECT.sql` in place of `NNNN_name.sql` where one is shipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from .base import StoreError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)(?:\.([a-z]+))?\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available(dialect: str | None = None) -> list[Migration]:
    """Every migration the package ships, by version (the `dialect` variant where there is one)."""
    found: dict[int, Migration] = {}
    entries = sorted(resources.files(__package__).joinpath("migrations").iterdir(),
                     key=lambda e: e.name.count("."))  # plain files first, so a variant replaces its file
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match.group(3) not in (None, dialect):
            continue
        if match.group(3) and int(match.group(1)) in found:
            del found[int(match.group(1))]
        version = int(match.group(1))
        if version in found:
            raise StoreError(f"two migrations share the number {version:04d}: "
                             f"{found[version].name} and {match.group(2)}")
        found[version] = Migration(version, match.group(2), entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def statements(sql: str, complete) -> list[str]:
    """Split a script into statements; `complete` says whether a buffer ends a statement."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if complete(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip() and not all(l.strip().startswith("--") or not l.strip() for l in buf.splitlines()):
        raise StoreError("a migration ends with an unterminated SQL statement")
    return out
