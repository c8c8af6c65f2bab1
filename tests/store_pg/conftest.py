"""The store contract (tests/store/test_store_contract.py) run again on PostgreSQL."""
from __future__ import annotations

import pytest

from marsad.store import open_store
from pg_cluster import cluster_fixture
from store_documents import make_document

postgres_cluster = cluster_fixture()


@pytest.fixture
def make_doc():
    return make_document


@pytest.fixture
def store(postgres_cluster):
    """A fresh, migrated PostgreSQL store (a new database per test)."""
    s = open_store(postgres_cluster.new_database())
    yield s
    s.close()
