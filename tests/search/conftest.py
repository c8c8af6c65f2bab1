"""The search suite runs on both backends: a fresh SQLite file, and a fresh PostgreSQL database."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "store_pg"))
from pg_cluster import cluster_fixture  # noqa: E402

from marsad.store import open_store  # noqa: E402

postgres_cluster = cluster_fixture()


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    """Where a fresh store lives, for each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "marsad.db")
    return request.getfixturevalue("postgres_cluster").new_database()


@pytest.fixture
def store(target):
    s = open_store(target)
    yield s
    s.close()
