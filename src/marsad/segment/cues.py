"""Surface cues of Arabic news layout: how a paragraph ends, how a story's lead opens, connectives.

All tests work on the search form (search_form), so hamza, ta marbuta and diacritics do not matter.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.normalize import search_form

CLOSERS = "»”\"'’)]›"
END_MARKS = ".!?؟…"
# phrases that tie a paragraph to the one before it (search form)
CONNECTIVES = tuple(search_form(p) for p in """
إلى ذلك|وإلى ذلك|في غضون ذلك|وفي غضون ذلك|في الأثناء|وفي الأثناء|في هذه الأثناء|وفي هذه الأثناء|
في السياق|وفي السياق|في سياق متصل|وفي سياق متصل|في سياق آخر|من جهة أخرى|ومن جهة أخرى|من جهته|ومن جهته|
من جهة ثانية|ومن جهة ثانية|من ناحيته|ومن ناحيته|من ناحيتها|ومن ناحيتها|من ناحية ثانية|
من جهتها|من جانبه|ومن جانبه|من جانبها|ومن جانبها|من ناحية أخرى|على صعيد آخر|وعلى صعيد آخر|في المقابل|
وفي المقابل|بدوره|وبدوره|بدورها|إضافة إلى ذلك|بالإضافة إلى ذلك|كما|كذلك|يذكر أن|ويذكر أن|يشار إلى أن|
ويشار إلى أن|وتجدر الإشارة|تجدر الإشارة|هذا و|هذا|علما أن|وعلى|أيضا|لكن|ولكن|غير أن|إلا أن|وفي|ومن|
في وقت سابق|وفي وقت سابق|في الوقت ذاته|وفي الوقت ذاته|في الوقت نفسه|وفي الوقت نفسه|ثم|وبحسب|وبينما|
وأضاف|وتابع|وقال|وأكد|وأشار|وأوضح|ولفت|وشدد|أما|وأما|حيث|فقد|بالمقابل|بالنسبة|ومع|وقد|ولم|ولن|ولا|
وهو|وهي|وهم|وما|وإن|وأن|وكان|وكانت|جاء ذلك|وجاء ذلك|يأتي ذلك|ويأتي ذلك|وذلك|يأتي هذا|ويأتي هذا""".replace("\n", "").split("|"))
# words that begin with و or ف but are not a conjunction + word (search form)
WAW_FA_WORDS = frozenset(search_form(w) for w in """
وزير وزيرة وزراء وزارة وزارات واشنطن وكالة وكالات وفد وفود وليد وائل وحيد وسط وسائل وفاة وفيات وصول
وقف وضع وضعت وثيقة ورقة ورشة وادي ولاية ولايات وطني وطنية ولي وجود واقع واقعة وحدة وحدات وكيل وقائع
وقت وعد وزن وتيرة وراء واجب ودائع فرنسا فرنسي فرنسية فلسطين فلسطيني فلسطينية فريق فرق فوز فيروس فيلم
فصائل فصيل فتح فترة فكرة فرصة فعاليات فيصل فلاديمير فنزويلا فيينا فرع فرض فشل فقدان فئة فئات فاتورة
فيديو فندق فنان فنانة فقراء فقر فساد فضيحة فضائية فلوريدا فؤاد فاطمة فهد فايز وجه وجهت وصل وصلت
وقع وقعت ورد وردت وفر وفق وفقا وزع ولد وهم فوق فور فيه فيها
وصف وصفت وافق وافقت واصل واصلت وزعت وجهت ودع ودعت وثق وثقت وعد وعدت واس وام
""".split())
# verbs that open a news lead (a bare past tense, search form)
LEAD_VERBS = frozenset(search_form(w) for w in """
قال قالت أعلن أعلنت توعد توعدت أكد أكدت أبلغ أبلغت أفاد أفادت ذكر ذكرت كشف كشفت دعا دعت حذر حذرت
نفى نفت طالب طالبت اعتبر اعتبرت أشار أشارت شدد شددت أوضح أوضحت صرح صرحت نقلت نقل أصدر أصدرت هدد هددت
التقى التقت استقبل استقبلت بحث بحثت قتل قتلت لقي لقيت شن شنت أطلق أطلقت اتهم اتهمت أجرى أجرت
أعرب أعربت أدان أدانت رحب رحبت وقع وقعت افتتح افتتحت أمر أمرت قرر قررت انطلقت انطلق أقر أقرت تمكن تمكنت
يواصل تواصل يشهد تشهد يبحث تبحث يعقد تعقد يزور تزور توفي توفيت فاز فازت اختتم اختتمت أثار أثارت
حصل حصلت ارتفع ارتفعت انخفض انخفضت تراجع تراجعت أصيب أصيبت اندلع اندلعت وافق وافقت رفض رفضت
""".split())
# more past-tense verbs that open news reports: too common inside stories to open one on their own,
# they only lower the change of words a lead needs (search form)
REPORT_VERBS = LEAD_VERBS | frozenset(search_form(w) for w in """
نظم نظمت دشن دشنت هنأ هنأت شارك شاركت تشارك يشارك حقق حققت اعتمد اعتمدت احتفل احتفلت تحتفل يحتفل
ضبط ضبطت بدأ بدأت أظهر أظهرت سجل سجلت وصف وصفت واصل واصلت وزع وزعت عقد عقدت شهد شهدت أنهى أنهت
نجح نجحت كرم كرمت رعى يرعى ترعى زار زارت غادر غادرت وصل وصلت أقام أقامت نفذ نفذت أوقف أوقفت
ألقى ألقت استضاف استضافت تفقد تفقدت ترأس ترأست أعاد أعادت تسلم تسلمت اختار اختارت قام قامت
أجرى أجرت تلقى تلقت أقرت أقر أوصى أوصت ناقش ناقشت وجه وجهت منح منحت سلم سلمت أنجز أنجزت""".split())
# titles and roles that follow a lead verb before a name (search form)
TITLES = frozenset(search_form(w) for w in """
الرئيس رئيس رئيسة وزير وزيرة نائب النائب الناطق الناطقة المتحدث المتحدثة الأمين الملك الأمير الشيخ
قائد مدير مديرة سفير زعيم مسؤول مسؤولة مصدر مصادر المبعوث المندوب ممثل المرشد رئيس وزراء مستشار
الجيش الشرطة وزارة الحكومة الخارجية الداخلية الدفاع مجلس البيت الكرملين البنتاغون الأمم منظمة
""".split())
# a place (one or two words), then a spaced dash or an agency in brackets: "روما ـ أعلن …",
# "بيروت (أ ف ب) - …", "الرياض - واس"; "غازي- يرحمه الله" (no space before the dash) is not one
DATELINE = re.compile(
    r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s(?:\([^()\n]{1,30}\)\s*)?[-–—ـ]+\s+\S"
    r"|^[^\W\d_]+(?:\s[^\W\d_]+)?\s*[-–—ـ]?\s*\([^()\n]{1,30}\)\s*[-–—ـ:]")
# a source and a place before a colon: "سبق- القصيم:", "واس - الرياض:", "محمد علي- سبق- جدة:"
SOURCE_PLACE = re.compile(
    r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s?[-–—ـ]\s?[^\W\d_]+(?:\s?[-–—ـ]\s?[^\W\d_]+)?(?:\s[^\W\d_]+)?\s?:\s*\S")
# a place and a full date on a line of their own, signed by an agency: "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"
PLACE_DATE = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s\d{1,2}\s[^\W\d_]+\s\d{4}\b")
# a line that is only a date: "السبت 1 يناير 2005", "الثلاثاء، 12 يوليو 2005"
DATE_ONLY = re.compile(r"^\s*(?:[^\W\d_]+\s*[,،]?\s*)?\d{1,2}\s+[^\W\d_]+(?:\s*\([^()]{1,12}\))?\s*[,،]?\s*\d{4}"
                       r"\s*(?:م|هـ|ه)?\s*\.?\s*$")
FA_OPENERS = frozenset(search_form(w) for w in """
فقد فيما فإن فإنه فإنها فأن فلم فلن فهو فهي فهم فكان فكانت فقال فقالت فضلا فمن فلا فما فبعد فقط""".split())
BACK_REFERENCE = frozenset(search_form(w) for w in "ذلك هذا هذه ذاك تلك بذلك بهذا".split())
AGENCIES = frozenset(search_form(w) for w in """
واس رويترز الأناضول وكالات أ ف د قنا كونا وام بنا سانا الحياة الشرق الأوسط اليوم""".split())
# a paragraph cannot start on these: it continues the line before (search form)
CONTINUATIONS = frozenset(search_form(w) for w in "على إلى عن بأن أن إنه أنه التي الذي الذين لـ ل".split())
WHEN = frozenset(search_form(w) for w in """
أمس اليوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء فجر ظهر""".split())
FIRST_WORDS = re.compile(r"[^\W\d_][\w\u064B-\u065F\u0670\u0640]*")
SPACE = re.compile(r"\s+")


def ends_sentence(s: str) -> bool:
    """The text ends with an end mark, possibly followed by closing quotes or brackets."""
    s = s.rstrip().rstrip(CLOSERS)
    return bool(s) and s[-1] in END_MARKS


# a line that ends a report: the agency's end mark, a filing time, a source line, a "more" link
CLOSING = re.compile(r"^\s*//\s*انته[ـ]*[ىي]\s*//|^\s*\d{1,2}:\d{2}\s*[تمص]\s*[مغص]?\s*$|المزيد\s*$"
                     r"|^\s*(?:المصدر|مصدر الخبر|رابط الخبر)\s*:")


def is_date_line(s: str) -> bool:
    """The line is a date and nothing else: a dated report begins under it."""
    return bool(DATE_ONLY.match(s))


def closes_story(s: str) -> bool:
    """The paragraph's last line is one that ends a report: "// انتهى //", "12:02 ت م", "المصدر: …"."""
    return bool(CLOSING.search(s.strip().splitlines()[-1])) if s.strip() else False


def ends_closed(s: str) -> bool:
    """Ends like a finished paragraph: an end mark, or a closing quotation mark/bracket."""
    s = s.rstrip()
    return bool(s) and (s[-1] in END_MARKS or s[-1] in CLOSERS)


def words(s: str, n: int | None = None) -> list[str]:
    """The first `n` words (letters only, search form)."""
    out = []
    for m in FIRST_WORDS.finditer(s):
        w = search_form(m.group())
        if not w:
            continue  # a lone tatweel
        out.append(w)
        if n is not None and len(out) >= n:
            break
    return out


def starts_with_connective(s: str) -> bool:
    """The paragraph opens by linking back (و/ف-prefixed word, إلى ذلك, من جهته …)."""
    key = SPACE.sub(" ", search_form(s[:60])).lstrip(" \"'«“”-–—ـ(")
    for phrase in CONNECTIVES:
        if key.startswith(phrase) and (len(key) == len(phrase) or not key[len(phrase)].isalpha()
                                       or phrase.endswith(" و")):
            return True
    first = words(s, 1)
    if not first:
        return False
    # و opens a continuing paragraph with any word; ف only with a few (فقد، فيما، فإن …), since
    # many names and nouns start with ف (فيسبوك، فوز، فرنسا)
    return (first[0][0] == "و" and len(first[0]) >= 3 and first[0] not in WAW_FA_WORDS) or first[0] in FA_OPENERS


def continues_sentence(s: str) -> bool:
    """Opens on a word no paragraph opens on (a preposition, a complementiser): a broken sentence."""
    first = words(s, 1)
    return bool(first) and first[0] in CONTINUATIONS and not starts_with_connective(s)  # not "إلى ذلك"


def is_dateline(s: str) -> bool:
    """Opens with a place dateline: "روما ـ", "بيروت (أ ف ب) -", "القاهرة - «الحياة» -", "سبق- القصيم:",
    or is a place-and-date line ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس")."""
    head = s[:80]
    dated = PLACE_DATE.match(head) and len(s.split()) <= 16 and words(s)[-1] in AGENCIES
    if (SOURCE_PLACE.match(head) or dated) \
            and not starts_with_connective(s) and words(s, 1)[0] not in STOP:
        return True
    m = DATELINE.match(head)
    if m is None or starts_with_connective(s):
        return False
    # after the dash: an agency, a bracket or quote, or the lead verb; not "في الرياض - وكما …"
    head = words(s[:m.start() + 60], 4)
    if not head or head[0] in STOP:
        return False
    if "(" in m.group():
        return True  # an agency in brackets: "بيروت (أ ف ب) -"
    after = s[m.end() - 1:]
    nxt = words(after, 1)
    return after[:1] in "(«“\"" or (bool(nxt) and (nxt[0] in AGENCIES or nxt[0] in LEAD_VERBS))


STOP = frozenset(search_form(w) for w in """
التي الذي الذين هذه هذا ذلك تلك بعد قبل خلال على إلى حول عند بين عن منذ حتى كانت كان يكون تكون
أن إن إنه أنه لكن حيث وقد كما أيضا فقط عام العام اليوم أمس وفي ومن وقال قال في من مع عن""".split())


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer: the Snowball Arabic stemmer
    return Stemmer.Stemmer("arabic")


def content_words(s: str) -> set[str]:
    """Stems of the words that carry the topic: four letters or more, not function words."""
    return set(_stemmer().stemWords([w for w in words(s) if len(w) >= 4 and w not in STOP]))


def lead_strength(s: str) -> int:
    """2: a bare lead verb then a title or role (a new report); 1: a bare lead verb; 0: neither."""
    first = words(s, 10)
    if not first or first[0] not in LEAD_VERBS or (len(first) > 1 and first[1] in BACK_REFERENCE):
        return 0  # "أكد ذلك فلان" reports on what came before
    return 2 if any(w in TITLES for w in first[1:]) else 1


def reports(s: str) -> bool:
    """Opens like a news report: a past-tense report verb, a dateline, or a time word early on."""
    first = words(s, 2)
    return bool(first) and (first[0] in REPORT_VERBS and (len(first) < 2 or first[1] not in BACK_REFERENCE)
                            or says_when(s) or is_dateline(s))


def says_when(s: str) -> bool:
    """A news lead says when, early: "… يوم الأحد", "… أمس"."""
    return any(w in WHEN for w in words(s, 12)[1:])
