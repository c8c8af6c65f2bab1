"""Linking behaviour: clitics, hashtags, quotation marks, spelling forms, coreference of short
forms, titles and الوزارة, stable ids across documents, a user's entities file."""
from marsad.config import load
from marsad.entities import link, run
from marsad.model import Document


def entities(text: str, config=None):
    doc = run(Document(id="t", source="t", text=text), config)
    return doc, {e.id: e for e in doc.entities}


def forms(doc, entity):
    return [doc.text[m.start:m.end] for m in entity.mentions]


def test_clitics_hashtags_quotes_and_spelling_forms_link_to_one_entity():
    doc, found = entities("التقى الرئيس الروسي فلاديمير بوتين نظيره في موسكو. وقال #بوتين إن روسيا "
                          "ستواصل دعمها، ونقلت وكالة «سبوتنيك» عن مصادر في وموسكو أن \"بوتين\" غادر.")
    putin = found["per:فلاديمير_بوتين"]
    assert forms(doc, putin) == ["فلاديمير بوتين", "#بوتين", "بوتين"]
    assert [m.hashtag for m in putin.mentions] == [False, True, False]
    assert forms(doc, found["loc:موسكو"]) == ["موسكو", "موسكو"]  # و is not part of the name
    assert "loc:روسيا" in found and found["loc:روسيا"].type == "LOC"
    assert "org:سبوتنيك" in found


def test_alef_and_ta_marbuta_forms():
    doc, found = entities("وصل اردوغان إلى انقره بعد زيارة أنقرة. وقال أردوغان إن سوريا وسورية واحدة.")
    assert len(found["per:رجب_طيب_اردوغان"].mentions) == 2
    assert len(found["loc:انقره"].mentions) == 2
    syria = [e for e in found.values() if e.name in ("سورية", "سوريا")]
    assert len(syria) == 1 and len(syria[0].mentions) == 2


def test_title_and_ministry_coreference():
    doc, found = entities("أبلغ الرئيس التركي رجب طيب أردوغان نظيره الروسي أمس. وأكد الرئيس التركي أن "
                          "بلاده مستعدة. وقالت وزارة الدفاع الروسية إن قواتها ردت، وأضافت الوزارة أن "
                          "الهجوم فشل. وقالت الخارجية الروسية إن وزارة الخارجية ستصدر بيانا.")
    erdogan = found["per:رجب_طيب_اردوغان"]
    assert "الرئيس التركي" in forms(doc, erdogan)[1:]
    defence = next(e for e in found.values() if e.id.startswith("org:وزاره_الدفاع:"))
    assert forms(doc, defence) == ["وزارة الدفاع الروسية", "الوزارة"]
    foreign = next(e for e in found.values() if e.id.startswith("org:وزاره_الخارجيه:"))
    assert forms(doc, foreign) == ["الخارجية الروسية", "وزارة الخارجية"]
    assert defence.id.endswith(":روسيا") and foreign.id.endswith(":روسيا")


def test_no_title_link_before_the_document_says_who():
    doc, found = entities("قال الرئيس التركي إن المحادثات مستمرة.")
    assert not any(e.type == "PER" for e in found.values())


def test_short_form_of_a_new_person_and_stable_ids_across_documents():
    link.REGISTRY.ids.clear()
    link.REGISTRY.surnames.clear()
    doc, found = entities("وقال رئيس مجلس إدارة الشركة محمد العتيبي إن الأرباح ارتفعت. وأضاف العتيبي أن "
                          "العام المقبل سيكون أفضل.")
    person = next(e for e in found.values() if e.type == "PER")
    assert person.id == "per:محمد_العتيبي"
    assert forms(doc, person) == ["محمد العتيبي", "العتيبي"]
    doc2, found2 = entities("ونفى العتيبي هذه الأنباء في تصريح صحفي.")
    assert person.id in found2


def test_user_entities_file(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("ORG\tMarsad Lab\tمختبر مرصد|مرصد\t\n", encoding="utf-8")
    config_file = tmp_path / "marsad.toml"
    config_file.write_text(f'[entities]\nuser_entities = "{path}"\n', encoding="utf-8")
    config = load(config_file)
    doc, found = entities("أعلن مختبر مرصد نتائجه اليوم.", config)
    assert forms(doc, found["org:مختبر_مرصد"]) == ["مختبر مرصد"]
