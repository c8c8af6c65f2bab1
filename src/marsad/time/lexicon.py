"""Word lists for Arabic time expressions, all in the search form of `marsad.text.normalize`.

Gregorian month names come from CLDR (babel) for every regional set news uses: Egyptian/Gulf
(يناير), Levantine/Iraqi (كانون الثاني), Maghrebi (جانفي, ماي, جوان, جويلية, أوت) and Moroccan
(يوليوز, غشت, شتنبر); Hijri month names from hijridate. Spelling variants seen in news are added.
"""
from __future__ import annotations

from babel import Locale
from hijridate import Hijri

from ..text.normalize import search_form


def _cldr_months() -> dict[str, int]:
    months: dict[str, int] = {}
    for locale in ("ar", "ar_SY", "ar_MA", "ar_TN"):
        wide = Locale.parse(locale).months["format"]["wide"]
        for number in range(1, 13):
            months[search_form(wide[number])] = number
    return months


# month name (search form) -> month number
GREGORIAN_MONTHS: dict[str, int] = _cldr_months() | {
    "ابريل": 4, "افريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اغسطوس": 8, "غشت": 8,
    "سيبتمبر": 9, "اوكتوبر": 10, "نوفمير": 11, "فبرابر": 2, "كانون ثاني": 1, "كانون اول": 12,
    "تشرين اول": 10, "تشرين ثاني": 11, "تشرين ثان": 11, "كانون ثان": 1, "تشرين الثان": 11, "ايلول": 9, "جويليه": 7, "جوييه": 7, "فيفري": 2,
}
# names that are also common words (مارس "he practised", اب "father", ماي, اوت): they count as a
# month only next to a day number, a year, the word شهر or another month name
WEAK_MONTHS = {"مارس", "اب", "ماي", "اوت"}

HIJRI_MONTHS: dict[str, int] = {search_form(Hijri(1440, m, 1).month_name("ar")): m for m in range(1, 13)} | {
    "ربيع الاخر": 4, "ربيع ثاني": 4, "ربيع اول": 3, "جمادي الاول": 5, "جمادي الاخر": 6,
    "جمادي الثاني": 6, "جمادي الثانيه": 6, "جمادي الاخره": 6, "ذي القعده": 11, "ذي الحجه": 12,
    "محرم الحرام": 1,
}

# Python weekday numbers (Monday = 0)
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الثلاثا": 1, "الاربعاء": 2, "الاربعا": 2,
    "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}

PARTS_OF_DAY: dict[str, str] = {
    "صباح": "morning", "صبيحه": "morning", "ضحي": "morning", "فجر": "dawn",
    "ظهر": "noon", "ظهيره": "noon", "بعد ظهر": "afternoon", "عصر": "afternoon",
    "مساء": "evening", "عشيه": "evening", "ليله": "night", "ليل": "night",
    "منتصف ليل": "night", "منتصف ليله": "night", "فجر يوم": "dawn",
}

_UNITS = ["", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_FIRST_TEN = ["", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
              "التاسع", "العاشر"]


def _ordinals() -> dict[str, int]:
    table = {word: n for n, word in enumerate(_FIRST_TEN) if word}
    table["الواحد"] = 1
    for n in range(11, 20):
        table[f"{_UNITS[n - 10]} عشر"] = n
    table["العشرين"] = 20
    table["الثلاثين"] = 30
    for tens, word in ((20, "العشرين"), (30, "الثلاثين")):
        for n in range(1, 10 if tens == 20 else 2):
            table[f"{_UNITS[n]} و{word}"] = tens + n
            if n == 1:
                table[f"الواحد و{word}"] = tens + 1
    return table


# ordinal day words: الأول … الحادي والثلاثين
ORDINAL_DAYS: dict[str, int] = _ordinals()

# cardinal number words for "قبل ثلاثة أيام", "منذ تسع سنوات"
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "اثنين": 2, "اثنتين": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4,
    "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8,
    "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "احد عشر": 11, "اثني عشر": 12,
    "اثنا عشر": 12, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "بضعه": None, "بضع": None,
}

# unit word -> (unit, implied count or None when a number must precede it)
DURATION_UNITS: dict[str, tuple[str, int | None]] = {
    "يوم": ("day", 1), "يوما": ("day", None), "ايام": ("day", None), "يومين": ("day", 2),
    "اسبوع": ("week", 1), "اسبوعا": ("week", None), "اسابيع": ("week", None), "اسبوعين": ("week", 2),
    "شهر": ("month", 1), "شهرا": ("month", None), "اشهر": ("month", None), "شهور": ("month", None),
    "شهرين": ("month", 2), "عام": ("year", 1), "عاما": ("year", None), "اعوام": ("year", None),
    "عامين": ("year", 2), "سنه": ("year", 1), "سنوات": ("year", None), "سنين": ("year", None),
    "سنتين": ("year", 2), "سنتان": ("year", 2), "عامان": ("year", 2), "يومان": ("day", 2),
}

PAST = {"الماضي", "الماضيه", "الفائت", "الفايت", "الفائته", "الفايته", "المنصرم", "المنصرمه",
        "السابق", "السابقه", "المنقضي", "الماضيين", "الماضيان", "المنصرمين", "الفائتين"}
NEXT = {"المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "الاتي", "المقبلين", "المقبلان",
        "القادمين", "القادمان"}
CURRENT = {"الجاري", "الجاريه", "الحالي", "الحاليه"}
MODIFIERS = PAST | NEXT | CURRENT

# month-level edges: "نهاية الشهر الجاري" keeps month granularity
EDGES = {"مطلع", "بدايه", "اوائل", "منتصف", "اواسط", "نهايه", "اواخر", "اخر", "ختام", "اول", "مستهل",
         "غره", "اوساط"}

# words before a bare month name that make it a date ("في يوليو", "منذ مايو")
MONTH_LEADS = {"في", "وفي", "منذ", "ومنذ", "خلال", "حتى", "وحتى", "قبل", "بعد", "شهر", "بشهر", "لشهر",
               "وشهر", "مطلع", "مستهل", "اوائل", "منتصف", "اواسط", "نهايه", "اواخر", "بدايه", "ابتداء",
               "اعتبارا", "مع", "اواخر", "بحلول", "غضون", "طيله", "طوال", "ختام", "الي", "من", "ومن",
               "شهري", "وشهري", "بشهري", "لشهري", "بين", "وبين"}

# words that, right after a four-digit number, show it is a year ("في 2017 مع …")
AFTER_YEAR = {"مع", "و", "ضد", "علي", "عندما", "حين", "حيث", "بعد", "قبل", "الي", "عن", "في", "ثم",
              "لكن", "ولكن", "بين", "حتي", "اثر", "خلال", "كما", "وفي", "بسبب", "من", "م", "ميلادي",
              "ميلاديه", "وهو", "وهي", "اي", "او", "بينما", "فقط", "ايضا", "تقريبا", "عام"}

# signs that the clause speaks of the future: "سوف", "من المقرر", "المقبل" …
FUTURE_WORDS = {"سوف", "وسوف", "فسوف", "المقرر", "المقرره", "المرتقب", "المرتقبه", "المزمع", "المزمعه",
                "المنتظر", "المنتظره", "المتوقع", "المتوقعه", "يعتزم", "تعتزم", "نعتزم", "ينوي", "تنوي",
                "يرتقب", "يتوقع", "يفترض", "المفترض", "موعد", "يزمع", "تزمع", "مرتقب", "مرتقبه"}
# nouns that look like a future verb (س + ي/ت/ن/ا …): "سيارة", "سنوات", "ساعة"; a stem matches
# the whole word or the stem plus one of NOUN_SUFFIXES, so "سيطرة" is a noun and "سيطرح" a verb
NOT_FUTURE_STEMS = {
    "سياس", "سياسي", "سيطر", "سيار", "سيد", "سيدي", "سين", "سينا", "سيناء", "سينما", "سيول", "سيل",
    "سيف", "سيم", "ستين", "ست", "ستار", "ستر", "ستوديو", "سنه", "سنو", "سنوي", "سنين", "سنت", "سنا",
    "سيرك", "سير", "سياح", "سياق", "سيي", "ساع", "ساعه", "ساح", "ساحه", "سابق", "سالم", "ساخن", "سام",
    "سامي", "سان", "سانت", "ساد", "سار", "ساره", "ساري", "ساق", "ساك", "سائق", "سايق", "ستان", "ستيف",
    "ستيفن", "سيبيريا", "سيجار", "سيريا", "سنغافوره", "سيول", "ساحل", "ساحلي", "سنوات", "سيناريو",
    "ستراتيجي", "سياج", "سيراليون", "سنتيمتر", "ساندرز", "سانشيز", "ساركوزي", "ساترفيلد",
}
NOUN_SUFFIXES = {"", "ه", "ات", "ي", "يه", "يا", "ها", "هم", "ين", "ون", "ان", "يون", "يين", "اته", "ته",
                 "يات", "ا", "اتها", "يه", "تين"}

# nouns after "مساء"/"ضحى" that show they are not a time of day here ("ضحى بحياته")
NOT_AFTER_POD = {"بحياته", "بحياتها", "بنفسه", "بنفسها", "ب", "الخير", "النور"}

# every word list above is compared with search-form text: fold the ones written with ى, ة, أ …
MONTH_LEADS = {search_form(w) for w in MONTH_LEADS}
AFTER_YEAR = {search_form(w) for w in AFTER_YEAR}
FUTURE_WORDS = {search_form(w) for w in FUTURE_WORDS}
NOT_AFTER_POD = {search_form(w) for w in NOT_AFTER_POD}
