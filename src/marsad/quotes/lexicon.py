"""Word lists for attribution, all kept in the search form (see `marsad.text.normalize.search_form`).

Verbs are listed once as (past 3rd masculine, present 3rd masculine); their conjugations are
generated, so `قالت`, `وقالوا`, `تقول`, `يقولون` and `واتهمتها` are all recognised.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.normalize import search_form


@dataclass(frozen=True)
class VerbForm:
    lemma: str
    gender: str | None  # m | f | None
    plural: bool
    reporting: bool  # takes a that-clause ("قال إن ...")
    passive: bool = False


# (past, present, reporting?) — reporting verbs introduce a that-clause; the others only quotes
SPEECH_VERBS = [
    ("قال", "يقول", True), ("أضاف", "يضيف", True), ("أكد", "يؤكد", True), ("أعلن", "يعلن", True),
    ("أوضح", "يوضح", True), ("صرح", "يصرح", True), ("أفاد", "يفيد", True), ("اعتبر", "يعتبر", True),
    ("رأى", "يرى", True), ("ذكر", "يذكر", True), ("أشار", "يشير", True), ("لفت", "يلفت", True),
    ("شدد", "يشدد", True), ("نفى", "ينفي", True), ("أردف", "يردف", True), ("تابع", "يتابع", True),
    ("استطرد", "يستطرد", True), ("اختتم", "يختتم", False), ("ختم", "يختم", False), ("سأل", "يسأل", False),
    ("تساءل", "يتساءل", False), ("أبلغ", "يبلغ", True), ("حذر", "يحذر", True), ("زعم", "يزعم", True),
    ("ادعى", "يدعي", True), ("كشف", "يكشف", True), ("أعرب", "يعرب", False),
    ("علق", "يعلق", False), ("أجاب", "يجيب", True), ("أقر", "يقر", True),
    ("اعترف", "يعترف", True), ("أخبر", "يخبر", True), ("روى", "يروي", True), ("أنذر", "ينذر", True),
    ("أصر", "يصر", True), ("جدد", "يجدد", False), ("توقع", "يتوقع", True), ("رجح", "يرجح", True),
    ("نوه", "ينوه", True), ("أشاد", "يشيد", False), ("اتهم", "يتهم", True), ("طالب", "يطالب", False),
    ("دعا", "يدعو", False), ("وصف", "يصف", True), ("مضى", "يمضي", False),
    ("أدلى", "يدلي", False), ("أفصح", "يفصح", True), ("أورد", "يورد", True),
]
PASSIVE_VERBS = ["أفيد", "قيل", "ذكر"]  # "it was reported that": an unnamed source
# words after which a speech verb carries an object pronoun ("واتهمتها", "أبلغه")
OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه", "كم")

# circumstantial participles: "مضيفاً أن", "موضحةً أن", "قائلاً:"
PARTICIPLES = ["قائل", "مضيف", "موضح", "مؤكد", "مشير", "لافت", "معتبر", "مشدد", "محذر", "منوه", "مطالب",
               "متسائل", "مبين", "معرب", "مستطرد", "مردف", "متهم", "معلن",
               "كاشف", "مذكر", "مشيد", "مبدي", "مستنكر", "مجدد", "مصرح", "نافي", "مقر", "واصف"]
# "بقوله:", "بالقول:"
SAYING_NOUNS = ["بقوله", "بقولها", "بقولهم", "بالقول", "قوله", "قولها"]
COMPLEMENTIZERS = ["أن", "إن", "بأن", "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم",
                   "أنهما", "بأنهما", "أننا", "إننا", "أنني", "إنني"]
# "في تصريح X", "بيان صادر عن X": the noun of a statement, its author after it
STATEMENT_NOUNS = ["تصريح", "تصريحات", "بيان", "حديث", "مقابلة", "كلمة", "رسالة", "تغريدة", "تدوينة", "منشور"]
# words before the head of a phrase that are not its head: "عدة وسائل إعلام", "بعض المسؤولين"
QUANTIFIERS = ["عدة", "بعض", "العديد", "جميع", "كل", "كافة", "أحد", "إحدى", "معظم", "أغلب", "أي", "عدد"]
# "بحسب X", "وفقاً لـ X": attribution by preposition
ACCORDING = ["بحسب", "حسب", "وبحسب", "وحسب", "وفقا", "ووفقا", "طبقا", "نقلا"]

TITLE_HEADS = """
رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة نائب النائب نائبة الناطق الناطقة ناطق المتحدث
المتحدثة متحدث متحدثة سفير السفير سفيرة مندوب المندوب مبعوث المبعوث الموفد الأمين أمين قائد القائد
زعيم الزعيم الملك الملكة الأمير الأميرة ولي الشيخ مدير المدير مديرة المديرة عضو العضو المستشار مستشار
مستشارة القائم مساعد مساعدة المسؤول محافظ المحافظ عمدة والي الجنرال اللواء العميد العقيد المقدم الرائد
الدكتور الدكتورة نظيره نظيرها نظيريه نظيرهم نظيرته المنسق منسق ممثل ممثلة الممثل الممثلة مراسل مراسلة
المدرب مدرب القاضي قاضي محامي المحامي محامية مؤسس المؤسس الناشط ناشط ناشطة الباحث باحث زوج زوجة والد
والدة والده شقيق شقيقة السيد السيدة البابا المرشد الأميرال الكابتن السير البروفيسور المفوض مفوض القنصل
عميد وكيل الوكيل الحاكم حاكم أمير المطران الإمام المفتي رئيسا الخبير خبير المحلل محلل الكاتب الكاتبة
الصحفي الصحفية المعلق الأستاذ الأستاذة النقيب قائدة رئيسها رئيسه مؤسسها مؤسسه
الطبيب الطبيبة طبيب المهندس المهندسة مهندس الشاعر الشاعرة الفنان الفنانة اللاعب لاعب الإعلامي الإعلامية
المخرج المخرجة الداعية الأديب المؤرخ المفكر البروفسور بروفسور البروفيسورة المدير المستشارة النائبة خادم ملك
""".split()
ORG_HEADS = """
وزارة الوزارة الخارجية الدفاع الداخلية خارجية دفاع داخلية وزراء الوزراء حكومة الحكومة مجلس المجلس هيئة
الهيئة جيش الجيش قوات القوات شرطة الشرطة وكالة الوكالة منظمة المنظمة حزب الحزب حركة الحركة جبهة الجبهة
لجنة اللجنة اتحاد الاتحاد جامعة الجامعة مكتب المكتب بعثة البعثة شركة الشركة مؤسسة المؤسسة مركز المركز
معهد المعهد رابطة نقابة النقابة سلطة السلطة إدارة الإدارة قيادة القيادة البيت الكرملين البنتاغون الرئاسة
رئاسة النظام المعارضة فصائل الفصائل تنظيم التنظيم مجموعة المجموعة جماعة الجماعة تحالف التحالف ائتلاف
الائتلاف بيان البيان التقرير تقرير وسائل صحيفة الصحيفة قناة القناة إذاعة الإذاعة محكمة المحكمة البرلمان
برلمان الكونغرس مجلس البنك بنك مصرف المصرف صندوق الصندوق برنامج البرنامج الأمم منظمو المنظمون مقاتلو
الدولة دولة السلطات سلطات مصلحة المكتب دائرة الدائرة مديرية المديرية محافظة بلدية البلدية موقع
""".split()
# words that continue a title without starting a name ("الناطق باسم ...", "لشؤون الشرق الأدنى")
TITLE_LINKS = "باسم لشؤون شؤون بأعمال العام العامة عام عامة الأعلى الأول السابق السابقة الحالي الرسمي الرسمية الشريفين".split()
ANONYMOUS_HEADS = """
مصدر مصدرا مصادر المصدر المصادر مسؤول مسؤولا مسؤولون مسؤولين دبلوماسي دبلوماسيون ديبلوماسي
شهود شاهد ناشطون ناشطين مراقبون مراقبين محللون مصدران مقربون مقربين البعض التقارير تقارير
المعلومات معلومات الأنباء أنباء الروايات خبراء الخبراء محللين المحللين مختصون مختصين المواطنين مواطنون
مواطنين سكان السكان أهالي الأهالي
""".split()
STOP_WORDS = """
إن أن بأن لأن إنه أنه أنها أنهم إنها بأنه بأنها في على من عن مع إلى الى خلال عبر حول أمام لدى بعد قبل منذ عند
كما لكن لكنه الذي التي الذين اللذين ما لا لم لن قد هو هي هم هما و أو ثم حيث إذ إذا بل حتى أيضا كذلك فقط
وذلك ذلك هذا هذه هذه تلك بين ضد دون نحو وفق إثر عقب جراء بسبب رغم لدي ليس كان كانت يكون تكون وهو وهي وكان
وكانت أي كل بعض غير سوى إلا أما وأما فإن فيما بينما عندما بدوره بدورها جهته جانبه جهتها جانبها لـ ب ل ف بـ
ماذا متى كيف لماذا هل أين ضمن بتهمة بسبب بشأن بحق بدون بفضل بهدف بموجب بحضور برئاسة بمشاركة
بواسطة لصالح لأجل بمناسبة بخصوص فيه فيها فيهم له لها لهم منه منها عنه عنها عليه عليها إليه إليها معه معها ولكن لكنها وقد فقد لقد
""".split()
TIME_WORDS = """
اليوم أمس غدا مساء صباح ليلة ليل فجر ظهر عصر يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
الماضي الماضية المقبل المقبلة الفائت القادم الجاري أول الأول أيضا كذلك بدوره بدورها مجددا مجدداً حاليا
قريبا لاحقا مؤخرا سابقا فورا
""".split()


PREPOSITIONS = ["من", "عن", "في", "على", "إلى", "مع", "ل", "ب", "لدى", "عند", "حول", "ضد", "بين", "أمام"]
PRONOUNS = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي"]


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Search form without tatweel, hashtag sign or tanween; the key of every list here."""
    return search_form(word).replace("ـ", "").lstrip("#")


def _past(p: str) -> list[tuple[str, str, bool]]:
    weak = p[-1] in "يا"
    stem = p[:-1] if weak else p
    return [(p, "m", False), (stem + "ت", "f", False), (stem + "وا", "m", True), (p + "ا", "m", True),
            (stem + "تا", "f", True)]


def _present(i: str) -> list[tuple[str, str, bool]]:
    weak = i[-1] in "يو"
    stem = i[:-1] if weak else i
    fem = "ت" + i[1:]
    return [(i, "m", False), (fem, "f", False), (stem + "ون", "m", True), (i + "ان", "m", True),
            ("ت" + stem[1:] + "ان", "f", True), (stem + "ن", "f", True)]


@lru_cache(maxsize=1)
def verb_table() -> dict[str, VerbForm]:
    table: dict[str, VerbForm] = {}
    for past, present, reporting in SPEECH_VERBS:
        lemma = fold(past)
        for form, gender, plural in _past(fold(past)) + _present(fold(present)):
            table.setdefault(form, VerbForm(lemma, gender, plural, reporting))
    for past in PASSIVE_VERBS:
        table.setdefault(fold(past) + "_p", VerbForm(fold(past), None, False, True, passive=True))
    return table


def _strip_conj(w: str) -> list[str]:
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        out.append(w[1:])
    return out


# forms that mostly mean something else in news: "يبلغ عدد" (amounts to)
NOT_SPEECH = {"يبلغ", "تبلغ", "يبلغون", "مضي"}
DEFECTIVE_PAST = {"راي", "نفي", "ادعي", "روي", "ادلي", "مضي"}


@lru_cache(maxsize=1 << 16)
def speech_verb(word: str) -> VerbForm | None:
    """The speech verb this word is (with و/ف and an object pronoun allowed), or None."""
    table = verb_table()
    w = fold(word)
    bare = "".join(c for c in word if c.isalpha())
    for cand in _strip_conj(w):
        if cand in NOT_SPEECH or bare.endswith("ي") and cand in DEFECTIVE_PAST:
            return None  # "رأي" (opinion) is not "رأى" (he saw)
        if cand in ("افيد", "قيل"):
            return table[cand + "_p"]
        if cand in table:
            return table[cand]
        for suf in OBJECT_SUFFIXES:
            if cand.endswith(suf) and bare.endswith(suf) and cand[: -len(suf)] in table and len(cand) - len(suf) >= 3:
                return table[cand[: -len(suf)]]  # a written ه, never the ة of a noun ("وزارة")
    return None


@lru_cache(maxsize=1)
def _participles() -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    for p in PARTICIPLES:
        s = fold(p)
        out[s + "ا"] = ("m", False)
        out[s] = ("m", False)
        out[s + "ه"] = ("f", False)
        out[s + "ين"] = ("m", True)
    out.pop("مقر", None)  # also "headquarters"
    return out


@lru_cache(maxsize=1 << 16)
def participle(word: str) -> tuple[str, bool] | None:
    """(gender, plural) when the word is a speech participle ("مضيفاً", "موضحة"), else None."""
    for cand in _strip_conj(fold(word)):
        hit = _participles().get(cand)
        if hit and (cand.endswith(("ا", "ه", "ين")) or word.endswith(("ً", "ٍ"))):
            return hit
    return None


@lru_cache(maxsize=None)
def folded_set(name: str) -> frozenset[str]:
    if name == "PRONOUN_PREPOSITIONS":  # "منهم", "عليها", "لهم": a preposition with its pronoun
        return frozenset(fold(p) + s for p in PREPOSITIONS for s in PRONOUNS) | {"عليه", "عليها", "عليهم", "اليه"}
    return frozenset(fold(w) for w in globals()[name])


def is_in(word: str, name: str) -> bool:
    return fold(word) in folded_set(name)
