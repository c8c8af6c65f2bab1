"""What every Store backend must do: round trips, idempotence, derived ids, rejects."""
from __future__ import annotations

from marsad.model import Rejected, to_json
from marsad.store import content_hash, derived_id


def test_put_get_keeps_every_layer(store, make_doc):
    doc = make_doc(1)
    result = store.put(doc)
    assert result.stored and result.id == doc.id and result.renamed_from is None
    back = store.get(doc.id)
    assert to_json(back, tokens=True) == to_json(doc, tokens=True)
    assert back.articles[0].paragraphs[2].duplicate_of.paragraph == 0
    assert back.meta["section"] == "politics"  # unknown input fields survive


def test_get_unknown_id_is_none(store):
    assert store.get("nope") is None


def test_same_document_twice_is_stored_once(store, make_doc):
    first, second = store.put(make_doc(1)), store.put(make_doc(1))
    assert first.stored and not second.stored and second.id == first.id
    assert store.count() == 1


def test_same_text_under_another_id_is_already_present(store, make_doc):
    store.put(make_doc(1))
    again = store.put(make_doc(1, doc_id="other-id"))
    assert not again.stored and again.id == "doc00001"
    assert store.count() == 1


def test_same_id_with_different_text_gets_a_derived_id(store, make_doc):
    store.put(make_doc(1, doc_id="x"))
    changed = make_doc(1, doc_id="x", variant=" (محدث)")
    result = store.put(changed)
    assert result.stored and result.renamed_from == "x"
    assert result.id == derived_id("x", content_hash(changed.text)) != "x"
    stored = store.get(result.id)
    assert stored.text == changed.text and stored.meta["original_id"] == "x"
    assert store.get("x").text != changed.text
    assert store.count() == 2


def test_has_content_hash(store, make_doc):
    doc = make_doc(3)
    assert not store.has_content_hash(content_hash(doc.text))
    store.put(doc)
    assert store.has_content_hash(content_hash(doc.text))


def test_ids_count_and_iteration_keep_storage_order(store, make_doc):
    order = [7, 2, 9, 4]
    for n in order:
        store.put(make_doc(n))
    expected = [f"doc{n:05d}" for n in order]
    assert store.count() == 4
    assert store.ids() == expected
    assert store.ids(limit=2, offset=1) == expected[1:3]
    assert [d.id for d in store.documents()] == expected


def test_iteration_pages_through_many_documents(store, make_doc):
    for n in range(450):
        store.put(make_doc(n))
    assert sum(1 for _ in store.documents()) == 450


def test_rejects_are_kept_with_their_bytes_once(store):
    bad = Rejected(source="in/feed.jsonl", reason="line 3 is not valid JSON.", line=3, kind="json",
                   raw=b'{"id": "x", "text": ', raw_size=20)
    assert store.put_reject(bad)
    assert not store.put_reject(bad)  # a rerun over the same input records it once
    assert store.put_reject(Rejected(source="in/empty.txt", reason="The file is empty.", kind="empty"))
    kept = store.rejects()
    assert [k.rejected for k in kept] == [bad, Rejected(source="in/empty.txt", reason="The file is empty.",
                                                        kind="empty")]
    assert kept[0].id < kept[1].id and kept[0].rejected_at.endswith("+00:00")


def test_reject_raw_size_defaults_to_the_kept_bytes(store):
    store.put_reject(Rejected(source="a.bin", reason="Binary data.", kind="binary", raw=b"\x00\x01\x02"))
    assert store.rejects()[0].rejected.raw_size == 3


def test_migrate_twice_applies_nothing(store):
    versions = store.schema_versions()
    assert versions and versions[0] == 1
    assert store.migrate() == []
    assert store.schema_versions() == versions
