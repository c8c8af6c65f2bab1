"""Quotation rules on small texts: marks, names in marks, speakers, reported speech, the entity layer."""
from __future__ import annotations

from marsad.model import Document, Entity, Mention
from marsad.quotes import find_quotes, run
from marsad.quotes.marks import pair_marks


def quotes(text: str, **kw):
    doc = Document(id="t", source="t", text=text, **kw)
    return doc, find_quotes(doc)


def inner(text: str) -> list[str]:
    return [text[p.inner[0]:p.inner[1]] for p in pair_marks(text) if p.depth == 0]


def test_nested_marks_do_not_end_the_quotation():
    text = "وتابع الرئيس: “سندمر الحزام (الذي يريد “PYD” تشكيله) من خلال العملية”."
    assert inner(text) == ["سندمر الحزام (الذي يريد “PYD” تشكيله) من خلال العملية"]


def test_a_stray_closing_mark_used_as_an_opening_mark():
    text = "وأضاف في تصريح لـ”سبوتنيك”: “نطالب بالانسحاب”."
    assert inner(text) == ["سبوتنيك", "نطالب بالانسحاب"]


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = "وقال الوزير: “لن نقبل بهذا الحل\n\nوفي سياق آخر، زار الوزير باريس."
    assert inner(text) == ["لن نقبل بهذا الحل"]


def test_a_quotation_runs_over_a_paragraph_break_when_the_next_paragraph_closes_it():
    text = "وقال الوزير: “لن نقبل بهذا الحل.\nولن نتراجع عن موقفنا”.\nوانتهى المؤتمر."
    assert inner(text) == ["لن نقبل بهذا الحل.\nولن نتراجع عن موقفنا"]


def test_spaced_straight_marks_alternate_and_a_quoted_name_inside_is_kept():
    text = 'وتابع قائلا: " أعرف جان كوم - مؤسس " واتس آب " - منذ فترة، وأنا سعيد بانضمامه " .'
    assert inner(text) == [' أعرف جان كوم - مؤسس " واتس آب " - منذ فترة، وأنا سعيد بانضمامه ']


def test_names_and_terms_in_marks_are_not_quotations():
    text = ("أبلغ مصدر ديبلوماسي «الحياة» بأن موسكو تسعى إلى عقد «مؤتمر سوتشي». واتفقت الدول على إقامة "
            "“منطقة عدم تصعيد” في إدلب. وقال “أردوغان” في كلمة إن بلاده لن تتراجع.")
    _, qs = quotes(text)
    assert [q for q in qs if q.kind == "direct"] == []


def test_speaker_after_the_verb_with_a_title_and_a_name():
    text = "وقالت الناطقة باسم الخارجية الروسية ماريا زاخاروفا: «واشنطن تعرقل الحوار السوري في جنيف»."
    _, qs = quotes(text)
    (q,) = qs
    assert q.kind == "direct" and q.speaker.name == "ماريا زاخاروفا" and not q.speaker.anonymous


def test_an_implicit_feminine_verb_recalls_the_last_feminine_speaker():
    text = ("وقالت الخارجية الروسية إن المسارات مرتبطة. وقال الوزير التركي إن الوضع صعب.\n"
            "وسألت: «من أين حصل الإرهابيون على هذه الأسلحة الجديدة؟»")
    _, qs = quotes(text)
    direct = [q for q in qs if q.kind == "direct"]
    assert direct[0].speaker.name == "الخارجية الروسية"


def test_a_quotation_in_its_own_paragraph_after_an_introducing_line():
    text = "وأردف المقداد قائلاً:\n\n“دي مستورا غير مؤهل لقيادة عملية سلمية تؤدي إلى سلام المواطنين”."
    _, qs = quotes(text)
    assert [q.speaker.name for q in qs] == ["المقداد"]


def test_a_bare_title_finds_the_name_it_was_written_with():
    text = ("توعد الرئيس التركي رجب طيب أردوغان الميليشيات الكردية.\n"
            "وأضاف الرئيس التركي: “سندمر الجناح الغربي للحزام الإرهابي في أقل من أسبوع”.")
    _, qs = quotes(text)
    assert qs[0].speaker.name == "رجب طيب أردوغان"


def test_anonymous_sources_are_marked_not_guessed():
    text = "وقال الوزير إن الوضع مستقر. وذكرت مصادر عسكرية متطابقة أن القوات استعادت النقاط التي خسرتها."
    _, qs = quotes(text)
    last = qs[-1]
    assert last.kind == "reported" and last.speaker.anonymous and last.speaker.name == "مصادر عسكرية متطابقة"


def test_reported_speech_across_a_broken_paragraph():
    text = "وتسعى روسيا لعقد مؤتمر، وتقول\n\nالمعارضة السورية إن هدفه الحقيقي هو إعادة تأهيل النظام."
    _, qs = quotes(text)
    assert [(q.kind, q.speaker.name) for q in qs] == [("reported", "المعارضة السورية")]
    assert qs[0].start == text.index("هدفه")


def test_a_negated_verb_reports_nothing():
    _, qs = quotes("ولم يؤكد المتحدث أن الاجتماع سيعقد غدا في جنيف.")
    assert qs == []


def test_the_entity_layer_gives_the_speaker_its_entity():
    text = "وقال وزير الخارجية سيرغي لافروف إن موسكو لن تتراجع عن موقفها."
    start = text.index("سيرغي")
    ent = Entity("e1", "سيرغي لافروف", "PER", [Mention(start, start + len("سيرغي لافروف"), "PER")])
    doc = run(Document(id="t", source="t", text=text, entities=[ent]))
    assert doc.quotes[0].speaker.entity == "e1" and doc.quotes[0].speaker.name == "سيرغي لافروف"


def test_texts_without_quotations_or_marks():
    for text in ("", "\n\n", "«", "خبر قصير بلا تصريحات.", "“”"):
        doc = run(Document(id="t", source="t", text=text))
        assert doc.quotes == []


def test_a_quotation_over_several_paragraphs_keeps_its_speaker():
    text = ("وقال وزير الخارجية سيرغي لافروف: «إن موسكو لن تقبل بأي حل يفرض على السوريين من الخارج\n\n"
            "«ونحن ندعو جميع الأطراف إلى الحوار والعودة إلى طاولة المفاوضات في جنيف دون شروط مسبقة».\n\n"
            "وفي شأن آخر، قالت المتحدثة إن الاجتماع سيعقد غدا.")
    _, qs = quotes(text)
    direct = [q for q in qs if q.kind == "direct"]
    assert [q.speaker.name for q in direct] == ["سيرغي لافروف", "سيرغي لافروف"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ["وقال", "الوزير", "سيرغي لافروف", "إن", "«", "»", "“", "”", '"', ":", "،", ".", "\n", "\n\n",
          "أضاف", "مصدر", "بأن", "الحياة", "وتابعت", "قائلاً", "PYD", "لـ", "واتهمتها", "على", "واشنطن", " "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_gives_spans_inside_the_text(pieces):
    from marsad.events import run as events
    doc = events(run(Document(id="t", source="t", text=" ".join(pieces))))
    n = len(doc.text)
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= n
        assert q.speaker.start is None or 0 <= q.speaker.start <= q.speaker.end <= n
    for e in doc.events:
        assert 0 <= e.start <= e.end <= n


def test_attribution_after_the_statement():
    text = ("وقالت وزيرة الصحة هند سالم إن الوضع مستقر.\n"
            "وارتفع عدد الإصابات إلى ألف حالة خلال أسبوع، بحسب وزارة الصحة.\n"
            "وأضاف الطبيب أحمد علي أن المستشفيات «لم تعد قادرة على استقبال المزيد من المرضى»، على حد قوله.")
    _, qs = quotes(text)
    reported = [(q.speaker.name, text[q.start:q.end]) for q in qs if q.kind == "reported"]
    assert ("وزارة الصحة", "وارتفع عدد الإصابات إلى ألف حالة خلال أسبوع") in reported
    direct = [q for q in qs if q.kind == "direct"]
    assert [q.speaker.name for q in direct] == ["أحمد علي"]


def test_a_second_that_clause_after_a_quotation_is_reported():
    text = ("ألقى الرئيس التونسي كلمة أكد فيها أنه «يفضل حرية الفوضى على حرية الاستبداد»، وأن الائتلاف "
            "الحاكم لن يسمح بالاعتداء على الإعلام.")
    _, qs = quotes(text)
    assert [(q.kind, text[q.start:q.end]) for q in qs] == [
        ("direct", "يفضل حرية الفوضى على حرية الاستبداد"),
        ("reported", "الائتلاف الحاكم لن يسمح بالاعتداء على الإعلام.")]


def test_guillemets_typed_the_same_way_twice_or_swapped():
    assert inner("وقال في تصريحات لـ «المدينة« إن الوضع مستقر.") == ["المدينة"]
    assert inner("وقال الوزير: »لن نتراجع عن موقفنا« ثم غادر.") == ["لن نتراجع عن موقفنا"]


def test_a_title_followed_by_a_name_made_of_definite_words():
    doc, qs = quotes("وقال الرئيس التونسي المؤقت المنصف المرزوقي في كلمة إنه “يفضل حرية الفوضى على حرية الاستبداد”.")
    assert [q.speaker.name for q in qs if q.kind == "direct"] == ["المنصف المرزوقي"]


def test_a_speaker_phrase_runs_to_the_comma_or_inna():
    def speakers(text):
        return [q.speaker.name for q in quotes(text)[1] if q.kind == "reported"]
    assert speakers("كما أفادت مراسلة قناة روسيا اليوم أن المواقع تعرضت للاختراق.") == ["مراسلة قناة روسيا اليوم"]
    assert speakers("وقال مدير العمليات في منظمة أطباء بلا حدود إن المنظمة عملت بدارفور.") == [
        "مدير العمليات في منظمة أطباء بلا حدود"]
    assert speakers("وقال وزير الخارجية في مؤتمر صحفي إن بلاده ترفض ذلك.") == ["وزير الخارجية"]
