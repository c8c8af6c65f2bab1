"""The index across documents: copies point to the first seen, containment, persistence, rebuild."""
import sqlite3

import pytest
from dedup_docs import document, wikinews

from marsad.config import Config
from marsad.dedup import DedupIndex
from marsad.dedup.groups import groups

ARTICLES = wikinews()


def paragraphs(n: int, diacritized: bool = False) -> list[str]:
    key = "text_diacritized" if diacritized else "text"
    return [p for p in ARTICLES[n][key].split("\n") if len(p.split()) >= 8]


def memory_index() -> DedupIndex:
    return DedupIndex(sqlite3.connect(":memory:", isolation_level=None), Config())


def reprint(n: int) -> list[str]:
    """Another outlet's copy: diacritized, a dateline on the first paragraph, a connective on the second."""
    out = paragraphs(n, diacritized=True)
    out[0] = "الرياض - واس - " + out[0]
    if len(out) > 1:
        out[1] = "إلى ذلك، " + out[1]
    return out


def decisions(index: DedupIndex):
    items = index.db.execute("SELECT id, canonical, kind, round(score, 6) FROM dedup_item ORDER BY id").fetchall()
    contained = index.db.execute("SELECT * FROM dedup_containment ORDER BY item, container").fetchall()
    return items, contained


def test_copy_across_documents_points_to_the_first_seen():
    index = memory_index()
    assert index.add(document("a", [paragraphs(1)], "okaz", "2015-07-01")) == []
    matches = index.add(document("b", [reprint(1)], "sabq", "2015-07-02"))
    article = [m for m in matches if m.level == "article"]
    assert len(article) == 1 and article[0].of.document == "a" and article[0].kind == "near"
    assert article[0].of.outlet == "okaz" and article[0].of.published == "2015-07-01"
    para = [m for m in matches if m.level == "paragraph"]
    assert len(para) == len(paragraphs(1))
    assert all(m.of.document == "a" and m.of.paragraph == m.item.paragraph for m in para)
    fresh = document("b", [reprint(1)])
    index.annotate(fresh)
    refs = [p.duplicate_of for _, _, p in fresh.paragraphs()]
    assert all(r is not None and r.document == "a" for r in refs)


def test_canonical_knows_all_its_copies():
    index = memory_index()
    index.add(document("a", [paragraphs(2)], "okaz", "2015-07-01"))
    index.add(document("b", [reprint(2)], "sabq", "2015-07-02"))
    index.add(document("c", [paragraphs(2)], "riyadh", "2015-07-03"))
    index.add(document("d", [paragraphs(3)], "okaz", "2015-07-03"))
    found = groups(index)
    assert len(found) == 1
    group = found[0]
    assert group["canonical"]["document"] == "a"
    assert [(c["document"], c["outlet"], c["published"], c["kind"]) for c in group["copies"]] == [
        ("b", "sabq", "2015-07-02", "near"), ("c", "riyadh", "2015-07-03", "exact")]


@pytest.mark.parametrize("compilation_first", [True, False])
def test_article_contained_in_a_compilation(compilation_first):
    index = memory_index()
    single = document("single", [paragraphs(4)])
    compilation = document("compilation", [paragraphs(5), paragraphs(4) + paragraphs(6)])
    for doc in ([compilation, single] if compilation_first else [single, compilation]):
        index.add(doc)
    # whichever came first, the single article is reported as lying within the compilation
    found = [m for m in index.matches("single") if m.level == "article"]
    assert [(m.kind, m.of.document) for m in found] == [("contained", "compilation")]
    assert found[0].score >= 0.9
    listed = groups(index)
    assert len(listed) == 1
    if "contained" in listed[0]:  # found through its paragraphs
        assert listed[0]["contained"]["document"] == "single" and listed[0]["in"]["document"] == "compilation"
        assert listed[0]["share"] == 1.0
    else:  # the compilation came first: its MinHash may show the single article as a shortened copy
        assert compilation_first
        assert listed[0]["canonical"]["document"] == "compilation"
        assert listed[0]["copies"][0]["document"] == "single"


def test_unrelated_documents_do_not_match():
    index = memory_index()
    for n in range(10, 30):
        assert index.add(document(f"w{n}", [paragraphs(n)])) == []


def test_rebuild_gives_the_same_answer():
    index = memory_index()
    docs = [document("a", [paragraphs(1)]), document("b", [reprint(1)]),
            document("c", [paragraphs(4)]), document("d", [paragraphs(5), paragraphs(4) + paragraphs(6)]),
            document("e", [paragraphs(7) + paragraphs(1)[:1]]), document("f", [reprint(7)])]
    for doc in docs:
        index.add(doc)
    before = decisions(index)
    assert any(row[1] is not None for row in before[0]) and before[1]
    index.rebuild()
    assert decisions(index) == before
    index.rebuild(docs)
    assert decisions(index) == before


def test_state_persists_and_grows_incrementally(tmp_path):
    path = tmp_path / "dedup.db"
    first = DedupIndex(str(path), Config())
    first.add(document("a", [paragraphs(8)]))
    first.db.close()
    again = DedupIndex(str(path), Config())
    matches = again.add(document("b", [reprint(8)]))
    assert {m.of.document for m in matches} == {"a"}
    assert again.add(document("b", [reprint(8)])) == matches  # the same document is indexed once
    assert again.db.execute("SELECT count(*) FROM dedup_document").fetchone()[0] == 2


def test_add_inside_a_callers_transaction_rolls_back_with_it():
    db = sqlite3.connect(":memory:", isolation_level=None)
    index = DedupIndex(db, Config())
    db.execute("BEGIN")
    index.add(document("a", [paragraphs(9)]))
    db.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM dedup_item").fetchone()[0] == 0


def test_short_lines_are_not_indexed():
    index = memory_index()
    index.add(document("a", [["شاهد أيضاً", "تابعونا على تويتر"] + paragraphs(1)]))
    assert index.add(document("b", [["شاهد أيضاً", "تابعونا على تويتر"] + paragraphs(2)])) == []


def test_ingest_indexes_copies_as_documents_arrive(tmp_path):
    """`marsad ingest` feeds the duplicate index: a later reprint points at the first-seen copy."""
    from marsad.model import Document
    from marsad.pipeline.runner import ingest
    from marsad.store import open_store

    body = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بسعة ثلاثمئة سرير، "
            "وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المنطقة الشمالية.")
    first = Document(id="first", source="a.txt", text=body + "\n\nوفي سياق آخر افتتح معرض للكتاب.")
    reprint = Document(id="reprint", source="b.txt", text="إلى ذلك " + body)
    store = open_store(tmp_path / "m.db")
    config = Config(db=str(tmp_path / "m.db"))
    ingest([first, reprint], store, config)
    stored = store.get("reprint")
    ref = stored.articles[0].paragraphs[0].duplicate_of
    store.close()
    assert ref is not None and ref.document == "first" and (ref.article, ref.paragraph) == (0, 0)
