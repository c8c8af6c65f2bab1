"""Where an event's actor and target phrases end: a title runs through its genitive chain and the
whole name after it; a name or a state stops before the object or a verbal noun."""
from __future__ import annotations

from marsad.events.ends import run_on_cut
from marsad.model import Document
from marsad.quotes.phrases import forward, tokenize

from events_scoring import prepared


def phrase(text: str) -> str:
    toks = tokenize(text)
    p = forward(toks, 1, len(toks))
    return " ".join(t.text for t in toks[p.start:p.end])


def test_a_name_or_state_stops_before_what_follows_it():
    assert run_on_cut("العازمي الجميع بضرورة") == "العازمي"
    assert run_on_cut("الولايات المتحدة تزويد") == "الولايات المتحدة"
    assert run_on_cut("الكونغو الديمقراطية بحصانة") == "الكونغو الديمقراطية"
    assert run_on_cut("باكستان التعاون") == "باكستان"
    assert run_on_cut("جماعة بوكو حرام حوالي") == "جماعة بوكو حرام"
    assert run_on_cut("أوباما ليؤكدوا ترحيبهم بالاتفاق") == "أوباما"


def test_a_title_keeps_its_genitive_and_an_organisation_its_name():
    assert run_on_cut("هيئة الاستثمار") == "هيئة الاستثمار"
    assert run_on_cut("وزير حقوق الإنسان") == "وزير حقوق الإنسان"
    assert run_on_cut("باكستان الإسلامية") == "باكستان الإسلامية"
    assert run_on_cut("المسؤولون الاتراك") == "المسؤولون الاتراك"  # a broken plural, no verbal noun
    assert run_on_cut("إدارات التعليم") == "إدارات التعليم"
    assert run_on_cut("محافظة بيشة") == "محافظة بيشة"
    assert run_on_cut("الطائرات الحربية التركية") == "الطائرات الحربية التركية"  # a nisba, no verbal noun
    assert run_on_cut("أحمد الجروان بشدة") == "أحمد الجروان"


def test_a_title_runs_through_its_genitive_chain_and_the_whole_name():
    assert phrase("دعا وزير حقوق الإنسان عز الدين الاصبحي مفوض") == "وزير حقوق الإنسان عز الدين الاصبحي"
    assert phrase("دعا الأمين العام للأمم المتحدة") == "الأمين العام للأمم المتحدة"
    assert phrase("دعا المفوض السامي لحقوق الإنسان") == "المفوض السامي لحقوق الإنسان"
    assert phrase("قال الأمين العام للصحفيين إن") == "الأمين العام"  # who was spoken to is no genitive


def test_events_with_whole_arguments():
    doc = prepared(Document(id="t", source="t", published="2015-08-01",
                            text="دعت الولايات المتحدة الأمريكية باكستان التعاون للقضاء على التهديد."))
    got = [(e.type, e.actor.name, e.target.name) for e in doc.events]
    assert got == [("REQUEST", "الولايات المتحدة الأمريكية", "باكستان")]
