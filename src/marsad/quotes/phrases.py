"""Tokens with offsets, and the noun phrases that name a speaker ("الناطق باسم الكرملين ديمتري بيسكوف").

No tagger is assumed: a phrase is read with the word lists of `lexicon` — a title or organisation
head, its idafa and adjectives, then a personal name — and ends at a particle, a verb of speech,
punctuation or a that-clause.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..text.clitics import analyse, lexicon_form, stems
from . import lexicon as lx
from .countries import is_country

WORD = re.compile(r"[#\w\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED]+|\S")
# family relations and representatives: "زوج جاكلين" is the husband, not Jacqueline
CONNECTORS = {lx.fold(w) for w in "بن ابن أبو أبي عبد آل بنت أم".split()}
RELATIONAL = {lx.fold(w) for w in "زوج زوجة والد والدة والده شقيق شقيقة ابن ابنة محامي محامية مراسل مراسلة "
              "أرملة نجل ابنه أخ أخت".split()}


# given names written with the article, which a title's adjectives would otherwise swallow
DEFINITE_NAMES = {lx.fold(w) for w in """المنصف المنجي الباجي الطيب الهادي المهدي الصادق الحبيب المختار الطاهر
    البشير المعتصم الوليد الفاضل الشاذلي العياشي المصطفى المنذر الصديق الزبير العباس الحسن الحسين""".split()}


@dataclass
class Tok:
    start: int
    end: int
    text: str
    f: str  # folded form
    word: bool
    line: int


def tokenize(text: str) -> list[Tok]:
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out = []
    for m in WORD.finditer(text):
        s = m.group()
        is_word = any(ch.isalnum() for ch in s)
        out.append(Tok(m.start(), m.end(), s, lx.fold(s) if is_word else s, bool(is_word),
                       bisect_right(line_starts, m.start()) - 1))
    return out


@dataclass
class Phrase:
    start: int  # token index
    end: int  # exclusive
    kind: str  # name | title | org | anonymous
    name: tuple[int, int] | None = None  # token range of a personal name inside the phrase
    gender: str | None = None
    plural: bool = False

    def speaker_range(self) -> tuple[int, int]:
        """A title gives way to the name it introduces; an organisation keeps its head ("منظمة أوكسفام")."""
        return self.name if self.name and self.kind in ("title", "name") else (self.start, self.end)


def _plural(f: str) -> bool:
    return f in lx.folded_set("ANONYMOUS_HEADS") and f.endswith(("ون", "ين", "ر", "د")) or \
        f.endswith(("ون", "و")) and len(f) > 4


def _feminine(f: str) -> bool:
    return f.endswith("ه") and len(f) > 3


def has_preposition(word: str) -> bool:
    """Whether the word carries a prepositional clitic (لـ, بـ, كـ): "لاتهام", "بشن", "للصحفيين"."""
    procs = analyse(word)[0]
    if any(lx.fold(word[a:b]) in ("ل", "ب", "ك") for a, b in procs):
        return True
    w = lexicon_form(word)
    if len(w) >= 3 and w[0] in "لب":  # a short stem the clitic layer leaves whole: "بشن" = ب + شن
        lex = stems()
        rest = lex.get(w[1:], 0) + lex.get(w[1:].replace("ة", "ه"), 0)
        return rest >= max(3, 3 * lex.get(w, 0))
    return False


def stops_phrase(t: Tok) -> bool:
    if not t.word:
        return True
    f = t.f
    if f == "علي" and t.text.endswith("ي"):  # the name علي, not the preposition على
        return False
    return (f in lx.folded_set("STOP_WORDS") or f in lx.folded_set("PRONOUN_PREPOSITIONS")
            or lx.speech_verb(t.text) is not None
            or lx.participle(t.text) is not None or f in lx.folded_set("SAYING_NOUNS")
            or f in lx.folded_set("COMPLEMENTIZERS") or f in lx.folded_set("ACCORDING")
            or f in lx.folded_set("STATEMENT_NOUNS"))


def forward(toks: list[Tok], i: int, limit: int, terms: dict[int, int] | None = None,
            after_preposition: bool = False) -> Phrase | None:
    """The phrase that starts at token i (time words and adverbs before it are skipped).
    `after_preposition`: the first word may carry لـ/بـ ("وفقاً لوزير الخارجية")."""
    terms = terms or {}
    j, skipped = i, 0
    while j < limit and skipped < 4 and toks[j].word and (toks[j].f in lx.folded_set("TIME_WORDS")
                                                           or toks[j].f in lx.folded_set("QUANTIFIERS")):
        j, skipped = j + 1, skipped + 1
        if j < limit and toks[j - 1].f in lx.folded_set("QUANTIFIERS") and toks[j].f == "من":
            j += 1  # "العديد من المصادر"
    if j >= limit:
        return None
    if j in terms:  # a quoted name as the subject: وقال “أردوغان” في ...
        close = terms[j]
        if 0 < close - j - 1 <= 4 and close < limit and any(t.word for t in toks[j + 1:close]):
            return Phrase(j, close + 1, "name", (j + 1, close))
        return None
    kind: str | None = None
    head_f = ""
    name_start = None
    n_name = 0
    anon_extra = 0
    k = j
    while k < limit:
        t = toks[k]
        if k in terms and kind in ("title", "org", "relational"):  # مؤسس " فيسبوك "
            if terms[k] >= limit:
                break
            k = terms[k] + 1
            continue
        if kind in ("title", "org", "relational") and name_start is None and t.f in ("في", "لدي") \
                and k + 2 < limit:
            ne = _name_after_place(toks, k + 1, limit)  # "ممثلة الأمم المتحدة في جنوب السودان هيلدا جونسون"
            if ne is not None:
                return Phrase(j, ne[1], kind, ne, "f" if _feminine(head_f) else None, _plural(head_f))
        if stops_phrase(t):
            break
        f = t.f
        if kind in ("title", "org") and name_start is None and _general_of(toks, k, limit):
            k += 1  # "الأمين العام للأمم المتحدة", "المفوض السامي لحقوق الإنسان": whose office it is
            continue
        if k == j and after_preposition and f[:1] in "لب" and f[1:] in lx.folded_set("TITLE_HEADS") | \
                lx.folded_set("ORG_HEADS"):
            f = f[1:]
        elif f not in lx.folded_set("TITLE_LINKS") and f != "بن" and has_preposition(t.text):
            if k > j:
                break
            if len(f) >= 5:  # "لاتهام"; a short one may be a name ("ليو وي مين")
                return None
        if kind in ("title", "relational") and name_start is None and f[:1] == "و" \
                and f[1:] in lx.folded_set("TITLE_HEADS"):
            k += 1  # coordinated titles: "الباحث الأمازيغي والناشط الحقوقي المغربي أحمد عصيد"
            continue
        if k > j and (f in lx.folded_set("TIME_WORDS") or f.startswith("وال") or f.startswith(("لل", "بال"))):
            break
        if n_name and f[:1] == "و" and len(f) > 3:
            break  # a conjunction starts another phrase: "يلدريم إيران وروسيا"
        if "\u064b" in t.text and kind != "anonymous" and f not in lx.folded_set("ANONYMOUS_HEADS"):
            break  # an accusative adverb or object ("صراحةً", "هجوماً"), not a subject
        if k == j and f.startswith(("لل", "بال")):
            return None
        if name_start is None and f in RELATIONAL:
            kind, head_f = "relational", head_f or f
            k += 1
            continue
        if f in lx.folded_set("TITLE_HEADS") or f in lx.folded_set("ORG_HEADS"):
            if name_start is not None:
                break  # apposition after a name: "بن علي يلدريم رئيس وزراء تركيا"
            if kind is None:
                kind = "title" if f in lx.folded_set("TITLE_HEADS") else "org"
                head_f = f
            k += 1
            continue
        if f in lx.folded_set("TITLE_LINKS") and kind in ("title", "org"):
            k += 1
            continue
        if kind is None and f in lx.folded_set("ANONYMOUS_HEADS"):
            kind, head_f = "anonymous", f
            k += 1
            continue
        if kind == "anonymous":
            if anon_extra >= 3 or not (f.startswith("ال") or f.endswith(("ي", "يه", "يا", "ه", "ون", "ين", "ه"))):
                break
            anon_extra += 1
            k += 1
            continue
        if len(f) > 4 and f.endswith(("ها", "هم", "هما")) or _pronoun_noun(t.text):
            break  # a pronoun suffix: "حملتها", "بلاده", "جهده", not a name
        if name_start is not None and is_country(toks[k - 1].text) and not f.startswith("ال"):
            break  # a state is a whole name: "يزور فابيوس إيران قريبا"
        if kind == "org" and name_start is None and (t.text.isdigit() or t.text.isascii()) and k - j < 6:
            k += 1  # "مجموعة الدول 5 plus 1", "مجموعة العشرين"
            continue
        if k > j and f in lx.folded_set("QUANTIFIERS"):
            break  # "وجمدت بريطانيا كافة الصفقات": the object begins
        if kind == "org" and name_start is None and toks[k - 1].f.startswith("ال") and not f.startswith("ال"):
            break  # a definite organisation is complete: "شرطة العاصمة طلبا" ends before "طلبا"
        if n_name >= 2 and f.endswith("ا") and k + 1 < limit and toks[k + 1].f.endswith("ا"):
            break  # an indefinite object and its adjective: "أحمد عصيد جدلا واسعا"
        if kind in ("title", "org") and name_start is None and is_country(t.text) and toks[k - 1].f.startswith("ال") \
                and (not f.startswith("ال") or _adjective(toks[k - 1].f)):  # "الحكومة السعودية" is one phrase
            break  # "وهدد الرئيس الأمريكي إيران", "اتهم الوزير إيران": a definite title is complete
        if f.startswith("ال") and kind in ("title", "org", "relational") and name_start is None:
            if toks[k - 1].f.startswith("ال") and not _adjective(f) and toks[k - 1].f not in lx.folded_set("TITLE_LINKS"):
                break  # after a definite noun only an adjective follows: "الشرطة العثور" is not one phrase
            k += 1  # idafa or adjective of the title: "باسم الكرملين", "الخارجية الروسية"
            continue
        if kind in ("title", "org") and name_start is None and f[:1] == "و" and len(f) > 3 and k + 1 < limit \
                and toks[k + 1].f.startswith("ال"):
            k += 1  # "لشؤون الاتصالات وتكنولوجيا المعلومات": coordination inside the title
            continue
        if kind == "title" and name_start is None and k == j + 1 and not toks[j].f.startswith("ال") \
                and _idafa_noun(toks, k, limit):
            k += 1  # "وزير حقوق الإنسان عز الدين الأصبحي": the title's genitive chain, not the name
            continue
        if name_start is None:
            name_start = k
            kind = kind or "name"
            head_f = head_f or f
        elif kind == "name" and is_country(t.text) and not toks[name_start].f.startswith("ال"):
            break  # a country after a person: "ودعا يلدريم إيران وروسيا"
        if (n_name >= 4 or n_name >= 3 and not any(toks[x].f in CONNECTORS for x in range(name_start, k))) \
                and (toks[k - 1].f not in CONNECTORS or n_name >= 6):
            break  # a word after بن/آل still belongs to the name: "سلمان بن عبدالعزيز آل سعود"
        if n_name >= 2 and f.startswith("ال") and not toks[name_start].f.startswith("ال") \
                and not any(toks[x].f in CONNECTORS for x in range(name_start, k)) \
                and not (n_name == 2 and toks[k - 1].f in _NAME_SECONDS):  # "عز الدين الأصبحي"
            break  # "فتح اليف الفائز": a description after a full name
        if n_name >= 2 and toks[name_start].f.startswith("ال") and f.startswith("الم"):
            break  # "الميليشيات الكردية المدعومة": a participle clause, not the name
        if n_name >= 2 and _masdar(f) and k + 1 < limit and toks[k + 1].word and toks[k + 1].f.startswith("ال"):
            break  # a verbal noun in idafa after the name: "توني بلير احتجاز البحارة"
        n_name += 1
        k += 1
    if kind is None or k == j:
        return None
    if name_start is None and kind == "title":  # "الرئيس التونسي المؤقت المنصف المرزوقي"
        name_start = next((x for x in range(j + 1, k) if toks[x].f in DEFINITE_NAMES), None)
    if name_start is None and kind in ("title", "relational") and k + 1 < limit and toks[k].text in ("،", ","):
        apposition = forward(toks, k + 1, limit, terms)  # "وزير الخارجية الإيراني ، منوشهر متقي ،"
        closed = apposition is not None and (apposition.end >= limit or not toks[apposition.end].word)
        if apposition is not None and apposition.name is not None and apposition.start == k + 1 and closed \
                and not toks[k + 1].f.startswith("و"):
            return Phrase(j, apposition.end, kind, apposition.name, "f" if _feminine(head_f) else None,
                          _plural(head_f))
    name = (name_start, k) if name_start is not None else None
    return Phrase(j, k, kind, name, "f" if _feminine(head_f) and kind != "name" else None, _plural(head_f))


def text_of(toks: list[Tok], a: int, b: int) -> str:
    return " ".join(t.text for t in toks[a:b])


def _pronoun_noun(word: str) -> bool:
    """A common noun with a pronoun ("بلاده", "جهده", "موكله"), not a name ending in ه ("جوزيه")."""
    w = lexicon_form(word)
    if len(w) < 4 or not w.endswith("ه") or w.startswith("ال"):
        return False
    lex = stems()
    base = lex.get(w[:-1], 0) + (lex.get(w[:-2] + "ة", 0) if w.endswith("ته") else 0)
    return base >= max(5, 5 * lex.get(w, 0))


def _masdar(f: str) -> bool:
    """The shape of a common verbal noun: افتعال, انفعال, استفعال, إفعال, تفعيل ("احتجاز", "إطلاق")."""
    return (len(f) == 6 and f[0] == "ا" and (f[2] == "ت" or f[1] == "ن") and f[4] == "ا"
            or len(f) == 7 and f.startswith("است") and f[5] == "ا"
            or len(f) == 5 and (f[0] == "ا" and f[3] == "ا" or f[0] == "ت" and f[3] == "ي"))


def _general_of(toks: list[Tok], k: int, limit: int) -> bool:
    """A لـ-genitive after "العام" or "السامي" names the body of the office; a people after لـ
    ("للصحفيين") is who was spoken to."""
    f = toks[k].f
    if k == 0 or toks[k - 1].f not in ("العام", "العامه", "السامي") or f.endswith(("ين", "ون")) or len(f) < 4:
        return False
    # the body is named in full before a personal name can follow: "للأمم المتحدة", "لحقوق الإنسان"
    return f[:1] == "ل" and k + 1 < limit and toks[k + 1].word and toks[k + 1].f.startswith("ال")


# the second word of a compound given name: "عز الدين", "عبد الله", "سيف الإسلام"
_NAME_SECONDS = {lx.fold(w) for w in "الدين الله الرحمن الإسلام".split()}


def _idafa_noun(toks: list[Tok], k: int, limit: int) -> bool:
    """An indefinite word right after an indefinite title head, followed by a definite noun that is no
    adjective, is the head's genitive in a chain ("وزير حقوق الإنسان"), not a given name."""
    if k + 1 >= limit or not toks[k + 1].word or toks[k].f.startswith("ال"):
        return False
    nxt = toks[k + 1].f
    nisba_or_participle = nxt.endswith(("ي", "يه", "يين", "يون")) or nxt.startswith("الم")
    return nxt.startswith("ال") and not nisba_or_participle and nxt not in _NAME_SECONDS and nxt not in DEFINITE_NAMES


def _adjective(f: str) -> bool:
    """Nisba, participle or elative after ال: "الروسية", "المتحدة", "الأدنى"."""
    return f.endswith(("ي", "يه", "يين", "يون", "يتين")) or f.startswith(("الم", "الا")) and len(f) >= 5


def _name_after_place(toks: list[Tok], i: int, limit: int) -> tuple[int, int] | None:
    """After "في": a place of up to three words ending on a definite word, then a personal name."""
    k = i
    while k < min(limit, i + 3) and toks[k].word and not stops_phrase(toks[k]):
        k += 1
        if toks[k - 1].f.startswith("ال"):
            break
    else:
        return None
    s = k
    while k < limit and k - s < 3 and toks[k].word and not stops_phrase(toks[k]) and not toks[k].f.startswith("ال") \
            and toks[k].f not in lx.folded_set("TITLE_HEADS") and toks[k].f not in lx.folded_set("TIME_WORDS"):
        k += 1
    closed = k >= limit or not toks[k].word or stops_phrase(toks[k])
    return (s, k) if k > s and closed and toks[i - 1].f in ("في", "لدي") else None


def backward(toks: list[Tok], verb: int, lo: int, terms: dict[int, int] | None = None) -> Phrase | None:
    """The subject written before its verb: "فإن مصدراً ديبلوماسياً أبلغ", "ساترفيلد الذي أعلن"."""
    k = verb - 1
    bare = "".join(c for c in toks[verb].text if c.isalpha())
    object_pronoun = bare.endswith(("ه", "ها", "هم")) and lx.fold(bare) not in lx.verb_table()
    if k >= lo and toks[k].f in ("الذي", "التي", "الذين", "والذي", "والتي") and object_pronoun:
        return None  # "تونس التي وصفها": the thing described, not who describes it
    if k >= lo and toks[k].f in ("الذي", "التي", "الذين", "والذي", "والتي"):
        e = k
        s = e
        while s - 1 >= lo and toks[s - 1].word and not stops_phrase(toks[s - 1]) and e - s < 4 \
                and not toks[s - 1].f.startswith("ال"):
            s -= 1
        if s < e:
            return Phrase(s, e, "name", (s, e))
        return None
    if k >= lo and toks[k].f == "قد":  # "وكان روبن غيب قد صرح"
        s = k
        while s - 1 >= lo and toks[s - 1].word and not stops_phrase(toks[s - 1]) and k - s < 4:
            s -= 1
        d = s - 1 if s - 1 >= lo and toks[s - 1].f in ("هذه", "هذا", "تلك", "ذلك") else s
        if s < k and d - 1 >= lo and toks[d - 1].f in ("كان", "وكان", "كانت", "وكانت"):
            return forward(toks, s, k, terms)
        return None
    if k >= lo and toks[k].text in ("،", ","):  # "مارك زوكربيرغ، مؤسس فيسبوك ورئيسها، أوضح"
        for c in range(k - 1, max(lo, k - 12) - 1, -1):
            if toks[c].text in ("،", ",") and c - 1 >= lo and toks[c - 1].word:
                head = toks[c + 1].f if c + 1 < k else ""
                if head not in lx.folded_set("TITLE_HEADS") and head not in lx.folded_set("ORG_HEADS"):
                    return None  # what stands between the commas must describe the person
                p = backward(toks, c, lo, terms)
                return p if p is not None and p.name is not None else None
        return None
    s = verb
    while s - 1 >= lo and toks[s - 1].word and (not stops_phrase(toks[s - 1]) or toks[s - 1].f == "من"
                                                  and s - 2 >= lo and toks[s - 2].word) and verb - s < 5:
        s -= 1
    if s == verb:
        return None
    before = toks[s - 1] if s - 1 >= lo else None
    if before is not None and before.word and before.f not in ("ان", "فان", "لكن", "ولكن", "بل", "كما", "الا"):
        return None
    p = forward(toks, s, verb, terms)
    if p is not None and p.end < verb and toks[p.end].f == "من" and verb - p.end <= 3:
        p = Phrase(p.start, verb, p.kind, p.name, p.gender, p.plural)  # "المقربين من المغني يتهمون"
    if p is None or p.end != verb or p.kind == "name" and (p.name[1] - p.name[0]) > 3:
        return None
    if (before is None or not before.word) and p.kind == "name" and not is_country(text_of(toks, p.start, p.end)):
        return None  # "، ومؤخرا أعلنت": without إن before it, a bare word is no subject
    return p
