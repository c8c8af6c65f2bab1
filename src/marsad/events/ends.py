"""Where an unlinked argument phrase ends: a name or title read on into the words after it
("العازمي الجميع بضرورة", "الولايات المتحدة تزويد", "باكستان التعاون") is cut before the first word
that cannot continue a noun phrase naming a party."""
from __future__ import annotations

from ..quotes import lexicon as qlx
from ..quotes.countries import is_country
from ..quotes.phrases import _masdar

# words that begin the object or a quantity, never the rest of a name: "الجميع", "حوالي عشرة آلاف"
_OBJECT_STARTS = qlx.folded_set("QUANTIFIERS") | {qlx.fold(w) for w in "الجميع حوالي نحو قرابة".split()}


# short manner adverbs with بـ, too short to tell from a place name by shape ("بيشة")
_ADVERBS = {qlx.fold(w) for w in "بشدة بقوة بحزم بسرعة بجدية".split()}


def _heads() -> set[str]:
    return qlx.folded_set("TITLE_HEADS") | qlx.folded_set("ORG_HEADS")


def _ends_before(words: list[str], i: int) -> bool:
    f = qlx.fold(words[i])
    prev = qlx.fold(words[i - 1])
    if f in _OBJECT_STARTS:
        return True
    # a word with بـ is a manner or a means ("بضرورة", "بحصانة", "بالاتفاق"), not part of a party's name
    if f.startswith("بال") or f.startswith("ب") and f.endswith("ه") and len(f) >= 5 or f in _ADVERBS:
        return True
    # a lam with an imperfect verb: "أوباما ليؤكدوا"
    if f[:2] in ("لي", "لت") and f.endswith(("وا", "ون")) and len(f) >= 5:
        return True
    bare = f[2:] if f.startswith("ال") else f
    # a verbal noun after a state or a personal name is what is done, not more of the name
    # ("الولايات المتحدة تزويد", "المتمردين الحوثيين الانسحاب"); a title or an organisation keeps its
    # genitive ("هيئة الاستثمار", "وزير الدفاع")
    nisba = bare.endswith(("ي", "يه"))  # "التركية" has the shape of تفعيل but is an adjective
    # a definite one is a genitive ("إدارات التعليم") unless an adjective or a state stands before it;
    # the five-letter إفعال shape is also a broken plural ("الأتراك"), so it counts only indefinite
    after_modifier = prev.endswith(("ي", "يه", "يين", "يون")) or is_country(words[i - 1])
    definite_ok = not f.startswith("ال") or after_modifier and len(bare) >= 6
    if _masdar(bare) and definite_ok and bare != "انسان" and not nisba and qlx.fold(words[0]) not in _heads() \
            and prev not in _heads():
        return True
    # a state is a whole name: "باكستان التعاون"
    return i == 1 and f.startswith("ال") and is_country(words[0]) and not prev.startswith("ال") \
        and not f.endswith(("ي", "يه"))


def run_on_cut(written: str) -> str:
    words = written.split()
    for i in range(1, len(words)):
        if _ends_before(words, i):
            return " ".join(words[:i])
    return written
