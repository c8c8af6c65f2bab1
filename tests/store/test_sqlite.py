"""SQLite specifics: WAL, per-document transactions, migrations, where the file lives."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from marsad.store import StoreError, default_location, migrate, open_store
from marsad.store.sqlite import SQLiteStore


def test_store_uses_wal_and_a_busy_timeout(tmp_path):
    with open_store(tmp_path / "m.db") as s:
        assert s._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s._db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_queryable_tables_hold_the_layers(store, make_doc):
    doc = make_doc(5)
    store.put(doc)
    db = store._db
    row = db.execute("SELECT id, source, published, outlet, url, title, length(content_hash) "
                     "FROM documents").fetchone()
    assert row == (doc.id, doc.source, "2024-03-01", "example", "https://example.com/5",
                   doc.headlines[0], 64)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    paragraphs = db.execute("SELECT paragraph, text, dup_document, dup_article, dup_paragraph "
                            "FROM paragraphs ORDER BY paragraph").fetchall()
    assert [p[1] for p in paragraphs] == [doc.text[p.start:p.end] for _, _, p in doc.paragraphs()]
    assert paragraphs[2][2:] == (doc.id, 0, 0) and paragraphs[0][2:] == (None, None, None)


def test_a_failed_put_leaves_nothing_behind(tmp_path, make_doc):
    path = tmp_path / "m.db"
    store = open_store(path)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TRIGGER fail BEFORE INSERT ON paragraphs "
                "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    raw.commit()
    with pytest.raises(StoreError, match="cannot write to the store at .*disk trouble"):
        store.put(make_doc(1))
    assert store.count() == 0
    assert store._db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    raw.execute("DROP TRIGGER fail")
    raw.commit()
    assert store.put(make_doc(1)).stored  # the store is usable again
    raw.close()
    store.close()


def test_two_writers_wait_for_each_other(tmp_path, make_doc):
    path = tmp_path / "m.db"
    open_store(path).close()
    errors = []

    def write(first: int) -> None:
        try:
            with open_store(path) as s:
                for n in range(first, first + 60):
                    s.put(make_doc(n))
        except Exception as exc:  # collected: a thread's exception would otherwise vanish
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(k * 1000,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(path) as s:
        assert s.count() == 180


def test_missing_store_is_not_created_for_readers(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize("url, relative", [("sqlite:///rel/m.db", "rel/m.db"), ("rel/m.db", "rel/m.db")])
def test_paths_and_sqlite_urls(tmp_path, monkeypatch, url, relative):
    monkeypatch.chdir(tmp_path)
    with open_store(url) as s:
        assert isinstance(s, SQLiteStore)
    assert (tmp_path / relative).exists()


def test_absolute_sqlite_url(tmp_path):
    with open_store(f"sqlite:///{tmp_path}/abs.db"):
        pass
    assert (tmp_path / "abs.db").exists()


def test_unknown_backends_fail_in_one_sentence():
    with pytest.raises(StoreError, match="cannot connect to the store at postgresql://localhost/marsad"):
        open_store("postgresql://localhost/marsad")
    with pytest.raises(StoreError, match="unknown store URL scheme 'mongodb'"):
        open_store("mongodb://localhost/marsad")


def test_default_location_comes_from_the_environment_or_the_user_data_dir(monkeypatch):
    monkeypatch.setenv("MARSAD_DB", "/tmp/somewhere/x.db")
    assert default_location() == "/tmp/somewhere/x.db"
    monkeypatch.delenv("MARSAD_DB")
    assert default_location().endswith("marsad.db") and "marsad" in default_location()


def test_shipped_migrations_are_numbered_and_parse():
    shipped = migrate.available()
    assert shipped[0].version == 1 and shipped[0].name == "core"
    assert [m.version for m in shipped] == sorted({m.version for m in shipped})
    for m in shipped:
        assert migrate.statements(m.sql, sqlite3.complete_statement)


def test_statement_splitting_keeps_triggers_whole():
    sql = ("-- a comment\nCREATE TABLE t (x INTEGER);\n"
           "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 1;\n  SELECT 1;\nEND;\n")
    parts = migrate.statements(sql, sqlite3.complete_statement)
    assert len(parts) == 2 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")
    with pytest.raises(StoreError, match="unterminated"):
        migrate.statements("CREATE TABLE t (x", sqlite3.complete_statement)


def test_a_later_migration_is_applied_once_in_number_order(tmp_path, monkeypatch):
    path = tmp_path / "m.db"
    open_store(path).close()
    shipped = migrate.available()
    extra = [migrate.Migration(19, "later_a", "CREATE TABLE later_a (id TEXT);"),
             migrate.Migration(29, "later_b", "CREATE TABLE later_b (id TEXT);")]
    monkeypatch.setattr(migrate, "available", lambda: shipped + extra)
    with open_store(path, migrate=False) as s:
        assert s.migrate() == [19, 29]
        assert s.migrate() == []
        assert s.schema_versions() == sorted([m.version for m in shipped] + [19, 29])


def test_a_broken_migration_is_rolled_back_and_named(tmp_path, monkeypatch):
    shipped = migrate.available()
    bad = migrate.Migration(9, "broken", "CREATE TABLE ok (x);\nCREATE TABLE documents (x);")
    monkeypatch.setattr(migrate, "available", lambda: shipped + [bad])
    with pytest.raises(StoreError, match="migration 0009_broken failed"):
        open_store(tmp_path / "m.db")
    monkeypatch.setattr(migrate, "available", lambda: shipped)
    with open_store(tmp_path / "m.db") as s:
        assert 9 not in s.schema_versions()
        assert not s._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'ok'").fetchone()
