"""Each reader on realistic fixtures: seed-style and plain text, JSON Lines, HTML, RSS, Atom, WARC."""
from __future__ import annotations

import gzip
import hashlib
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.config import Config
from marsad.ingest import read
from marsad.model import Document, Rejected

FIXTURES = Path(__file__).parent.parent / "fixtures"
INGEST = FIXTURES / "ingest"
SEED = FIXTURES / "seed" / "000_a68358c4f541d689.txt"


def read_all(*paths, config=None, stdin=None):
    return list(read([str(p) for p in paths], config or Config(), stdin=stdin))


def documents(items):
    return [i for i in items if isinstance(i, Document)]


def rejects(items):
    return [i for i in items if isinstance(i, Rejected)]


def test_seed_style_text_keeps_the_whole_text_and_finds_the_id_line():
    [doc] = read_all(SEED)
    assert doc.text == SEED.read_bytes().decode("utf-8")
    assert doc.id == "f77f54d92b0e4fd98299023ea982af3c"
    start, end = doc.meta["id_span"]
    assert doc.text[start:end] == doc.id
    assert doc.meta["layout"] == "headed" and doc.meta["format"] == "seed"
    assert doc.text[:start].strip().startswith("روسيا تتهم أميركا")
    assert doc.published is None


def test_plain_text_id_is_the_sha256_of_the_text(tmp_path):
    path = tmp_path / "brief.txt"
    text = "أعلنت وزارة الداخلية عن إغلاق الطريق الساحلي مؤقتاً بسبب أعمال الصيانة.\n"
    path.write_text(text, encoding="utf-8")
    [doc] = read_all(path)
    assert doc.text == text
    assert doc.id == hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    assert doc.meta["format"] == "text" and "layout" not in doc.meta


def test_configured_publication_date_is_used_when_the_input_has_none():
    [doc] = read_all(SEED, config=Config(published="2018-01-13"))
    assert doc.published == "2018-01-13" and doc.meta["published_assumed"] is True


def test_json_lines_fields_aliases_and_bad_lines():
    items = read_all(INGEST / "articles.jsonl")
    for item in items:
        print(type(item).__name__, getattr(item, "id", ""), getattr(item, "reason", ""))
    docs, bad = documents(items), rejects(items)
    assert [d.id for d in docs][:3] == ["rsd-2024-000114", "a7f3", docs[2].id]
    first, second, third, fourth = docs
    assert first.text.startswith("أقر مجلس النواب") and first.published == "2024-02-14"
    assert first.meta["title"] == "البرلمان يقر الموازنة العامة للعام المقبل"
    assert first.meta["outlet"] == "النهار" and first.meta["line"] == 1
    assert first.meta["fields"] == {"section": "سياسة", "word_count": 41}
    assert second.meta["url"] == "https://alqabas.example.com/sport/5521"
    assert second.meta["title"] == "نادي الهلال يتعاقد مع مدرب جديد"
    assert second.published == "2024-02-15T18:20:00" and second.meta["outlet"] == "القبس"
    assert second.meta["fields"] == {"tags": ["رياضة", "كرة القدم"]}
    assert third.text == ("ارتفعت أسعار النفط في التعاملات الآسيوية صباح الخميس.\n\n"
                          "وصعد خام برنت إلى 83 دولاراً للبرميل.")
    assert third.published == "2024-02-15T07:10:00+00:00" and third.meta["outlet"] == "وكالة الأنباء"
    assert third.id == hashlib.sha256(third.text.encode()).hexdigest()[:32]
    assert fourth.published == "2024-02-16"  # Arabic-Indic digits, day first
    assert [(r.line, r.kind) for r in bad] == [(3, "json"), (5, "no-text")]
    assert "articles.jsonl, line 3, is not valid JSON" in bad[0].reason
    assert bad[0].raw.startswith(b'{"id": "broken-1"')


def test_json_array_and_pretty_printed_json(tmp_path):
    array = tmp_path / "export.json"
    array.write_text('[\n {"id": "x1", "text": "نص الخبر الأول"},\n'
                     ' {"id": "x2", "text": "نص الخبر الثاني"},\n 7\n]', encoding="utf-8")
    items = read_all(array)
    assert [d.id for d in documents(items)] == ["x1", "x2"]
    assert [r.kind for r in rejects(items)] == ["json"]


def test_html_page_main_text_and_metadata():
    [doc] = read_all(INGEST / "news_page.html")
    print(doc.text)
    assert doc.meta["title"] == "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة"
    assert doc.meta["author"] == "سارة المنصوري"
    assert doc.meta["outlet"] == "صحيفة الفجر"
    assert doc.meta["url"] == "https://alfajr.example.com/health/2024/03/11/measles-campaign"
    assert doc.published == "2024-03-11T08:45:00+03:00"
    paragraphs = doc.text.split("\n\n")
    assert any(p.startswith("أطلقت وزارة الصحة، صباح الاثنين") for p in paragraphs)
    assert any(p.startswith("وتستمر الحملة أسبوعين") for p in paragraphs)
    assert "وأوضح أن اللقاح آمن" in doc.text  # the line after a <br> stays in its paragraph
    for chrome in ("الرئيسية", "شارك", "جميع الحقوق محفوظة", "ارتفاع الإصابات بالإنفلونزا"):
        assert chrome not in doc.text


def test_html_without_text_is_rejected():
    [bad] = read_all(INGEST / "empty_page.html")
    assert bad.kind == "no-text" and "empty_page.html" in bad.reason and bad.raw


def test_rss_items_full_content_or_summary():
    docs = read_all(INGEST / "feed.rss")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    full, summary, plain = docs
    assert full.meta["text_from"] == "content" and summary.meta["text_from"] == "summary"
    assert full.text.count("\n\n") == 2 and "<p>" not in full.text
    assert full.text.startswith("قرر البنك المركزي، الثلاثاء،")
    assert full.meta["url"] == "https://gna.example.net/economy/2024/11/05/central-bank-rates"
    assert full.meta["outlet"] == "وكالة الأنباء الخليجية - آخر الأخبار"
    assert full.meta["author"] == "خالد العتيبي"
    assert full.published == "2024-11-05T13:05:00+03:00"
    assert summary.text.startswith("افتُتح صباح اليوم") and "<a" not in summary.text
    assert plain.meta["title"] == "المنتخب الوطني يتأهل إلى نهائي كأس الخليج"


def test_atom_entries():
    first, second = read_all(INGEST / "feed.atom")
    assert first.meta["title"] == "موجة حر قياسية تضرب المنطقة"  # HTML title reduced to text
    assert first.text.split("\n\n")[1].startswith("ودعت السلطات")
    assert first.published == "2024-06-20T07:30:00+02:00" and first.meta["outlet"] == "مرصد البيئة العربي"
    assert second.meta["text_from"] == "summary" and second.published == "2024-06-18T12:00:00+00:00"


def _warc(path: Path, compress: bool) -> None:
    page = (INGEST / "news_page.html").read_bytes()
    legacy = ("<html><head><title>خبر</title></head><body><article><p>"
              "أعلنت هيئة الطيران المدني استئناف الرحلات الجوية إلى المطار الدولي اعتباراً من صباح الغد "
              "بعد توقف دام ثلاثة أيام بسبب العاصفة الرملية.</p></article></body></html>").encode("cp1256")
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, body, ctype in [
            ("https://alfajr.example.com/health/2024/03/11/measles-campaign", page,
             "text/html; charset=utf-8"),
            ("https://akhbar.example.net/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
            ("https://akhbar.example.net/travel/881", legacy, "text/html; charset=windows-1256"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            record.rec_headers.replace_header("WARC-Date", "2024-03-12T06:00:00Z")
            writer.write_record(record)


@pytest.mark.parametrize("name,compress", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses(tmp_path, name, compress):
    path = tmp_path / name
    _warc(path, compress)
    docs = read_all(path)
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 2
    page, legacy = docs
    assert page.meta["warc_target_uri"] == "https://alfajr.example.com/health/2024/03/11/measles-campaign"
    assert page.meta["warc_date"] == "2024-03-12T06:00:00Z"
    assert page.meta["title"] == "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة"
    assert page.published == "2024-03-11T08:45:00+03:00"
    assert legacy.meta["encoding"] == "cp1256"
    assert legacy.text.startswith("أعلنت هيئة الطيران المدني")
    assert legacy.meta["url"] == "https://akhbar.example.net/travel/881"


def test_gzip_of_a_text_file(tmp_path):
    path = tmp_path / "seed.txt.gz"
    path.write_bytes(gzip.compress(SEED.read_bytes()))
    [doc] = read_all(path)
    assert doc.id == "f77f54d92b0e4fd98299023ea982af3c" and doc.source == str(path)


def test_legacy_arabic_feed_and_page(tmp_path):
    rss = (INGEST / "feed.rss").read_text(encoding="utf-8")
    undeclared = tmp_path / "undeclared.rss"  # Windows-1256 with no encoding declaration
    undeclared.write_bytes(rss.replace('<?xml version="1.0" encoding="UTF-8"?>\n', "").encode("cp1256"))
    declared = tmp_path / "declared.rss"
    declared.write_bytes(rss.replace('encoding="UTF-8"', 'encoding="windows-1256"').encode("cp1256"))
    expected = [d.text for d in read_all(INGEST / "feed.rss")]
    assert [d.text for d in read_all(undeclared)] == expected
    assert [d.text for d in read_all(declared)] == expected
    page = (INGEST / "news_page.html").read_text(encoding="utf-8")
    for mark in "«»—©":
        page = page.replace(mark, '"')
    mislabelled = tmp_path / "mislabelled.html"  # says Latin-1, holds Windows-1256
    mislabelled.write_bytes(page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
                            .encode("cp1256"))
    [doc] = read_all(mislabelled)
    assert doc.meta["encoding"] == "cp1256" and doc.text.startswith("وزارة الصحة تطلق حملة")


def test_a_crawlers_date_stands_in_for_a_missing_publication_date(tmp_path):
    """Feeds often carry only the date they were fetched: better than no date for time and stories."""
    from marsad.config import Config
    from marsad.ingest import read

    path = tmp_path / "crawl.jsonl"
    path.write_text('{"id": "c1", "text": "أعلنت الوزارة اليوم عن خطة.", "date_extracted": "2015-07-21 02:51:32"}\n'
                    '{"id": "c2", "text": "خبر آخر.", "published": "2015-07-20", "date_extracted": "2015-07-21"}\n',
                    encoding="utf-8")
    docs = list(read([str(path)], Config()))
    assert [d.published[:10] for d in docs] == ["2015-07-21", "2015-07-20"]
