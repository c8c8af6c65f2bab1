"""Site furniture inside the text: "see also" markers and the teaser list after them, share,
follow, subscribe, cookie and copyright lines. They are recorded, not deleted."""
from __future__ import annotations

import re

from ..text.normalize import search_form
from .cues import ends_sentence
from .lines import Line

# search form (alef/hamza folded, ة→ه, ى→ي), matched at the start of a short line
SEE_ALSO = re.compile(
    r"^(?:شاهد|شاهدوا|اقرا|اقراوا|طالع|طالعوا|اطلع|اقرا ايضا|تابع ايضا)\s*(?:ايضا|كذلك|المزيد)\b"
    r"|^(?:مواضيع|اخبار|مقالات|روابط|موضوعات|قصص)\s+(?:ذات صله|متعلقه|مرتبطه|مشابهه|قد تهمك)"
    r"|^(?:قد يهمك|ننصحك بقراءه|يهمك ايضا|المزيد من الاخبار|الاكثر قراءه|الاكثر مشاهده|اقرا المزيد)"
    r"|^(?:read more|see also|related(?: articles| posts| news)?|more from|you may also like)\b", re.I)
SOURCE_LINK = re.compile(r"^(?:رابط (?:الخبر|المقال|الموضوع)|مصدر الخبر|المصدر\s*:)", re.I)
CONTACT = re.compile(r"للتواصل مع (?:الكاتب|الكاتبه|المحرر|الصحيفه)")
LINE_REASONS = [
    ("follow", re.compile(r"^(?:تابعونا|تابعنا|تابعوا|تابع)\s+(?:علي|عبر|في|صفحتنا|قناتنا|حسابنا)"
                          r"|^(?:follow us|like us)\b", re.I)),
    ("signature", re.compile(r"^(?:تويتر|twitter|انستغرام|instagram|فيسبوك|facebook|البريد الالكتروني|email|e-mail)"
                             r"\s*:?\s*@?[\w.@-]+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^@\w{2,}$", re.I)),
    ("share", re.compile(r"^(?:شارك|شاركوا|شاركها|انشر|نشر)\s*(?:علي|عبر|هذا|هذه|الخبر|المقال|المقاله|مع)"
                         r"|^(?:share|tweet|facebook|twitter|whatsapp|telegram|email|print)"
                         r"(?:[\s|/,·-]+(?:share|tweet|facebook|twitter|whatsapp|telegram|email|print|pinterest|linkedin))*\s*$"
                         r"|^(?:فيسبوك|تويتر|واتساب|تلغرام|انستغرام|لينكدان)(?:[\s|/,·-]+\S+){0,5}$", re.I)),
    ("subscribe", re.compile(r"^(?:اشترك|اشتركوا|للاشتراك|سجل|انضم|انضموا|حمل|حملوا|نزل)\s*"
                             r"(?:في|الي|ب|الان|مجانا|معنا|تطبيق|قناه|قناتنا|النشره|نشرتنا)"
                             r"|^(?:subscribe|sign up|newsletter|download (?:our|the) app)\b", re.I)),
    ("cookie", re.compile(r"ملفات تعريف الارتباط|الكوكيز|cookies?\b|سياسه الخصوصيه|privacy policy", re.I)),
    ("source-link", SOURCE_LINK),
    ("navigation", re.compile(r"^(?:(?:next|previous|prev|home|back|التالي|السابق|الرئيسيه|التاليه|السابقه|"
                              r"المزيد|عوده|رجوع|اعلي الصفحه)[\s|»«›‹<>/-]*){1,4}$", re.I)),
    ("tags", re.compile(r"^(?:الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|الكلمات الدلاليه|كلمات دلاليه|tags)\s*:", re.I)),
    ("advert", re.compile(r"^(?:اعلان|إعلان|advertisement|sponsored|محتوي مدفوع|برعايه)\s*$", re.I)),
    ("sign-off", re.compile(r"^/+\s*انتهي\s*/+$|^(?:انتهي|-?\s*انتهى)\s*[-.]?$")),
    ("contact", re.compile(CONTACT.pattern + r"|^\d{4,7}\s*-\s*[a-z]+$", re.I)),
    ("rights", re.compile(r"^(?:جميع|كل) الحقوق محفوظه|^حقوق (?:النشر|الطبع) محفوظه|©|copyright|all rights reserved",
                          re.I)),
]
FURNITURE_WORDS = 14  # furniture lines are short; a long line that mentions cookies is still prose
TEASER_WORDS = 30  # a teaser: a related-article headline, maybe with the first words of its text
TEASER_MAX = 12
TRUNCATED = re.compile(r"(?:…|\.\.\.?|\[\.\.\.\])\s*[\"”»]?\s*$")


def _key(s: str) -> str:
    return search_form(s).strip().lstrip("-–—•·*|>«“\"' ").strip()


def find(lines: list[Line]) -> dict[int, str]:
    """Index of each furniture line → reason (see-also, related-teaser, follow, share, …)."""
    found: dict[int, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        n_words = len(line.text.split())
        if n_words > TEASER_WORDS:  # prose: longer than any furniture line
            i += 1
            continue
        key = _key(line.text)
        if n_words <= FURNITURE_WORDS and SEE_ALSO.match(key):
            found[i] = "see-also"
            # a bare marker ("شاهد أيضاً") heads a list of teasers; one with text after it is the teaser itself
            if n_words <= 4 or key.rstrip(": ").endswith(("ايضا", "المزيد", "صله")):
                j = i + 1
                while j < len(lines) and j - i <= TEASER_MAX and _is_teaser(lines[j]):
                    found[j] = "related-teaser"
                    j += 1
                i = j
                continue
        elif n_words <= FURNITURE_WORDS:
            for reason, pattern in LINE_REASONS:
                if pattern.search(key):
                    found[i] = reason
                    break
        elif n_words <= TEASER_WORDS and SOURCE_LINK.match(key):
            found[i] = "source-link"  # "رابط الخبر …: <the headline>" may be long
        elif n_words <= TEASER_WORDS and CONTACT.search(key):
            found[i] = "contact"  # "…@mail.comللتواصل مع الكاتب ارسل رسالة …"
        i += 1
    return found


def _is_teaser(line: Line) -> bool:
    n_words = len(line.text.split())
    if TRUNCATED.search(line.text):
        return n_words <= 2 * TEASER_WORDS
    # an untruncated teaser is a headline: short, and not a finished multi-sentence paragraph
    return n_words <= TEASER_WORDS and not (n_words > 15 and ends_sentence(line.text))
