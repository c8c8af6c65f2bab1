"""Sentence boundaries: end marks, closing quotes, abbreviations, decimals, never «،» or «؛»."""
import pytest

from marsad.text.sentences import split


def sentences(text):
    return [text[s:e] for s, e in split(text, 0, len(text))]


@pytest.mark.parametrize("text,want", [
    ("وقال د. محمد إن الاجتماع سيعقد في 3.5 ساعات! ثم انتهى.",
     ["وقال د. محمد إن الاجتماع سيعقد في 3.5 ساعات!", "ثم انتهى."]),
    ("أبلغ الرئيس التركي رجب طيب أردوغان، الخميس نظيره الروسي؛ وقال إنه مستعد. هل يوافق؟ لا",
     ["أبلغ الرئيس التركي رجب طيب أردوغان، الخميس نظيره الروسي؛ وقال إنه مستعد.", "هل يوافق؟", "لا"]),
    ("قال: “كنا نتحدث باستمرار عن المجازر.” ثم غادر.", ["قال: “كنا نتحدث باستمرار عن المجازر.”", "ثم غادر."]),
    ("وقالت «لن نتراجع!» وغادرت.", ["وقالت «لن نتراجع!»", "وغادرت."]),
    ("بلغ النمو 3.5% في 2017. وارتفع 1,500 مرة؛ ثم هبط", ["بلغ النمو 3.5% في 2017.", "وارتفع 1,500 مرة؛ ثم هبط"]),
    ("حاضر أ.د. علي في الندوة. وشارك م. سامي.", ["حاضر أ.د. علي في الندوة.", "وشارك م. سامي."]),
    ("أوغلو.. لن تتحسن الأوضاع… إلا بالحل.", ["أوغلو.. لن تتحسن الأوضاع…", "إلا بالحل."]),
    ("The U.S. said so. Then it left!", ["The U.S. said so.", "Then it left!"]),
    ("زوروا www.example.com. أو راسلوا a@b.org للمزيد.", ["زوروا www.example.com.", "أو راسلوا a@b.org للمزيد."]),
    ("  \u00a0 ", []),
])
def test_sentences(text, want):
    got = sentences(text)
    print(got)
    assert got == want


def test_offsets_are_inside_the_range():
    text = "xx. أولى. ثانية؟ yy"
    assert split(text, 4, 16) == [(4, 9), (10, 16)]
