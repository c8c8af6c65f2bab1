"""Surface cues of story boundaries, one example a line."""
import pytest

from marsad.segment.cues import closes_story, is_date_line, is_dateline, reports, starts_with_connective


@pytest.mark.parametrize("text,want", [
    ("سبق- القصيم: تمكن مركز شرطة أبانات من ضبط جان", True),
    ("واس - الرياض: اختتمت بعثة المملكة مشاركتها", True),
    ("محمد البقمي- سبق- الرياض: كشف موقع النادي", True),
    ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", True),
    ("بيروت (أ ف ب) - قال مسؤول", True),
    ("قال الوزير: إن الحكومة ماضية", False),
    ("غازي- يرحمه الله كان رجلا", False),
    ("الجمعة 23 مارس 2007", False),  # a date alone is not signed by an agency
])
def test_datelines(text, want):
    assert is_dateline(text) is want


@pytest.mark.parametrize("text,want", [
    ("// انتهى //", True), ("12:02 ت م", True), ("...المزيد", True), ("المصدر: وكالات", True),
    ("قال المصدر: إن الاجتماع انتهى", False), ("وأضاف أن العمل مستمر.", False),
])
def test_closing_lines(text, want):
    assert closes_story(text) is want


def test_verbs_beginning_with_waw_are_not_conjunctions():
    assert not starts_with_connective("وافق مجلس الوزراء على النظام")
    assert not starts_with_connective("واصل الفريق الأول تحضيراته")
    assert starts_with_connective("وأضاف الوزير أن")


def test_report_openings():
    assert reports("دشن أمير المنطقة مشروع الطريق الدائري")
    assert reports("تحتفل الأوساط السياحية غدا الجمعة بتعامد القمر")
    assert not reports("أكد ذلك مدير المشروع")  # points back at what came before
    assert not reports("المشروع الذي بدأ العمل فيه")


def test_date_lines():
    assert is_date_line("السبت 1 يناير 2005") and is_date_line("الثلاثاء , 12 يوليو 2005")
    assert not is_date_line("قتل 52 شخصا في 7 يوليو 2005 عندما فجر")
