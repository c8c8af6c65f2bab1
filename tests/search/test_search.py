"""Search on both backends: spelling variants, stems, names, phrases, filters, ranking, snippets."""
from __future__ import annotations

import pytest

from marsad.search import FilterError, Filters, QueryError, search
from search_documents import fill, make


def ids(store, query, **filters):
    return sorted({h.document_id for h in search(store, query, Filters(**filters), limit=50).hits})


VARIANTS = [  # (text stored, query that must find it and nothing else, what differs)
    ("أعلن الوزير عن خطة جديدة", "اعلن", "hamza on alef"),
    ("وصل إلى المدينة صباحا", "الي", "hamza under alef, alef maqsura"),
    ("افتتحت آفاق جديدة للتعاون", "افاق", "madda"),
    ("قالت الحكومة إنها ستدرس الطلب", "الحكومه", "ta marbuta in the text"),
    ("أكدت اللجنه المختصة ذلك", "اللجنة", "ta marbuta in the query"),
    ("الاقتصادُ الوطنيُّ ينمو", "الاقتصاد الوطني", "diacritics in the text"),
    ("الاقتصاد الزراعي يتراجع", "الاقْتِصَادُ الزِّراعي", "diacritics in the query"),
    ("هذا تـطـويـر كبير", "تطوير", "tatweel in the text"),
    ("بلغ العجز ٢٠٢٣ مليونا", "2023", "Arabic-Indic digits in the text"),
    ("في عام 1999 تأسست", "١٩٩٩", "Arabic-Indic digits in the query"),
    ("انعقد مؤتمر المسؤولين", "المسئولين", "hamza seats"),
    ("مؤتمر صحفي عاجل", "صحـفي", "tatweel in the query"),
]


def test_spelling_variants_match(store):
    fill(store)
    for n, (text, _, _) in enumerate(VARIANTS):
        store.put(make(f"v{n:02d}", text))
    wrong = []
    for n, (_, query, what) in enumerate(VARIANTS):
        found = ids(store, query)
        print(f"{what:<34} {query!r}: {found}")
        if found != [f"v{n:02d}"]:
            wrong.append(what)
    assert not wrong, wrong


def test_stems_match_other_forms(store):
    fill(store)
    store.put(make("one", "عقد اجتماع طارئ لمجلس الأمن"))
    store.put(make("many", "تتواصل المفاوضات بين الطرفين"))
    assert ids(store, "الاجتماعات") == ["one"]
    assert ids(store, "مفاوضة") == ["many"]
    assert ids(store, "المدرسة") == []


def test_names_are_not_stemmed(store):
    fill(store)
    store.put(make("putin", "التقى الرئيس بوتين نظيره أمس"))
    store.put(make("putin2", "وقال الكرملين إن لبوتين رأيا آخر"))
    store.put(make("watin", "ذكرت وتين أن المدرسة مغلقة"))
    store.put(make("france", "زار الوفد فرنسا الأسبوع الماضي"))
    store.put(make("ras", "رنس اسم مدينة"))
    assert ids(store, "بوتين") == ["putin", "putin2"]
    assert ids(store, "وتين") == ["watin"]
    assert ids(store, "فرنسا") == ["france"]
    assert ids(store, "Putin") == []


def test_latin_words_match_in_any_case(store):
    fill(store)
    store.put(make("covid", "انتشار فيروس COVID-19 في المنطقة"))
    assert ids(store, "covid") == ["covid"]


def test_phrase_needs_the_words_in_order(store):
    fill(store)
    store.put(make("together", "أصدرت الأمم المتحدة بيانا"))
    store.put(make("apart", "الدول المتحدة في مواجهة الأمم الأخرى"))
    assert ids(store, '"الأمم المتحدة"') == ["together"]
    assert ids(store, "«الامم المتحده»") == ["together"]
    assert ids(store, "الأمم المتحدة") == ["apart", "together"]


def test_every_word_must_match(store):
    fill(store)
    store.put(make("a", "زيارة الرئيس إلى القاهرة"))
    store.put(make("b", "زيارة الوفد إلى عمان"))
    assert ids(store, "زيارة القاهرة") == ["a"]


def test_filters(store):
    fill(store)
    store.put(make("jan", "ارتفاع الأسعار في الأسواق", published="2024-01-15T08:00:00+03:00", outlet="SPA",
                   entities=[("org:spa", "وكالة الأنباء", "الأسواق")]))
    store.put(make("feb", "ارتفاع الأسعار مجددا", published="2024-02-20", outlet="الرياض"))
    store.put(make("mar", "ارتفاع الأسعار للشهر الثالث", published="2024-03-31"))
    assert ids(store, "ارتفاع") == ["feb", "jan", "mar"]
    assert ids(store, "ارتفاع", date_from="2024-02-01") == ["feb", "mar"]
    assert ids(store, "ارتفاع", date_to="2024-01-15") == ["jan"]
    assert ids(store, "ارتفاع", date_from="2024-02-01", date_to="2024-03-30") == ["feb"]
    assert ids(store, "ارتفاع", outlet="spa") == ["jan"]
    assert ids(store, "ارتفاع", outlet="الرياض") == ["feb"]
    assert ids(store, "ارتفاع", entity="org:spa") == ["jan"]
    assert ids(store, "ارتفاع", entity="وكالة الانباء") == ["jan"]
    assert ids(store, "ارتفاع", entity="الأسواق") == ["jan"]  # as the entity is mentioned
    with pytest.raises(FilterError):
        ids(store, "ارتفاع", date_from="last week")


def test_story_filter_and_story_headlines(store):
    fill(store)
    store.put(make("s1", "قمة المناخ تبدأ أعمالها", "أسعار الذهب ترتفع"))
    store.put(make("s2", "قمة المناخ تختتم أعمالها"))
    rows = [("s1", 0, "story-a"), ("s2", 0, "story-b")]
    mark = "%s" if getattr(store, "dialect", None) == "postgres" else "?"
    sql = (f"INSERT INTO story_articles VALUES ({mark}, {mark}, {mark}, 1, 1.0, 'new', NULL, 'now', '{{}}')")
    conn = store.connection if mark == "%s" else store._db
    for row in rows:
        conn.execute(sql, row)
    conn.execute(f"INSERT INTO stories VALUES ({mark}, {mark}, 1, NULL, NULL, 'now')",
                 ("story-a", "قِمّة المناخ"))
    assert ids(store, "قمة", story="story-a") == ["s1"]
    assert ids(store, "الذهب", story="story-a") == []
    results = search(store, "القمة")
    assert [s.story_id for s in results.stories] == ["story-a"]
    (start, end), = results.stories[0].highlights
    assert results.stories[0].headline[start:end] == "قِمّة"


def test_bm25_prefers_more_occurrences_in_shorter_articles(store):
    fill(store)
    store.put(make("once", "تحدث الوزير عن الطاقة ثم انتقل إلى مواضيع أخرى كثيرة ومتنوعة في الجلسة"))
    store.put(make("thrice", "الطاقة المتجددة مستقبل الطاقة ومصادر الطاقة"))
    hits = search(store, "الطاقة").hits
    assert [h.document_id for h in hits] == ["thrice", "once"]
    assert hits[0].score > hits[1].score > 0


def test_snippet_highlights_are_the_matched_words_of_the_original(store):
    fill(store)
    text = "قال المتحدثُ إنّ الاجتمـاعَ المقبل سيبحث الاجتماعات السابقة مع بوتين وقال لبوتين أيضا"
    store.put(make("s", "عنوان الخبر", text))
    hit, = search(store, 'الاجتماع بوتين').hits
    doc = store.get("s")
    assert hit.article == 1
    marked = [doc.text[s:e] for s, e in hit.snippet.highlights]
    assert marked == ["الاجتمـاعَ", "الاجتماعات", "بوتين", "لبوتين"]
    assert doc.text[hit.snippet.start:hit.snippet.end] == hit.snippet.text
    phrase, = search(store, '"المتحدث إن"').hits
    assert [doc.text[s:e] for s, e in phrase.snippet.highlights] == ["المتحدثُ", "إنّ"]


def test_a_query_without_words_is_refused(store):
    with pytest.raises(QueryError):
        search(store, '" ... "')


def test_reindex_rebuilds_the_same_results(store):
    from marsad.search.reindex import reindex
    fill(store)
    store.put(make("r", "انطلاق مهرجان الأفلام العربية"))
    before = [(h.document_id, round(h.score, 6)) for h in search(store, "الأفلام").hits]
    assert reindex(store) == 7
    assert [(h.document_id, round(h.score, 6)) for h in search(store, "الأفلام").hits] == before


def test_headline_is_searched_and_text_between_headline_and_body_is_not(store):
    from marsad.model import Article, Document, Paragraph
    fill(store)
    text = "ارتفاع سعر الذهب\nسطر فاصل عن النحاس\nوقال التجار إن الطلب على الفضة زاد"
    body = text.index("وقال")
    store.put(Document(id="h", source="test", text=text, articles=[
        Article(body, len(text), headline="ارتفاع سعر الذهب", headline_span=(0, 16),
                paragraphs=[Paragraph(body, len(text))])]))
    assert ids(store, "النحاس") == []
    hit, = search(store, "الذهب").hits
    assert [text[s:e] for s, e in hit.snippet.highlights] == ["الذهب"]
    hit, = search(store, "الفضة").hits
    assert hit.snippet.start >= body and [text[s:e] for s, e in hit.snippet.highlights] == ["الفضة"]
