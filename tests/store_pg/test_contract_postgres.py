"""Every test of the store contract, on PostgreSQL (the `store` fixture of this folder)."""
from test_store_contract import *  # noqa: F401,F403


def test_migrate_names_the_backend_url(store):
    assert store.location.startswith("postgresql://") and store.schema_versions()[-1] >= 30
