"""Aliases the knowledge base gives to more than one entity are decided from the context: عمان is
Amman near Jordan's names, Oman near مسقط or سلطنة عمان; the same hook serves any shared alias."""
import pytest

from marsad.entities import run
from marsad.entities.kb import KBEntity, KnowledgeBase
from marsad.entities.mentions import Word
from marsad.entities.senses import SenseContext
from marsad.entities.words import norm, tokenize
from marsad.model import Document

AMMAN, OMAN = "loc:عمان_الاردن", "loc:عمان"


def ids_of(text: str, form: str) -> set[str]:
    doc = run(Document(id="t", source="t", text=text))
    return {e.id for e in doc.entities for m in e.mentions if text[m.start:m.end] == form}


@pytest.mark.parametrize("text, expected", [
    ("وصل الوزير إلى العاصمة الأردنية عمان أمس في زيارة رسمية.", AMMAN),
    ("وقال مصدر في عمان إن الحكومة الأردنية ستعلن القرار غدا.", AMMAN),
    ("استضافت عمان اجتماعا لوزراء خارجية دول الجوار بدعوة من الأردن.", AMMAN),
    ("زار الوزير سلطنة عمان الأسبوع الماضي. وقال مسؤول في مسقط إن عمان تدعم الحوار.", OMAN),
    ("وقال وزير الخارجية العماني إن عمان مستعدة للوساطة.", OMAN),
    ("أعلنت عمان عن مبادرة جديدة لدعم السلام في اليمن.", OMAN),  # no cue: the default reading
])
def test_amman_or_oman_from_context(text, expected):
    assert ids_of(text, "عمان") == {expected}


def test_a_written_vowel_mark_decides():
    assert ids_of("وصل الوفد إلى عمّان قادما من مسقط.", "عمّان") == {AMMAN}
    assert ids_of("وصل الوفد إلى عُمان قادما من الأردن.", "عُمان") == {OMAN}


def test_the_same_hook_decides_any_shared_alias():
    assert ids_of("تشهد منطقة الشرق الأوسط توترا متزايدا.", "الشرق الأوسط") == {"loc:الشرق_الاوسط"}
    assert ids_of("ونقلت صحيفة «الحياة» عن مصادر، فيما قالت الشرق الأوسط إن الاتفاق قريب. "
                  "وذكرت الصحيفة أن الوفد وصل.", "الشرق الأوسط") == {"org:الشرق_الاوسط"}


def test_shared_aliases_are_recorded_with_cues_from_the_country():
    kb = KnowledgeBase()
    kb.add(KBEntity("loc:a", "Alpha", "LOC", ["ألفا"], "country", "AA"))
    kb.add(KBEntity("loc:b", "Beta", "LOC", ["بيتا"], "country", "BB"))
    kb.add(KBEntity("loc:x", "X", "LOC", ["سين"], "place", "AA"))
    kb.add(KBEntity("loc:y", "Y", "LOC", ["سين", "سين الكبرى"], "place", "BB", cues=["الميناء"]))
    kb.demonyms["البيتيه"] = "loc:b"
    kb.add_cues()
    assert kb.senses == {"سين": ["loc:x", "loc:y"]}
    assert {"بيتا", "البيتيه", "الميناء", "سين الكبري"} <= kb.cues["loc:y"]
    assert "سين" not in kb.cues["loc:y"]  # the shared alias is no cue for either reading

    def choose(text: str) -> str:
        words = [Word(s, e, text[s:e], norm(text[s:e])) for s, e in tokenize(text)]
        at = next(w.start for w in words if w.norm == "سين")
        return SenseContext([words]).choose(kb.senses["سين"], kb.cues, at, "سين")

    assert choose("وصل إلى سين قادما من ألفا") == "loc:x"
    assert choose("وصل إلى سين قادما من بيتا") == "loc:y"
    assert choose("قال مسؤول في الحكومة البيتية إن سين هادئة") == "loc:y"
    assert choose("وصل إلى سين صباحا") == "loc:x"  # no cue: the first claimant
    # the nearest cue decides
    assert choose("في ألفا " + "كلام " * 100 + "وبالميناء في سين") == "loc:y"


@pytest.mark.parametrize("text, expected", [
    ("وتضم المجموعة الكويت والبحرين وعمان والأردن ولبنان.", OMAN),
    ("وشملت الجولة الكويت، والبحرين، وعمان، والأردن، ولبنان.", OMAN),
    ("تواصل مع رواد الثقافة العربية في القاهرة وبيروت ودمشق وعمان.", AMMAN),
])
def test_a_list_of_countries_or_of_cities_decides(text, expected):
    assert ids_of(text, "عمان") == {expected}
