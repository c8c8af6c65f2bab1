"""New entities persisted in the store: two `marsad ingest` runs over different files merge a new
person seen in both under one id, and `marsad entities` lists counts from the store."""
import json

from typer.testing import CliRunner

from marsad.cli import app
from marsad.entities import link
from marsad.store import open_store

FIRST = ("وقال رئيس مجلس إدارة الشركة محمد العتيبي إن الأرباح ارتفعت خلال الربع الأول. "
         "وأضاف العتيبي أن العام المقبل سيكون أفضل.\n")
SECOND = "ونفى العتيبي هذه الأنباء في تصريح صحفي أدلى به في الرياض.\n"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def people(store) -> dict[str, set[str]]:
    """Each stored document's person ids, by document source file name."""
    return {doc.source.rsplit("/", 1)[-1]: {e.id for e in doc.entities if e.type == "PER"}
            for doc in store.documents()}


def test_two_ingests_merge_a_new_person_under_one_id(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    link.REGISTRY.ids.clear()  # as in a new process: only the store remembers the first run
    link.REGISTRY.surnames.clear()
    assert run("ingest", tmp_path / "b.txt", "--db", db).exit_code == 0
    with open_store(db, create=False) as store:
        found = people(store)
    print(found)
    assert found["a.txt"] == {"per:محمد_العتيبي"}
    assert found["b.txt"] == {"per:محمد_العتيبي"}

    result = run("entities", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in map(json.loads, result.output.splitlines())}
    person = rows["per:محمد_العتيبي"]
    assert (person["mentions"], person["documents"], person["type"]) == (3, 2, "PER")
    assert person["name"] == "محمد العتيبي"
    assert rows["loc:الرياض"]["documents"] == 1
    text = run("entities", "--db", db).output
    assert "محمد العتيبي  [per:محمد_العتيبي]" in text


def test_entities_counts_documents_stored_before_the_registry(tmp_path):
    from marsad.config import Config
    from marsad.entities import run as link_entities
    from marsad.model import Document

    db = tmp_path / "old.db"
    from marsad.entities.registry import StoreRegistry

    db = tmp_path / "old.db"
    with open_store(db) as store:  # stored directly, as before the registry existed
        store.put(link_entities(Document(id="d1", source="d1", text=FIRST), Config()))
        store.put(link_entities(Document(id="d2", source="d2", text="لا أسماء هنا."), Config()))
    result = run("entities", "--json", "--db", db)
    rows = {r["id"]: r for r in map(json.loads, result.output.splitlines())}
    assert rows["per:محمد_العتيبي"]["mentions"] == 2
    with open_store(db, create=False) as store:  # both recorded: the next listing reads no document
        assert StoreRegistry(store).recorded() == {"d1", "d2"}
