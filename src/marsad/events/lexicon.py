"""Arabic event triggers with their PLOVER type and where the target is written.

A verb is listed as (past 3rd masculine, present 3rd masculine); its conjugations, with و/ف and
an object pronoun, are generated as for the verbs of speech. `target` says where the target is:
"obj" the phrase after the subject (or the object pronoun), a preposition ("من", "على", "مع") the
phrase after it, "envoy" the country of the envoy ("استدعت تركيا سفيري روسيا وإيران").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..quotes.lexicon import OBJECT_SUFFIXES, _past, _present, fold


@dataclass(frozen=True)
class Trigger:
    type: str
    lemma: str
    target: str  # obj | a preposition | envoy | none
    noun: bool = False
    past: bool = True
    gender: str | None = None
    plural: bool = False
    participle: bool = False  # "داعيا": its actor is the subject of the clause it follows


VERBS = [
    # type, past, present, target
    ("ACCUSE", "اتهم", "يتهم", "obj"), ("ACCUSE", "انتقد", "ينتقد", "obj"), ("ACCUSE", "أدان", "يدين", "obj"),
    ("ACCUSE", "ندد", "يندد", "ب"), ("ACCUSE", "استنكر", "يستنكر", "obj"),
    ("CONSULT", "التقى", "يلتقي", "obj"), ("CONSULT", "اجتمع", "يجتمع", "مع"), ("CONSULT", "بحث", "يبحث", "مع"),
    ("CONSULT", "استقبل", "يستقبل", "obj"), ("CONSULT", "زار", "يزور", "obj"), ("CONSULT", "هاتف", "يهاتف", "obj"),
    ("REQUEST", "طلب", "يطلب", "من"), ("REQUEST", "دعا", "يدعو", "obj"), ("REQUEST", "ناشد", "يناشد", "obj"),
    ("REQUEST", "حث", "يحث", "obj"),
    ("DEMAND", "طالب", "يطالب", "obj"),
    ("THREATEN", "هدد", "يهدد", "obj"), ("THREATEN", "توعد", "يتوعد", "obj"),
    ("PROTEST", "استدعى", "يستدعي", "envoy"), ("PROTEST", "احتج", "يحتج", "على"), ("PROTEST", "تظاهر", "يتظاهر", "ضد"),
    ("ASSAULT", "هاجم", "يهاجم", "obj"), ("ASSAULT", "قصف", "يقصف", "obj"), ("ASSAULT", "استهدف", "يستهدف", "obj"),
    ("ASSAULT", "اغتال", "يغتال", "obj"), ("ASSAULT", "قتل", "يقتل", "obj"), ("ASSAULT", "اختطف", "يختطف", "obj"),
    ("ASSAULT", "اخترق", "يخترق", "obj"), ("ASSAULT", "اقتحم", "يقتحم", "obj"),
    # detentions are COERCE in PLOVER, releases RETREAT (a concession)
    ("COERCE", "اعتقل", "يعتقل", "obj"), ("COERCE", "احتجز", "يحتجز", "obj"), ("COERCE", "داهم", "يداهم", "obj"),
    ("RETREAT", "أفرج", "يفرج", "عن"),
    ("DEMAND", "اشترط", "يشترط", "على"),
    ("ACCUSE", "حمل", "يحمل", "obj"),  # only with "مسؤولية" after it: see REQUIRED
    ("AGREE", "اتفق", "يتفق", "مع"), ("AGREE", "أبرم", "يبرم", "مع"),
    ("SANCTION", "جمد", "يجمد", "مع|obj"), ("SANCTION", "طرد", "يطرد", "obj"), ("SANCTION", "عاقب", "يعاقب", "obj"),
    ("AID", "ساعد", "يساعد", "obj"),
    ("COOPERATE", "تعاون", "يتعاون", "مع"), ("COOPERATE", "نسق", "ينسق", "مع"),
    ("MOBILIZE", "حشد", "يحشد", "none"),
    ("RETREAT", "انسحب", "ينسحب", "من"),
    ("SUPPORT", "أيد", "يؤيد", "obj"), ("SUPPORT", "دعم", "يدعم", "obj"), ("SUPPORT", "ساند", "يساند", "obj"),
    ("SUPPORT", "رحب", "يرحب", "ب"),
    ("REJECT", "رفض", "يرفض", "obj"), ("REJECT", "عارض", "يعارض", "obj"),
]
# nouns that name an event, the preposition before their target, and a word that must follow them
NOUNS = [
    ("CONSULT", "اتصال", "مع", "هاتف"), ("CONSULT", "اتصالا", "مع", "هاتف"), ("CONSULT", "اتصالين", "مع", "هاتف"),
    ("CONSULT", "مكالمة", "مع", "هاتف"), ("CONSULT", "محادثات", "مع", ""), ("CONSULT", "مباحثات", "مع", ""),
    ("CONSULT", "اجتماع", "مع", ""), ("CONSULT", "لقاء", "مع|ب", ""),
    ("ASSAULT", "هجوم", "على", ""), ("ASSAULT", "هجوما", "على", ""), ("ASSAULT", "غارة", "على", ""),
    ("ASSAULT", "غارات", "على", ""), ("ASSAULT", "قصف", "على", ""),
    ("SANCTION", "عقوبات", "على", ""), ("SANCTION", "قيودا", "على", ""), ("SANCTION", "حظرا", "على", ""),
    ("SANCTION", "حصارا", "على", ""), ("COERCE", "القبض", "على", ""), ("COERCE", "اعتقال", "gen", ""),
    ("COERCE", "احتجاز", "gen", ""), ("RETREAT", "سراح", "gen", ""), ("RETREAT", "الإفراج", "عن", ""),
    ("CONSULT", "زيارة", "إلى", ""), ("CONSULT", "زيارته", "إلى", ""), ("CONSULT", "زيارتها", "إلى", ""),
    ("CONSULT", "اجتماعه", "مع", ""), ("CONSULT", "اجتماعها", "مع", ""), ("CONSULT", "لقائه", "مع", ""),
    ("CONSULT", "لقائها", "مع", ""), ("CONSULT", "اجتماعات", "مع", ""),
    ("AGREE", "اتفاق", "مع", ""), ("AGREE", "اتفاقية", "مع", ""),
    ("AID", "مساعدات", "ل", ""),
    ("REQUEST", "بضرورة", "obj", ""),
    ("ACCUSE", "اتهام", "gen|ل", ""), ("ACCUSE", "اتهامات", "gen|ل", ""), ("SUPPORT", "دعم", "gen", ""),
    ("ASSAULT", "اختراق", "gen", ""), ("ASSAULT", "استهداف", "gen", ""), ("ASSAULT", "اغتيال", "gen", ""),
]
# nouns whose pronoun is the actor ("خلال زيارته إلى الرياض"): the gender it refers to
POSSESSED = {"زيارته": "m", "زيارتها": "f", "اجتماعه": "m", "اجتماعها": "f", "لقائه": "m", "لقائها": "f"}
# active participles used as a حال after a clause: "وقال الوزير …، داعيا إيران إلى", "مطالبا الحكومة"
PARTICIPLES = [("REQUEST", "داعيا", "m"), ("REQUEST", "داعية", "f"), ("DEMAND", "مطالبا", "m"), ("DEMAND", "مطالبة", "f"),
               ("ACCUSE", "متهما", "m"), ("ACCUSE", "متهمة", "f"), ("ACCUSE", "منتقدا", "m"), ("ACCUSE", "منتقدة", "f"),
               ("THREATEN", "مهددا", "m"), ("THREATEN", "مهددة", "f"), ("REQUEST", "مناشدا", "m"),
               ("REQUEST", "مناشدة", "f"), ("REQUEST", "حاثا", "m")]
# verbs that are events only with a word after them: "حمّل الوزير الحكومة مسؤولية" (حمل alone carries)
REQUIRED = {"حمل": ("مسؤولية", "المسؤولية", "مسئولية", "المسئولية")}
# a capital stands for its state's government in event coding
CAPITALS = {
    "واشنطن": "الولايات المتحدة", "موسكو": "روسيا", "أنقرة": "تركيا", "طهران": "إيران", "دمشق": "سوريا",
    "بكين": "الصين", "لندن": "بريطانيا", "باريس": "فرنسا", "برلين": "ألمانيا", "القاهرة": "مصر",
    "الرياض": "السعودية", "بغداد": "العراق", "عمان": "الأردن", "بيروت": "لبنان", "الدوحة": "قطر",
    "أبوظبي": "الإمارات", "تل أبيب": "إسرائيل", "كييف": "أوكرانيا", "طوكيو": "اليابان", "روما": "إيطاليا",
}


@lru_cache(maxsize=1)
def verb_table() -> dict[str, Trigger]:
    table: dict[str, Trigger] = {}
    for typ, past, present, target in VERBS:
        lemma = fold(past)
        target = "|".join(fold(t) if t not in ("obj", "envoy", "none") else t for t in target.split("|"))
        for form, gender, plural in _past(fold(past)):
            table.setdefault(form, Trigger(typ, lemma, target, False, True, gender, plural))
        for form, gender, plural in _present(fold(present)):
            table.setdefault(form, Trigger(typ, lemma, target, False, False, gender, plural))
        first = "ن" + fold(present)[1:]  # "نطالب" inside a quotation: the speaker acts
        table.setdefault(first, Trigger(typ, lemma, target, False, False, None, True))
    for typ, word, gender in PARTICIPLES:
        table.setdefault(fold(word), Trigger(typ, fold(word), "obj", False, True, gender, False, True))
    return table


@lru_cache(maxsize=1)
def noun_table() -> dict[str, tuple[Trigger, str]]:
    table: dict[str, tuple[Trigger, str]] = {}
    for t, n, prep, after in NOUNS:
        frames = "|".join(f if f in ("obj", "gen") else fold(f) for f in prep.split("|"))
        table.setdefault(fold(n), (Trigger(t, fold(n), frames, True, True), fold(after)))
    return table


@lru_cache(maxsize=1)
def required() -> dict[str, frozenset[str]]:
    return {fold(v): frozenset(fold(w) for w in words) for v, words in REQUIRED.items()}


@lru_cache(maxsize=1 << 16)
def trigger(word: str) -> Trigger | None:
    """The event verb this word is (with و/ف and an object pronoun), or None."""
    w = fold(word)
    bare = "".join(c for c in word if c.isalpha())
    head = word[1:] if word[:1] in "وف" and len(w) > 3 else word
    if len(head) > 1 and head[1] == "\u064f":
        return None  # a damma on the first letter: the passive ("قُتل"), whose subject suffered the act
    table = verb_table()
    for cand in ([w, w[1:]] if len(w) > 3 and w[0] in "وف" else [w]):
        if cand in table:
            return table[cand]
        for suf in OBJECT_SUFFIXES:  # a written ه, never the ة of a noun ("وزارة" is not زار + ه)
            if cand.endswith(suf) and bare.endswith(suf) and cand[: -len(suf)] in table and len(cand) - len(suf) >= 3:
                t = table[cand[: -len(suf)]]
                if "obj" not in t.target:  # "أبرمتها إيران مع": the pronoun is the thing agreed
                    return t
                return Trigger(t.type, t.lemma, "pronoun", False, t.past, t.gender, t.plural)
    return None


@lru_cache(maxsize=1 << 16)
def noun_trigger(word: str) -> tuple[Trigger, str] | None:
    w = fold(word)
    cands = [w]
    if len(w) > 3 and w[0] in "وفل":
        cands.append(w[1:])
    if w.startswith("ال") and len(w) > 4:
        cands.append(w[2:])
    for cand in cands:
        if cand in noun_table():
            return noun_table()[cand]
    return None
