"""Behaviour of the time rules on short news sentences, one convention per test."""
from __future__ import annotations

import pytest

from marsad.config import Config
from marsad.model import Article, Document, Paragraph, Sentence
import marsad.time


def times(text: str, published: str | None = "2018-01-13") -> list[tuple[str, str | None, str, str | None]]:
    doc = marsad.time.run(Document(id="t", source="t", text=text, published=published), Config())
    return [(text[t.start:t.end], t.value, t.granularity, t.part_of_day) for t in doc.times]


def value_of(text: str, published: str | None = "2018-01-13") -> str | None:
    found = times(text, published)
    assert len(found) == 1, found
    return found[0][1]


@pytest.mark.parametrize("text, value", [
    ("وصل الوفد في 20 كانون الثاني/يناير الجاري.", "2018-01-20"),
    ("هاجمت الطائرات القاعدة في السادس من يناير/ كانون الثاني.", "2018-01-06"),
    ("وقع الاتفاق في 3 يناير (كانون الثاني) 2016.", "2016-01-03"),
    ("وقعت الحادثة في الحادي والعشرين من ديسمبر الماضي.", "2017-12-21"),
    ("عُقد الاجتماع في ٢٥ جانفي ٢٠١٧ بالعاصمة.", "2017-01-25"),
    ("انطلق المهرجان يوم 5 جويلية 2016 في قرطاج.", "2016-07-05"),
    ("تنتهي المهلة في 15 أوت 2017.", "2017-08-15"),
    ("صدر القرار في 12 ماي 2016.", "2016-05-12"),
    ("توفي في 3 غشت 2015 بالرباط.", "2015-08-03"),
    ("صدر المرسوم بتاريخ 15/3/2017 عن الرئاسة.", "2017-03-15"),
    ("صدر الأمر الملكي بتاريخ 4/8/1436 هـ.", "2015-05-22"),
    ("يبدأ الصيام في الأول من رمضان 1439 هـ.", "2018-05-16"),  # Umm al-Qura calendar
    ("أعلنت الوزارة ذلك أمس.", "2018-01-12"),
    ("وقع الانفجار أول أمس في المدينة.", "2018-01-11"),
    ("تبدأ القمة بعد غد في الرياض.", "2018-01-15"),
    ("قال الوزير إنه سيزور بغداد غداً.", "2018-01-14"),
    ("أعلن الجيش قبل ثلاثة أيام سيطرته على البلدة.", "2018-01-10"),
    ("انتهت الحرب قبل عامين.", "2016"),
    ("يقيم في المدينة منذ 5 سنوات.", "2013"),
    ("ارتفعت الأسعار الشهر الماضي بنسبة 3 في المائة.", "2017-12"),
    ("تعقد الانتخابات الشهر المقبل.", "2018-02"),
    ("ارتفع التضخم العام الحالي.", "2018"),
    ("زار الرئيس موسكو الأسبوع الماضي.", "2018-W01"),
    ("يعقد المؤتمر مطلع الشهر المقبل.", "2018-02"),
    ("صدرت الرواية عام 2017 عن دار الساقي.", "2017"),
    ("تولى الرئاسة في يوليو/تموز من العام الماضي.", "2017-07"),
])
def test_values(text, value):
    assert value_of(text) == value


def test_weekday_is_the_most_recent_one_today_included():
    # published on Saturday 13 January 2018
    assert value_of("وصل الوزير السبت إلى أنقرة.") == "2018-01-13"
    assert value_of("وصل الوزير الأحد إلى أنقرة.") == "2018-01-07"
    assert value_of("التقى الطرفان الخميس في جنيف.") == "2018-01-11"


def test_weekday_with_a_future_verb_is_the_next_one():
    assert value_of("سيلتقي الطرفان الأحد في جنيف.") == "2018-01-14"
    assert value_of("ومن المقرر أن يصل الوفد الثلاثاء إلى القاهرة.") == "2018-01-16"
    assert value_of("يعقد الاجتماع الخميس المقبل.") == "2018-01-18"
    assert value_of("عقد الاجتماع الخميس الماضي.") == "2018-01-11"
    assert value_of("وصل الوفد السبت الماضي.") == "2018-01-06"


def test_part_of_day_with_a_day():
    assert times("أعلن مساء الخميس أن الاتفاق انهار.") == [("مساء الخميس", "2018-01-11", "day", "evening")]
    assert times("وقع الهجوم فجر اليوم.") == [("فجر اليوم", "2018-01-13", "day", "dawn")]
    assert times("وصل الوفد ليلة أمس.") == [("ليلة أمس", "2018-01-12", "day", "night")]
    assert times("قالت الشرطة اليوم (الثلاثاء) إن المشتبه به اعتقل.", "2015-07-21")[0][:2] == \
        ("اليوم (الثلاثاء)", "2015-07-21")


def test_new_years_eve_in_early_january_is_last_december():
    assert value_of("تعرضت القاعدة لهجوم ليلة رأس السنة.") == "2017-12-31"


def test_month_edges_keep_month_granularity():
    assert times("يعقد المؤتمر نهاية الشهر الجاري.") == [("نهاية الشهر الجاري", "2018-01", "month", None)]
    assert times("في نهاية شهر كانون الثاني/يناير الجاري") == [
        ("نهاية شهر كانون الثاني/يناير الجاري", "2018-01", "month", None)]


def test_year_less_day_takes_the_nearest_year():
    assert value_of("تعقد الجلسة في 3 فبراير.") == "2018-02-03"
    assert value_of("بدأت الأزمة في 15 ديسمبر.") == "2017-12-15"


@pytest.mark.parametrize("text", [
    "قال الرئيس التركي رجب طيب أردوغان إن العملية مستمرة.",
    "قتل 3 آلاف عنصر بين مدينتي جرابلس والباب.",
    "مارس الضغط على الحكومة حتى استقالت.",
    "بث تلفزيون روسيا اليوم التقرير كاملا.",
    "نظمت الجمعية احتفالا باليوم العالمي للمرأة.",
    "وقع أحد عشر جريحا، وتضرر الأحد عشر منزلا.",
    "لم أمس أي دين أو أي نبي.",
    "هبط الذهب ثم لامس أدنى مستوى.",
    "نقل إلى المستشفى قبل 11 أسبوعا من موعد ولادته.",
    "يقدر عدد الضحايا في 2000 موقع مختلف.",
    "سيطرت القوات على المدينة خلال أسبوع.",
])
def test_no_false_positives(text):
    assert times(text) == []


def test_without_a_publication_date_relative_values_stay_unresolved():
    doc = marsad.time.run(Document(id="t", source="t", text="أعلنت الوزارة أمس عن اتفاق."), Config())
    assert [(t.value, t.granularity) for t in doc.times] == [(None, "day")]
    assert doc.meta["time"]["anchor"] is None and doc.meta["time"]["anchor_source"] == "none"


def test_publication_date_inferred_from_the_latest_full_date():
    text = "الخميس 14 يوليو 2005.\nنشرت الشرطة الصور اليوم بعد تفجيرات 7 يوليو 2005."
    doc = marsad.time.run(Document(id="t", source="t", text=text), Config())
    assert doc.meta["time"]["anchor"] == "2005-07-14"
    assert doc.meta["time"]["anchor_source"] == "inferred"
    assert [t.value for t in doc.times] == ["2005-07-14", "2005-07-14", "2005-07-07"]


def test_config_published_is_used_when_the_document_has_none():
    doc = marsad.time.run(Document(id="t", source="t", text="أعلنت الوزارة أمس."), Config(published="2020-03-02"))
    assert doc.times[0].value == "2020-03-01"
    assert doc.meta["time"]["anchor_source"] == "config"


def test_offsets_point_into_the_original_text_with_diacritics_and_tatweel():
    text = "أعلـن الوزيرُ مساءَ الخميـس أنَّ الاتفاقَ انهار في ٢٠١٧."
    found = times(text)
    assert [f[0] for f in found] == ["مساءَ الخميـس", "في ٢٠١٧"]


def test_segmented_documents_are_read_sentence_by_sentence():
    text = "عنوان الخبر\n\nوصل الوزير أمس. ويغادر غدا."
    sentences = [Sentence(13, 28), Sentence(29, 40)]
    doc = Document(id="t", source="t", text=text, published="2018-01-13",
                   articles=[Article(0, len(text), paragraphs=[Paragraph(13, 40, sentences)])])
    doc = marsad.time.run(doc, Config())
    assert [(text[t.start:t.end], t.value) for t in doc.times] == [("أمس", "2018-01-12"), ("غدا", "2018-01-14")]


def test_hijri_month_with_a_gregorian_year():
    assert value_of("عرض المسلسل في شهر رمضان 2014.") == "2014-06"


def test_day_before_yesterday_forms():
    assert value_of("وصل مساء أول من أمس.") == "2018-01-11"
    assert value_of("وصل أمس الأول.") == "2018-01-11"


def test_part_of_day_alone_takes_the_day_of_its_sentence():
    assert times("قتل ثلاثة أشخاص أمس في انفجار وقع في العاشرة صباحاً.") == [
        ("أمس", "2018-01-12", "day", None), ("صباحاً", "2018-01-12", "part-of-day", "morning")]
    assert times("وقع الانفجار ليلاً في وسط المدينة.") == [("ليلاً", None, "part-of-day", "night")]


def test_year_less_dates_lean_to_the_recent_past_unless_the_clause_is_future():
    assert value_of("خرجت المسيرات الكبرى في 11 يناير.", "2015-08-03") == "2015-01-11"
    assert value_of("ستعقد القمة في 11 يناير.", "2015-08-03") == "2016-01-11"
    assert value_of("تعقد الجلسة في 3 فبراير.", "2018-01-13") == "2018-02-03"


def test_months_joined_to_a_month():
    assert [(t[0], t[1]) for t in times("زارت البعثة سوريا خلال شهري مايو ويونيو الماضيين.", "2013-07-06")] == [
        ("مايو", "2013-05"), ("يونيو الماضيين", "2013-06")]
    assert [(t[0], t[1]) for t in times("يقام المهرجان بين حزيران وآب من هذا العام.", "2005-01-20")] == [
        ("حزيران", "2005-06"), ("آب من هذا العام", "2005-08")]


def test_a_repeated_day_takes_the_year_the_document_gave_it():
    text = "في ذكرى تفجيرات 7 يوليو 2005.\nوضع إكليل لضحايا تفجيرات 7 يوليو في لندن."
    assert [t[1] for t in times(text, "2009-07-07")] == ["2005-07-07", "2005-07-07"]


def test_nights_and_noons():
    assert times("أعلن الجيش في بيان الليلة الماضية انتهاء العملية.") == [
        ("الليلة الماضية", "2018-01-12", "day", "night")]
    assert times("قالت القوة في بيان الليلة قبل الماضية إن الضربات استمرت.")[0][:2] == (
        "الليلة قبل الماضية", "2018-01-11")
    assert times("وفي الصورة ظهرا وهما يروجان لكتبهما.") == []
    assert [t[0] for t in times("تبدأ المقابلات في الثانية عشرة ظهراً.")] == ["ظهراً"]


@pytest.mark.parametrize("stamp, day", [
    ("2018-01-13T09:30:00+03:00", "2018-01-13"),
    ("Sat, 13 Jan 2018 10:00:00 GMT", "2018-01-13"),
    ("13 يناير 2018", "2018-01-13"),
    ("13/01/2018", "2018-01-13"),
])
def test_publication_stamps(stamp, day):
    assert str(marsad.time.parse_date(stamp)) == day


def test_an_unreadable_publication_date_is_reported_not_guessed():
    doc = marsad.time.run(Document(id="t", source="t", text="أعلنت الوزارة أمس.", published="قريبا"), Config())
    assert doc.times[0].value is None
    assert "could not be read" in doc.meta["time"]["unreadable_published"]


def test_more_forms_and_traps():
    assert value_of("يقام المعرض في سبتمبر هذا العام.") == "2018-09"
    assert times("يحتاج اليمنيون إلى المساعدة لأنهم في أمس الحاجة إليها.") == []


def test_day_of_a_relative_month_and_a_week_ago():
    assert value_of("سيعقد الاجتماع يوم 3 من الشهر المقبل.") == "2018-02-03"
    assert value_of("وصل قبل أسبوع إلى بغداد.") == "2018-W01"


def test_names_written_without_their_inner_space():
    assert value_of("صدر القرار في 5 ذوالقعدة 1436 هـ.") == "2015-08-20"
    assert value_of("وقع الحادث في الحادي والعشرين من تشرين الأول 2017.") == "2017-10-21"


def test_hijri_outside_the_calendar_tables_is_unresolved_not_an_error():
    assert times("سقطت القسطنطينية في 29 مايو 1453، وفي 10 رمضان فتحت المدينة.", None)[1][1] is None
