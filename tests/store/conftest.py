"""Fixtures for the store contract: every backend must pass the same tests."""
from __future__ import annotations

import pytest

from marsad.store import open_store
from store_documents import make_document


@pytest.fixture
def make_doc():
    return make_document


@pytest.fixture(params=["sqlite"])
def store(request, tmp_path):
    """A fresh, migrated store of each backend."""
    s = open_store(tmp_path / "marsad.db")
    yield s
    s.close()
