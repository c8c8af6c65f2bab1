"""Finding mentions in one document: the words of each sentence (from the segmenter's token
layer, or our own tokeniser when that layer is empty), the tagger's spans, knowledge-base alias
matches, and institution + nisba phrases (وزارة الدفاع الروسية, الجيش التركي)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document
from .kb import KBEntity, KnowledgeBase
from .words import norm, tokenize
from .words import candidates as _all_readings

QUOTE_CHARS = set("\"'«»“”„‟‘’‹›")
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+|\n+")

# institution heads that take a nisba adjective: normalised head -> canonical head
INSTITUTIONS = {
    "وزاره الخارجيه": "وزارة الخارجية", "الخارجيه": "وزارة الخارجية",
    "وزاره الدفاع": "وزارة الدفاع", "الدفاع": "وزارة الدفاع",
    "وزاره الداخليه": "وزارة الداخلية", "الداخليه": "وزارة الداخلية",
    "وزاره العدل": "وزارة العدل", "وزاره الماليه": "وزارة المالية", "وزاره الصحه": "وزارة الصحة",
    "وزاره الاقتصاد": "وزارة الاقتصاد", "وزاره الطاقه": "وزارة الطاقة", "وزاره التجاره": "وزارة التجارة",
    "وزاره الاعلام": "وزارة الإعلام", "وزاره التعليم": "وزارة التعليم", "وزاره الزراعه": "وزارة الزراعة",
    "الجيش": "الجيش", "القوات المسلحه": "القوات المسلحة", "القوات النظاميه": "القوات النظامية",
    "البرلمان": "البرلمان", "مجلس الامن": "مجلس الأمن", "المعارضه": "المعارضة",
    "الرياسه": "الرئاسة", "الاستخبارات": "الاستخبارات", "البحريه": "البحرية", "الشرطه": "الشرطة",
    "البنك المركزي": "البنك المركزي",
    "مجلس النواب": "مجلس النواب", "مجلس الشيوخ": "مجلس الشيوخ", "مجلس الوزراء": "مجلس الوزراء",
}
INSTITUTION_WORDS = max(k.count(" ") + 1 for k in INSTITUTIONS)
MASCULINE_HEADS = {"الجيش", "البرلمان", "مجلس الامن", "البنك المركزي", "مجلس النواب", "مجلس الشيوخ",
                   "مجلس الوزراء"}
# وزير الخارجية الروسي is a person, not the ministry
PERSON_HEADS = {"وزير", "وزيره", "نايب", "سفير", "قايد", "رييس", "مدير", "متحدث", "ناطق", "ناطقه",
                "متحدثه", "مسوول", "ضباط", "ضابط"}


@lru_cache(maxsize=200_000)
def candidates(word: str) -> tuple[str, ...]:
    """Readings without proclitics (و ف ب ل ك), keeping the article: السورية is not سورية."""
    return tuple(f for f in _all_readings(word) if f.startswith("ال") or not word.endswith("ال" + f))


@dataclass
class Word:
    start: int
    end: int
    text: str
    norm: str
    hashtag: bool = False


@dataclass
class Candidate:
    first: int  # index of the first word in the sentence's word list
    last: int  # index after the last word
    type: str
    entity: KBEntity | None = None
    key: str = ""  # normalised phrase (clitics of the first word removed where known)
    source: str = "tagger"  # institution | kb | tagger
    country: KBEntity | None = None
    head: str = ""  # canonical institution head


def sentences(doc: Document) -> list[list[Word]]:
    """The words of each sentence, with offsets into doc.text."""
    out: list[list[Word]] = []
    layered = [s for _, _, p in doc.paragraphs() for s in p.sentences if s.tokens]
    if layered:
        for s in layered:
            out.append([_word(doc.text, t.start, t.end) for t in s.tokens])
        return out
    pos = 0
    for piece in _SENTENCE_END.split(doc.text):
        start = doc.text.find(piece, pos) if piece else pos
        pos = start + len(piece)
        words = [_word(doc.text, s, e) for s, e in tokenize(piece, start)]
        if words:
            out.append(words)
    return out


def _word(text: str, start: int, end: int) -> Word:
    raw = text[start:end]
    return Word(start, end, raw, norm(raw), raw.startswith("#"))


def is_quote(word: Word) -> bool:
    return all(ch in QUOTE_CHARS for ch in word.text)


def kb_matches(words: list[Word], kb: KnowledgeBase, ambiguous: set[str]) -> list[Candidate]:
    """Longest strong-alias matches (quotes inside a name are skipped; the first word may carry
    clitics). A single-word alias that is mostly an ordinary word in the training text is left
    to the tagger."""
    keep = [i for i, w in enumerate(words) if not is_quote(w)]
    out: list[Candidate] = []
    k = 0
    while k < len(keep):
        best: Candidate | None = None
        best_size = 0
        for first in candidates(words[keep[k]].norm):
            phrase, size = first, 1
            while True:  # extend word by word while some alias still starts this way
                entity = kb.lookup(phrase)
                if entity and entity.strong and size > best_size and (
                        size > 1 or first not in ambiguous or entity.kind == "country"
                        or _vouched(words, keep[k], entity)):
                    best = Candidate(keep[k], keep[k + size - 1] + 1, entity.type, entity, phrase, "kb")
                    best_size = size
                if phrase not in kb.prefixes or k + size >= len(keep):
                    break
                phrase = f"{phrase} {words[keep[k + size]].norm}"
                size += 1
        if best:
            out.append(best)
            k += best_size
        else:
            k += 1
    return out


# words before a person's one-word name that vouch for it (نظام الأسد, نائب المعلم)
PERSON_CUES = {"نظام", "حكومه", "عهد", "الرييس", "رييس", "نايب", "الملك", "الامير", "الشيخ", "السيد",
               "الوزير", "وزير", "الزعيم", "زعيم"}


def _vouched(words: list[Word], i: int, entity: KBEntity) -> bool:
    """A one-word alias that is also an ordinary word counts as a name after a person cue
    (نظام الأسد) or, for an organisation, between quotation marks («الحياة»)."""
    if entity.type == "PER":
        return i > 0 and _all_readings(words[i - 1].norm)[-1] in PERSON_CUES | {
            c[2:] for c in PERSON_CUES if c.startswith("ال")}
    if entity.type == "ORG":
        return 0 < i < len(words) - 1 and is_quote(words[i - 1]) and is_quote(words[i + 1])
    return False


def institution_matches(words: list[Word], kb: KnowledgeBase) -> list[Candidate]:
    """An institution head followed by a nisba adjective: وزارة الدفاع الروسية, الخارجية التركية."""
    out = []
    for i in range(len(words)):
        for size in range(INSTITUTION_WORDS, 0, -1):
            j = i + size
            if j >= len(words):
                continue
            for first in candidates(words[i].norm)[:3]:
                head = " ".join([first] + [w.norm for w in words[i + 1:j]])
                if head == "الدوله" and kb.country_of(words[j].norm):  # الدولة السورية is Syria
                    country = kb.country_of(words[j].norm)
                    out.append(Candidate(i, j + 1, "LOC", country, head, "kb"))
                    break
                if head in INSTITUTIONS:
                    country = kb.country_of(words[j].norm)
                    feminine = words[j].norm.endswith("ه")
                    agrees = feminine != (head in MASCULINE_HEADS)
                    after_person = i > 0 and _all_readings(words[i - 1].norm)[-1] in PERSON_HEADS
                    if country and agrees and not after_person:
                        out.append(Candidate(i, j + 1, "ORG", None, head + " " + words[j].norm,
                                             "institution", country, INSTITUTIONS[head]))
                    break
    return out


def tagger_spans(words: list[Word], tags: list[str], confidence: list[float] | None = None,
                 threshold: float = 0.0) -> list[Candidate]:
    """The tagger's spans, without quotation marks at their edges and without spans whose least
    sure token is below `threshold` (the CRF's marginal probability)."""
    from .corpus import spans

    out = []
    for s, e, kind in spans(tags):
        if confidence and min(confidence[s:e]) < threshold:
            continue
        while s < e and is_quote(words[s]):
            s += 1
        while e > s and is_quote(words[e - 1]):
            e -= 1
        if s < e:
            out.append(Candidate(s, e, kind))
    return out


def _contains(outer: Candidate, inner: Candidate) -> bool:
    return outer.first <= inner.first and inner.last <= outer.last and outer is not inner


# a meeting or agreement named after a place: the place is the mention (مؤتمر سوتشي → سوتشي)
EVENT_HEADS = {"موتمر", "مفاوضات", "محادثات", "قمه", "اتفاق", "اتفاقيه", "مسار", "منتدي", "اجتماع",
               "اجتماعات", "لقاء", "حوار", "اعلان", "جوله", "عمليه", "معركه", "هجوم"}
PLACE_HEADS = {"محافظه", "مدينه", "ولايه", "منطقه", "منتجع", "بلده", "قريه", "اقليم", "جزيره", "العاصمه",
               "مطار", "قاعده", "ميناء", "مخيم", "حي", "جبل", "نهر", "بحيره", "ريف"}


def _bare(word: Word) -> str:
    return _all_readings(word.norm)[-1]


def clean_tagger_span(words: list[Word], c: Candidate, kb: KnowledgeBase,
                      ambiguous: frozenset[str]) -> Candidate | None:
    """Trim ordinary words the tagger took into a name, or drop the span.

    - a meeting named after a known place keeps only the place;
    - a place's span loses leading ordinary words (بالأمس كنا), a person's a leading verb with its
      conjunction (وأردف المقداد → المقداد);
    - one ordinary word that is not a person and not in the knowledge base is not a name.
    """
    first = c.first
    if c.last - first > 1 and _bare(words[first]) in EVENT_HEADS:
        rest = " ".join(w.norm for w in words[first + 1:c.last])
        entity = kb.lookup(rest)
        if entity is not None and entity.type == "LOC":
            return Candidate(first + 1, c.last, "LOC")
    if c.type == "LOC":
        while c.last - first > 1 and _bare(words[first]) not in PLACE_HEADS and (
                candidates(words[first].norm)[-1] in ambiguous or words[first].norm in ambiguous):
            first += 1
    if c.type == "PER":  # a verb with its conjunction (وأردف), not a first name (كريم, فيصل)
        while c.last - first > 1 and words[first].norm[:1] in "وف" and words[first].norm in ambiguous:
            first += 1
    if c.last - first == 1 and (_bare(words[first]) in PLACE_HEADS | EVENT_HEADS):
        return None  # a head noun alone (ريف, مدينة) names nothing
    if c.last - first == 1 and c.type != "PER":
        readings = candidates(words[first].norm)
        if any(r in ambiguous for r in readings) and not any(kb.lookup(r) for r in readings):
            return None
    return Candidate(first, c.last, c.type)


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Institution phrases first, then the longer span, then a KB match before the tagger's.

    A tagger span that holds two known names (أردوغان لبوتين), or extends a known non-person
    name to the right (PYD الإرهابي), gives way to the knowledge base.
    """
    known = [c for c in cands if c.source != "tagger"]
    cands = [c for c in cands if c.source != "tagger" or not (
        sum(_contains(c, k) for k in known) >= 2
        or any(_contains(c, k) and k.last < c.last and k.type != "PER" for k in known))]
    order = {"kb": 0, "tagger": 1}
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: (c.source != "institution", -(c.last - c.first),
                                          order.get(c.source, 0), c.first)):
        span = set(range(c.first, c.last))
        if span & taken:
            continue
        chosen.append(c)
        taken |= span
    return sorted(chosen, key=lambda c: c.first)
