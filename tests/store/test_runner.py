"""The batch runner: analyse, store, count, keep rejects, skip what is already stored."""
from __future__ import annotations

import pytest

import blank_line_stage
from marsad import pipeline
from marsad.config import Config
from marsad.model import Document, Rejected
from marsad.pipeline.runner import ingest


@pytest.fixture(autouse=True)
def test_stage(monkeypatch):
    monkeypatch.setattr(pipeline, "STAGES", ["blank_line_stage"])
    blank_line_stage.calls.clear()


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, source=f"in/{doc_id}.txt", text=text)


def batch() -> list:
    return [
        doc("a", "الفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الأولى."),
        Rejected(source="in/bad.jsonl", reason="Line 2 is not valid JSON.", line=2, kind="json", raw=b"{"),
        doc("b", "خبر آخر.\n\nتفاصيل الخبر."),
        doc("c", "FAIL: نص يكسر المرحلة."),
        doc("a2", "الفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الأولى."),  # same text as "a"
    ]


def test_a_batch_is_analysed_stored_and_counted(store):
    seen = []
    summary = ingest(batch(), store, Config(), progress=lambda s: seen.append(s.read))
    assert (summary.read, summary.stored, summary.present) == (4, 2, 1)
    assert (summary.articles, summary.paragraphs, summary.duplicates) == (2, 5, 1)
    assert summary.rejected == 2 and summary.reasons == {"json": 1, "analysis": 1}
    assert [r.kind for r in summary.sample] == ["json", "analysis"]
    assert "cannot split this text" in summary.sample[1].reason
    assert store.ids() == ["a", "b"]
    assert store.get("a").articles[0].paragraphs[2].duplicate_of.paragraph == 0
    kept = [k.rejected for k in store.rejects()]
    assert [(r.source, r.line, r.kind) for r in kept] == [("in/bad.jsonl", 2, "json"), ("in/c.txt", None,
                                                                                       "analysis")]
    assert kept[1].raw == "FAIL: نص يكسر المرحلة.".encode()
    assert len(seen) == 5


def test_a_rerun_stores_nothing_new_and_analyses_nothing_stored(store):
    ingest(batch(), store, Config())
    blank_line_stage.calls.clear()
    again = ingest(batch(), store, Config())
    assert (again.read, again.stored, again.present, again.rejected) == (4, 0, 3, 2)
    assert blank_line_stage.calls == ["c"]  # only the text that failed is analysed again
    assert store.count() == 2 and len(store.rejects()) == 2


def test_an_id_reused_for_another_text_is_stored_under_a_derived_id_and_reported(store):
    ingest([doc("x", "النص الأول.")], store, Config())
    summary = ingest([doc("x", "نص مختلف تماماً.")], store, Config())
    assert summary.stored == 1 and len(summary.renamed) == 1
    original, stored_as = summary.renamed[0]
    assert original == "x" and stored_as.startswith("x-") and store.get(stored_as).text == "نص مختلف تماماً."


def test_the_summary_keeps_a_sample_of_rejects_but_stores_them_all(store):
    many = [Rejected(source=f"in/{n}.bin", reason="Binary data, not text.", kind="binary") for n in range(50)]
    summary = ingest(many, store, Config())
    assert summary.rejected == 50 and len(summary.sample) == 20
    assert len(store.rejects()) == 50


def test_a_document_that_cannot_be_stored_is_rejected_and_the_batch_goes_on(store):
    broken = doc("s", "نص فيه \udc80 رمز بديل منفرد.")  # a lone surrogate cannot be written as UTF-8
    summary = ingest([broken, doc("ok", "نص سليم.")], store, Config())
    assert summary.stored == 1 and summary.reasons == {"store": 1}
    assert store.ids() == ["ok"]
    assert store.rejects()[0].rejected.source == "in/s.txt"
