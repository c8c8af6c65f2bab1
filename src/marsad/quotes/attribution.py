"""Who said it: the verb of speech nearest a quotation and its subject, or the speaker the
verb leaves implicit ("وأضاف", "وتابعت", "ومضى قائلاً"), recalled by gender and number."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Speaker
from . import lexicon as lx
from .countries import is_country
from .context import Context
from .phrases import backward, forward

NEGATIONS = {"لم", "لن", "لا", "ما", "ولم", "ولا", "ولن", "دون"}


@dataclass
class Cue:
    tok: int  # where the cue word is
    kind: str  # verb | participle | saying | according | colon | continued
    speaker: Speaker | None
    explicit: bool  # the speaker is written here, not recalled


def negated(ctx: Context, k: int) -> bool:
    toks = ctx.toks
    return k > 0 and toks[k - 1].f in NEGATIONS or k > 1 and toks[k - 1].f == "ان" and toks[k - 2].f == "دون"


def verb_speaker(ctx: Context, k: int, limit: int) -> Cue | None:
    """The speaker of the speech verb at token k, reading no further than token `limit`."""
    if k in ctx.cues:
        return ctx.cues[k]
    t = ctx.toks[k]
    form = lx.speech_verb(t.text)
    if form is None or negated(ctx, k):
        return None
    if form.passive:
        return Cue(k, "verb", Speaker(None, None, None, None, True), True)
    lo = ctx.sent_start[k]
    # a subject before its verb after إن/فإن is explicit ("فإن مصدراً ديبلوماسياً أبلغ «الحياة» بأن")
    phrase = backward(ctx.toks, k, lo, ctx.terms) or forward(ctx.toks, k + 1, limit, ctx.terms)
    if phrase is not None and phrase.start > k:
        phrase = _to_comma_or_inna(ctx, phrase, limit)
    if phrase is not None:
        sp = ctx.speaker(phrase)
        ctx.remember(k, sp, phrase.gender or form.gender, phrase.plural or form.plural)
        return Cue(k, "verb", sp, True)
    sp = ctx.recall(k, form.gender, form.plural)
    if sp is not None:
        ctx.remember(k, sp, form.gender, form.plural)
    return Cue(k, "verb", sp, False)


def _to_comma_or_inna(ctx: Context, phrase, limit: int):
    """A title or organisation after the verb runs on to the comma or إن/أن that ends the speaker
    phrase when only a few plain words stand between ("مراسلة قناة روسيا اليوم أن")."""
    if phrase.kind not in ("title", "org", "relational"):
        return phrase
    toks = ctx.toks
    named = phrase.name is not None  # a named one runs on only over a time word ("قناة روسيا اليوم")
    if named and phrase.name[1] != phrase.end:
        return phrase
    for j in range(phrase.end, min(limit, phrase.end + (3 if named else 7))):
        t = toks[j]
        if not t.word and t.text in "،," or t.f in ("ان", "بان"):
            name = (phrase.name[0], j) if named else None
            return type(phrase)(phrase.start, j, phrase.kind, name, phrase.gender, phrase.plural) \
                if j > phrase.end else phrase
        if t.f in ("في", "لدي") and not (j + 1 < limit and (toks[j + 1].f in lx.folded_set("ORG_HEADS")
                                                            or is_country(toks[j + 1].text))):
            return phrase  # "وزير الخارجية في مؤتمر صحفي": where he spoke, not who he is
        if named and t.f not in lx.folded_set("TIME_WORDS") or not t.word \
                or t.f in lx.folded_set("STOP_WORDS") and t.f not in ("في", "لدي") or lx.speech_verb(t.text) or lx.participle(t.text) \
                or t.f in lx.folded_set("COMPLEMENTIZERS") or t.f[:1] == "و":
            return phrase
    return phrase


def participle_speaker(ctx: Context, k: int) -> Cue | None:
    if k in ctx.cues:
        return ctx.cues[k]
    hit = lx.participle(ctx.toks[k].text)
    if hit is None:
        return None
    gender, plural = hit
    return Cue(k, "participle", ctx.recall(k, gender, plural), False)


def according_speaker(ctx: Context, k: int, limit: int) -> Cue | None:
    """"بحسب X", "وفقاً لـ X", "نقلاً عن X"."""
    if ctx.toks[k].f not in lx.folded_set("ACCORDING"):
        return None
    j = k + 1
    while j < limit and (ctx.toks[j].f in ("ل", "لـ", "عن", "ما", "راي") or not ctx.toks[j].word
                         and ctx.toks[j].text in "ـ"):
        j += 1
    phrase = forward(ctx.toks, j, limit, ctx.terms, after_preposition=True)
    if phrase is None:
        return None
    sp = ctx.speaker(phrase)
    return Cue(k, "according", sp, True)


def before(ctx: Context, open_tok: int, previous: dict[int, Speaker]) -> Cue | None:
    """The best cue in the sentence before a quotation: a verb beats a participle, which beats
    "بقوله", "بحسب" and a bare colon. `previous` maps the close token of earlier quotations to
    their speakers, so a quotation that follows another in one sentence keeps its speaker."""
    lo = ctx.sent_start[open_tok]
    toks = ctx.toks
    found: dict[str, int] = {}
    k = open_tok - 1
    while k >= lo:
        t = toks[k]
        if k in previous and not found:
            return Cue(k, "continued", previous[k], False)
        if not t.word:
            if t.text == ":" and "colon" not in found:
                found["colon"] = k
            k -= 1
            continue
        if lx.speech_verb(t.text) and not negated(ctx, k) and ("participle" not in found or introduces(ctx, k)):
            found.setdefault("verb", k)
            break
        if lx.participle(t.text):
            found.setdefault("participle", k)
        elif t.f in lx.folded_set("SAYING_NOUNS"):
            found.setdefault("saying", k)
        elif t.f in lx.folded_set("ACCORDING"):
            found.setdefault("according", k)
        elif t.f in lx.folded_set("STATEMENT_NOUNS") or t.f[:1] in "وف" and t.f[1:] in lx.folded_set("STATEMENT_NOUNS"):
            found.setdefault("statement", k)
        k -= 1
    if "verb" in found:
        return verb_speaker(ctx, found["verb"], open_tok)
    if "participle" in found:
        return participle_speaker(ctx, found["participle"])
    if "saying" in found:  # an unknown or misspelt verb: "وأدرف “أردوغان” بقوله:"
        phrase = forward(toks, lo + 1, found["saying"], ctx.terms)
        if phrase is not None:
            sp = ctx.speaker(phrase)
            ctx.remember(found["saying"], sp, phrase.gender, phrase.plural)
            return Cue(found["saying"], "saying", sp, True)
        return Cue(found["saying"], "saying", ctx.recall(found["saying"], None, None), False)
    if "according" in found:
        return according_speaker(ctx, found["according"], open_tok)
    if "statement" in found:  # "ونشرت وكالة رويترز تصريح مسؤول رفيع ... بأن “...”"
        k = found["statement"] + 1
        while k < open_tok and toks[k].f in ("صادر", "الصادر", "عن", "ل", "لـ"):
            k += 1
        phrase = forward(toks, k, open_tok, ctx.terms)
        if phrase is not None:
            return Cue(found["statement"], "statement", ctx.speaker(phrase), True)
    if "colon" in found:  # "ورد في بيان صادر عن الحكومة السعودية: “...”"
        c = found["colon"]
        s = c
        while s - 1 >= lo and toks[s - 1].word and c - s < 5 and toks[s - 1].f not in lx.folded_set("STOP_WORDS"):
            s -= 1
        phrase = forward(toks, s, c, ctx.terms) if s < c else None
        if phrase is not None and phrase.end == c and phrase.kind in ("org", "title", "anonymous", "relational"):
            return Cue(c, "colon", ctx.speaker(phrase), True)
    return None


def after(ctx: Context, close_tok: int) -> Cue | None:
    """Attribution written after the quotation: "«...»، قال X", "...” كما أنذرت X", "، اضاف قائلا"."""
    toks = ctx.toks
    k = close_tok + 1
    while k < len(toks) and not toks[k].word and toks[k].text in "،,":
        k += 1
    if k < len(toks) and toks[k].f in ("كما", "وكما"):
        k += 1
    if k >= len(toks):
        return None
    end = min(len(toks), k + 12)
    cue = verb_speaker(ctx, k, end)
    if cue is not None:
        return cue
    if k + 2 < len(toks) and toks[k].f in ("علي", "حسب", "بحسب") and toks[k + 1].f in ("حد", "تعبير", "وصف") \
            or toks[k].f in ("حسب", "بحسب") and toks[k + 1].f.startswith(("تعبير", "وصف", "قول")):
        j = k + 2 if toks[k + 1].f == "حد" else k + 1  # "على حد قوله", "حسب تعبيرها": the last speaker
        suffix = toks[j].f if j < len(toks) else ""
        gender = "f" if suffix.endswith("ها") else "m" if suffix.endswith("ه") else None
        plural = suffix.endswith("هم")
        return Cue(k, "saying", ctx.recall(k, gender, plural if plural else None), False)
    return according_speaker(ctx, k, end)


def register(ctx: Context) -> None:
    """Read every verb of speech in text order, so that an implicit "وأضاف" recalls the speaker
    named last before it, whether that one was quoted directly or reported."""
    toks = ctx.toks
    for k, t in enumerate(toks):
        if not t.word or ctx.in_speech(k):
            continue
        if lx.speech_verb(t.text):
            if introduces(ctx, k):  # a verb that introduces nothing ("وتعتبر عناصر") names no speaker
                cue = verb_speaker(ctx, k, ctx.sent_end[k])
                if cue is not None:
                    ctx.cues[k] = cue
            else:  # "وهذا ما أكده مستشار الرئيس ... صبري صيدم، حيث قال": a titled subject is still someone
                phrase = forward(toks, k + 1, ctx.sent_end[k], ctx.terms)
                if phrase is not None and (phrase.kind in ("title", "relational") and phrase.name
                                           or phrase.kind == "org"):
                    form = lx.speech_verb(t.text)
                    ctx.remember(k, ctx.speaker(phrase), phrase.gender or form.gender, phrase.plural or form.plural)
        elif lx.participle(t.text):
            ctx.cues[k] = participle_speaker(ctx, k)
        elif ctx.sent_start[k] == k or toks[k - 1].f in ("فيما", "بينما", "حيث", "كما", "هذا"):
            _topic(ctx, k)


def _topic(ctx: Context, k: int) -> None:
    """The subject of a sentence that opens on a verb ("كثّفت موسكو", "وشنت الناطقة ...") is who a
    following participle or pronoun verb most likely refers to."""
    t = ctx.toks[k]
    f = t.f[1:] if t.f[:1] in "وف" and len(t.f) > 2 else t.f
    if any(w in lx.folded_set(n) for w in (f, t.f) for n in ("STOP_WORDS", "TIME_WORDS", "TITLE_HEADS",
                                                               "ORG_HEADS", "PRONOUN_PREPOSITIONS")) \
            or t.text.lstrip("وف").startswith(("ال", "م")) or not 3 <= len(f) <= 6:
        return  # not a verb: a particle, a noun, a participle
    phrase = forward(ctx.toks, k + 1, ctx.sent_end[k], ctx.terms)
    if phrase is None or phrase.kind == "anonymous" or phrase.start != k + 1:
        return
    if phrase.kind == "name" and (phrase.name[1] - phrase.name[0] > 2 or ctx.toks[phrase.start].f.startswith("ال")):
        return  # "وجرى الاحتفال الرسمي": a common noun, not someone who speaks next
    ctx.remember(k, ctx.speaker(phrase), "f" if f.endswith("ت") else phrase.gender or "m",
                 f.endswith("وا") or phrase.plural)


def introduces(ctx: Context, k: int) -> bool:
    """Whether the verb at k introduces speech: a that-clause, a colon or marks follow it before
    another verb of speech does."""
    toks = ctx.toks
    j = k - 1
    while j >= 0 and not toks[j].word and toks[j].text in "،,":
        j -= 1
    if j >= 0 and j < k - 1 and any(b == j for _, b in ctx.inside):
        return True  # "«...»، قال X": attribution after the quotation
    subject = forward(toks, k + 1, ctx.sent_end[k], ctx.terms)
    for j in range(k + 1, min(ctx.sent_end[k], k + 40)):
        t = toks[j]
        if j in ctx.terms:
            continue
        if subject is not None and j == subject.end and lx.participle(t.text):
            continue  # "وقالت منظمة أوكسفام محذرة ... إن"
        if not t.word and (t.text == ":" or ctx.opens_speech(j)):
            return True
        if t.word and t.f in lx.folded_set("COMPLEMENTIZERS"):
            return True
        if t.word and (lx.speech_verb(t.text) or lx.participle(t.text)):
            return False
    return False
