"""Hand-made tricky layouts: each case prints what it got."""
from marsad.config import Config
from marsad.model import Document
from marsad.segment import run


def headed(title: str, body: str) -> Document:
    text = title + "\n\n" + "a" * 32 + "\n\n" + body
    start = len(title) + 2
    return run(Document(id="t", source="test", text=text, meta={"layout": "headed", "id_span": [start, start + 32]}),
               Config())


def plain(text: str, **meta) -> Document:
    return run(Document(id="t", source="test", text=text, meta=meta), Config())


def show(doc):
    for a in doc.articles:
        print("ARTICLE", a.headline)
        for p in a.paragraphs:
            print("   ", repr(doc.text[p.start:p.end][:70]), p.joined, p.duplicate_of)
    print("BOILERPLATE", [(b.reason, doc.text[b.start:b.end]) for b in doc.boilerplate])


LEAD_A = "قال وزير الخارجية المصري سامح شكري إن بلاده تدعم الحل السياسي في ليبيا وترفض أي تدخل عسكري أجنبي فيها."
MORE_A = "وأضاف شكري في مؤتمر صحافي بالقاهرة أن الحوار بين الأطراف الليبية هو السبيل الوحيد لإنهاء الأزمة."
LEAD_B = "أعلن الرئيس الفرنسي إيمانويل ماكرون عن خطة جديدة لدعم المزارعين بعد أسابيع من الاحتجاجات في باريس."
MORE_B = "وأوضح ماكرون أن الخطة تشمل تخفيضات ضريبية ومساعدات مباشرة للمزارع الصغيرة في الأرياف."


def test_glued_headlines_split_at_a_sentence_end():
    doc = headed("مصر تدعم الحل السياسي في ليبيا.ماكرون يعلن خطة لدعم المزارعين", LEAD_A + "\n\n" + MORE_A)
    print(doc.headlines)
    assert doc.headlines == ["مصر تدعم الحل السياسي في ليبيا.", "ماكرون يعلن خطة لدعم المزارعين"]


def test_unheaded_change_of_story_and_dateline():
    doc = plain("\n\n".join([LEAD_A, MORE_A, LEAD_B, MORE_B,
                             "بيروت (أ ف ب) - شهدت العاصمة اللبنانية تظاهرات واسعة ضد الغلاء وانقطاع الكهرباء.",
                             "وطالب المتظاهرون الحكومة بإجراءات عاجلة لوقف انهيار العملة المحلية."]))
    show(doc)
    assert [len(a.paragraphs) for a in doc.articles] == [2, 2, 2]


def test_headline_lines_inside_a_body():
    doc = plain("\n\n".join(["مصر تدعم الحل السياسي في ليبيا", LEAD_A, MORE_A,
                             "ماكرون يعلن خطة لدعم المزارعين", LEAD_B, MORE_B]))
    show(doc)
    assert [a.headline for a in doc.articles] == ["مصر تدعم الحل السياسي في ليبيا", "ماكرون يعلن خطة لدعم المزارعين"]


def test_input_title_is_the_first_headline():
    doc = plain(LEAD_A + "\n" + MORE_A, title="مصر تدعم الحل السياسي")
    assert doc.articles[0].headline == "مصر تدعم الحل السياسي" and doc.articles[0].headline_span is None
    assert len(doc.articles) == 1 and len(doc.articles[0].paragraphs) == 2


def test_broken_wrapped_and_quote_intro_paragraphs():
    text = ("وقال الوزير في تصريحات للصحافيين عقب اجتماع مجلس الوزراء إن الحكومة\n"
            "ستطرح خطة جديدة للإصلاح الاقتصادي خلال الشهر المقبل.\n\n"
            "وتحدث الوزير مطولاً عن التحديات الكبيرة التي تواجه الاقتصاد الوطني في ظل ارتفاع الأسعار العالمية وتراجع\n\n"
            "الاستثمارات الأجنبية خلال العامين الماضيين.\n\n"
            "وختم قائلاً:\n\n«سنعمل بلا توقف حتى نحقق أهدافنا».\n\n"
            "وأشار إلى أن الحكومة ستعلن التفاصيل قريباً.")
    doc = plain(text)
    show(doc)
    joined = [p.joined for _, _, p in doc.paragraphs()]
    assert joined == [["wrapped-line"], ["joined-broken"], ["quote-intro"], []]


def test_single_newline_paragraphs_stay_apart():
    doc = plain(LEAD_A + "\n" + MORE_A + "\n" + "وتابع أن مصر ستواصل اتصالاتها مع جميع الأطراف.")
    assert len(list(doc.paragraphs())) == 3


def test_boilerplate_lines_and_teaser_tail():
    text = "\n\n".join([LEAD_A, "تابعونا على فيسبوك وتويتر", MORE_A, "شارك هذا المقال",
                       "اقرأ أيضاً: الجيش الليبي يعلن السيطرة على مدينة جديدة",
                       "نستخدم ملفات تعريف الارتباط لتحسين تجربتك",
                       "جميع الحقوق محفوظة © 2024", "رابط الخبر بصحيفة الوئام: مصر تدعم الحل السياسي",
                       "تويتر: @writer_1", "الكلمات المفتاحية: ليبيا، مصر", "إعلان", "اقرأ أيضا", "ماكرون يعلن خطة لدعم المزارعين",
                       "أسعار النفط ترتفع مع تراجع المخزونات الأمريكية …"])
    doc = plain(text)
    show(doc)
    reasons = [b.reason for b in doc.boilerplate]
    assert reasons == ["follow", "share", "see-also", "cookie", "rights", "source-link", "signature", "tags", "advert", "see-also",
                       "related-teaser", "related-teaser"]
    assert len(list(doc.paragraphs())) == 2


def test_duplicates_ignore_quote_styles_hashtags_and_connectives():
    first = "قال الرئيس التركي رجب طيب #أردوغان إن «العملية مستمرة» حتى تحقيق أهدافها."
    again = "وفي غضون ذلك، قال الرئيس التركي رجب طيب أردوغان إن “العملية مستمرة” حتى تحقيق أهدافها"  # no stop
    doc = plain("\n\n".join([first, MORE_A, again, MORE_A]))
    show(doc)
    refs = [p.duplicate_of for _, _, p in doc.paragraphs()]
    assert refs[0] is None and refs[1] is None
    assert (refs[2].article, refs[2].paragraph) == (0, 0) and (refs[3].article, refs[3].paragraph) == (0, 1)


def test_invisible_characters_and_nbsp_lines():
    text = "\u200f\u00a0" + LEAD_A + "\u200e\n\u00a0\n\u202b\u202c\n" + MORE_A + "\u00a0"
    doc = plain(text)
    spans = [doc.text[p.start:p.end] for _, _, p in doc.paragraphs()]
    assert spans == [LEAD_A, MORE_A]
