"""Event candidates and their features: one candidate per trigger word, with the phrases that may
be its actor and target. `features` is what a decision function (rules now, a trained classifier
later) sees; the phrases are kept beside it to build the event."""
from __future__ import annotations

from bisect import bisect_right

from ..model import Speaker
from ..quotes import lexicon as qlx
from ..quotes.context import Context
from ..quotes.countries import is_country
from ..quotes.phrases import Phrase, Tok, backward, forward, has_preposition
from . import lexicon as lx
from .arguments import WINDOW, Candidate, _argument, _targets, plausible, plausible_actor, plausible_target
from .clause import document_head, future_form, modality, name_part, recall_actor, subject_before
from .links import (POSSESSED_NOUNS, group_of_place, later_subject, passive_agent, passive_patient, recent_subject,
                    same_target, speaker_around, with_nisba)

def candidates(ctx: Context, speakers: list[tuple[int, int, Speaker]]) -> list[Candidate]:
    """Every trigger in the text with its actor and targets. `speakers`: (start, end, speaker) of
    direct quotations, so a first-person verb inside one ("نطالب") has the quotation's speaker."""
    toks = ctx.toks
    out: list[Candidate] = []
    spans = sorted(speakers, key=lambda x: x[0])
    starts = [a for a, _, _ in spans]

    def _quoted(offset: int) -> Speaker | None:
        i = bisect_right(starts, offset) - 1
        return spans[i][2] if i >= 0 and spans[i][0] <= offset < spans[i][1] else None

    for k, t in enumerate(toks):
        if not t.word:
            continue
        trig = lx.trigger(t.text)
        noun = None
        if trig is None:
            hit = lx.noun_trigger(t.text)
            if hit is None:
                continue
            trig, must_follow = hit
            if must_follow and not (k + 1 < len(toks) and must_follow in toks[k + 1].f):
                continue
            noun = hit
        if noun is None and k > 0 and toks[k - 1].f in NOUN_GOVERNORS:
            continue  # "من خلال حث كافة أطياف المعارضة": a verbal noun, not a verb with a subject
        if name_part(ctx, k):
            continue  # "علي بن أبي طالب"
        limit = min(ctx.sent_end[k], k + WINDOW)
        need = lx.required().get(trig.lemma)
        if need:
            at = next((x for x in range(k + 1, limit) if toks[x].f in need), None)
            if at is None:
                continue  # "يحمل الشعار": carrying, not blaming
            limit = at  # "حمّل الوزير الحكومة مسؤولية": the object ends where the word begins
        c = Candidate(k, trig, end=k)
        c.features = {"lemma": trig.lemma, "noun": trig.noun, "past": trig.past,
                      "first_person": t.f.lstrip("وف").startswith("ن") and not trig.noun,
                      "in_quote": _quoted(t.start) is not None,
                      **modality(ctx, k, future_form(t.text), trig.past)}
        after = k + 1
        agent = passive_agent(ctx, k, limit)
        if agent is not None:  # "احتجز البحارة من قبل حرس الحدود": a passive, its doer after من قبل
            c.actor = with_nisba(ctx, _argument(ctx, agent), agent.end, limit)
            c.features["actor_from"] = "agent"
            if noun is None:
                passive_patient(ctx, c, agent.start - 2)
            else:
                _targets(ctx, c, k + 1, agent.start - 2)
        elif trig.participle:  # "…، داعيا سكان دارفور إلى": the clause's subject, named before
            prev = toks[k - 1] if k > 0 else None
            if prev is None or prev.word or prev.text not in "،,\"”»":
                continue  # "المؤسسة الداعية": an adjective, not a حال after a clause
            c.actor = speaker_around(ctx, t.start) or recall_actor(ctx, k, trig.gender, False) \
                or recent_subject(ctx, out, k, trig)
            c.features["actor_from"] = "participle"
        elif c.features["first_person"] and c.features["in_quote"]:
            c.actor = _quoted(t.start)
            c.features["actor_from"] = "speaker"
        elif noun is None:
            p = backward(toks, k, ctx.sent_start[k], ctx.terms) or forward(toks, k + 1, limit, ctx.terms)
            if p is not None and p.start > k and "obj" in trig.target and _object_then_ba(toks, p.end, limit):
                p = None  # "ويتهم الحكومة بالصمت": the phrase is the object, the subject is implicit
            if p is not None and p.start > k and has_preposition(toks[p.start].text):
                p = None  # "وطالبها بوقف التدخل": what is asked, not who asks
            if p is not None and not plausible_actor(ctx, p):
                p = None
            if p is not None:
                c.actor = _argument(ctx, p)
                c.features["actor_from"] = "subject"
                c.features["actor_kind"] = "name" if p.name else p.kind  # "الدكتور خليل الدليمي" is named
                c.features["actor_document"] = document_head(ctx, p)
                c.features["actor_after_verb"] = p.start > k
                c.features["actor_end"] = p.end
                if p.start > k:
                    after = p.end
            elif subject_before(ctx, k) or _implausible_subject(ctx, k, limit, trig):
                c.actor = None  # "إن قصفا مكثفا استهدف", "طلبت نتائج": the subject is written, and is no actor
                c.features["actor_from"] = None
            else:
                c.actor = recall_actor(ctx, k, trig.gender, trig.plural) or recent_subject(ctx, out, k, trig)
                c.features["actor_from"] = "recall" if c.actor else None
        elif trig.target == "obj":  # "أبلغ أردوغان، الخميس نظيره الروسي بوتين بضرورة": the verb before
            c.actor, c.targets = _governing(ctx, k)
            c.features["actor_from"] = "governing verb"
            c.features["target_from"] = "governing verb"
            c.features["has_actor"], c.features["has_target"] = c.actor is not None, bool(c.targets)
            out.append(c)
            continue
        elif t.f in POSSESSED_NOUNS:  # "خلال زيارته إلى": who "ه" is
            c.actor = recall_actor(ctx, k, POSSESSED_NOUNS[t.f], False)
            c.features["actor_from"] = "possessor"
        else:
            c.actor, after = _noun_actor(ctx, k, limit, trig)
            prev = out[-1] if out else None
            if t.f[:1] == "و" and prev is not None and prev.trigger.noun and k - prev.tok <= 6 and prev.actor:
                c.actor = prev.actor  # "شن هجوم إلكتروني مضاد واختراق موقع ...": one actor for both
            if "gen" in trig.target.split("|"):
                after = k + 1
        if noun is not None and trig.type == "CONSULT" and not trig.target.startswith(("obj", "gen")):
            c.features["reach"] = 3  # "اجتماعه مع", "زيارة كارتر إلى": the preposition is near the noun
        elif trig.lemma in NEAR_FRAMES:
            c.features["reach"] = 1  # "اشترطت الحركة على الحكومة"; not "اشترط للمشاركة في الغارات على"
        if agent is None:
            _targets(ctx, c, after, limit)
        if not c.targets and c.trigger.target == "pronoun" and out and c.actor is not None:
            same_target(ctx, c, out)
        c.targets = [group_of_place(ctx, x) for x in c.targets]
        c.features["has_actor"] = c.actor is not None
        c.features["actor_person"] = _person(c.actor)
        c.features["has_target"] = bool(c.targets)
        out.append(c)
    for c in out:
        if c.features.get("actor_from") == "possessor" and c.actor is None:
            c.actor = later_subject(ctx, c, out)
            c.features["has_actor"] = c.actor is not None
    return out


def _implausible_subject(ctx: Context, k: int, limit: int, trig) -> bool:
    """A phrase right after the verb that cannot act ("طلبت نتائج الدراسة") is its subject or its
    object; either way recalling someone named before would guess."""
    toks = ctx.toks
    p = forward(toks, k + 1, limit, ctx.terms)
    if p is None or p.start != k + 1:
        return False
    return not plausible_actor(ctx, p) and not plausible_target(ctx, p)


def _person(sp: Speaker | None) -> bool:
    """A speaker that reads as a person: a name that is neither an organisation nor a state."""
    if sp is None or not sp.name or sp.anonymous:
        return False
    first = qlx.fold(sp.name.split()[0])
    return first not in qlx.folded_set("ORG_HEADS") and not first.startswith("ال") and not is_country(sp.name)


def _object_then_ba(toks: list[Tok], end: int, limit: int) -> bool:
    k = end
    while k < limit and not toks[k].word:
        k += 1
    return k < limit and toks[k].f.startswith(("بال", "بان", "بعدم")) or k < limit and toks[k].f in ("ب", "بـ")


# verbs that carry an event noun: "أجرى اتصالاً", "شن هجوماً", "نفذ هجوماً", "عقد اجتماعاً"
GOVERNING = ("اجري", "اجرت", "شن", "شنت", "نفذ", "نفذت", "عقد", "عقدت", "وقع", "وقعت", "مضي", "تبني", "تبنت",
             "فرض", "فرضت", "القي", "القت",  # "فرضت واشنطن عقوبات على", "ألقت الشرطة القبض على"
             "اطلق", "اطلقت", "وجه", "وجهت")  # "أطلقت السلطات سراح", "وجه الادعاء اتهامات ل"
NEAR_FRAMES = {qlx.fold("اشترط")}  # verbs whose preposition follows the subject at once


def _bare_verb(f: str) -> str:
    """The word without one leading و, unless the و is the verb's own ("ووجه" is وجه, "وقعت" stays)."""
    own = f in GOVERNING or any(f == g + x for g in GOVERNING for x in ("ه", "ها"))
    return f[1:] if f[:1] == "و" and len(f) > 2 and not own else f


SELF_CLAUSE = {qlx.fold(w) for w in "أنه أنها أنهم أنهما بأنه بأنها بأنهم إنه إنها إنهم".split()}
EVENT_HEADS = {qlx.fold(w) for w in "جلسة جولة جلسات جولات سلسلة جولتي".split()}
NOUN_GOVERNORS = {qlx.fold(w) for w in "خلال بعد قبل عبر في من إلى على عن منذ بسبب إثر عقب جراء لأجل بهدف".split()}


def _governing(ctx: Context, k: int) -> tuple[Speaker | None, list[Speaker]]:
    """Subject and object of the verb a demand hangs on: "أبلغ X، الخميس Y بضرورة …"."""
    toks = ctx.toks
    for i in range(k - 1, ctx.sent_start[k] - 1, -1):
        if toks[i].word and (qlx.speech_verb(toks[i].text) or lx.trigger(toks[i].text)):
            subject = forward(toks, i + 1, k, ctx.terms)
            if subject is None:
                return None, []
            j = subject.end
            while j < k and (not toks[j].word or toks[j].f in qlx.folded_set("TIME_WORDS")):
                j += 1
            obj = forward(toks, j, k, ctx.terms)
            return ctx.speaker(subject), [ctx.speaker(obj)] if obj is not None else []
    return None, []


def _cleft(ctx: Context, pronoun: int) -> Phrase | None:
    """The phrase a "هي التي" / "هو الذي" picks out, written just before it."""
    toks = ctx.toks
    for s in range(pronoun - 1, max(ctx.sent_start[pronoun], pronoun - 8) - 1, -1):
        if toks[s].f in ("ان", "بان", "فان") or toks[s].text in "،,":
            p = forward(toks, s + 1, pronoun, ctx.terms)
            return p if p is not None and p.end == pronoun else None
    return None


def _noun_actor(ctx: Context, k: int, limit: int, trig=None) -> tuple[Speaker | None, int]:
    """Who holds the event a noun names: "اتصال هاتفي للرئيس فلاديمير بوتين", "أجرى لافروف اتصالين",
    "بعد اجتماع الوزير مع نظيره" (the genitive, when the target's preposition follows it)."""
    toks = ctx.toks
    frames = [f for f in (trig.target.split("|") if trig and trig.type == "CONSULT" else []) if f not in ("obj", "gen")]
    if frames and k + 1 < limit and toks[k + 1].word and not toks[k + 1].f.startswith(("لل", "ب", "ل")):
        p = forward(toks, k + 1, limit, ctx.terms)
        if p is not None and p.start == k + 1 and p.end < limit and plausible(ctx, p) \
                and any(toks[p.end].f == f or f in ("ب", "ل") and toks[p.end].f.startswith(f) for f in frames):
            return ctx.speaker(p), p.end
    j = k + 1
    while j < limit and toks[j].word and (toks[j].f.startswith(("هاتف", "الهاتف")) or toks[j].f in ("معاكس", "مضاد")):
        j += 1
    if j < limit and toks[j].word and toks[j].f.startswith("لل"):
        bare = Tok(toks[j].start + 1, toks[j].end, "ا" + toks[j].text[1:], "ا" + toks[j].f[1:], True, toks[j].line)
        p0 = forward([bare] + toks[j + 1:limit], 0, limit - j, None)
        if p0 is not None:
            p = Phrase(j, p0.end + j, p0.kind, (p0.name[0] + j, p0.name[1] + j) if p0.name else None)
            sp = ctx.speaker(p)
            if sp.entity is None and sp.name and sp.name.startswith("لل") and sp.start == toks[j].start:
                sp = Speaker("ا" + sp.name[1:], None, sp.start + 1, sp.end, sp.anonymous)  # "للتحالف" is التحالف
            return sp, p.end
    for i in range(k + 1, min(limit, k + 7)):  # "هجوم معاكس شنته فصائل المعارضة", "... كانت قد نفذته على"
        verb = _bare_verb(toks[i].f)
        if toks[i].word and any(verb == g + s for g in GOVERNING for s in ("ه", "ها")):
            p = forward(toks, i + 1, limit, ctx.terms)
            if p is not None and toks[p.start].f not in ("علي", "علي"):
                return ctx.speaker(p), j
            return recall_actor(ctx, k, None, None), j
    for i in range(k - 1, max(ctx.sent_start[k], k - 8) - 1, -1):  # "أجرى وزير ... لافروف اتصالين"
        verb = _bare_verb(toks[i].f)
        if qlx.speech_verb(toks[i].text) is None and verb in GOVERNING \
                and (verb not in ("وجه", "وجهت") or trig is not None and trig.type == "ACCUSE"):  # "وجه الدعوة"
            if i > 0 and toks[i - 1].f in NOUN_GOVERNORS and subject_before(ctx, i - 1, noun_before=False):
                return None, j  # "إن تركيا سمحت ... في شن غارات": the doer is not the one who speaks
            head = k - 1 if toks[k - 1].f in EVENT_HEADS else k  # "عقد الملك جلسة مباحثات"
            p = forward(toks, i + 1, head, ctx.terms)
            if p is not None and plausible_actor(ctx, p):
                return ctx.speaker(p), j
            if p is not None and p.end < k or subject_before(ctx, i):
                return None, j  # "عقد جلسة مباحثات": the noun after the verb is no actor
            if i >= 2 and toks[i - 1].f in ("التي", "الذي") and toks[i - 2].f in ("هي", "هو"):
                p = _cleft(ctx, i - 2)  # "مجموعة أنونيموس الدولية هي التي تبنت الهجوم"
                if p is not None:
                    return ctx.speaker(p), j
            # "شنت هجوما قاسيا على": the subject is the one the verb agrees with, named before
            masdar = i > 0 and toks[i - 1].f in NOUN_GOVERNORS  # "تمكنت من شن": a verbal noun has no gender
            if masdar and not any(toks[x].f in SELF_CLAUSE for x in range(max(ctx.sent_start[i], i - 12), i)):
                return None, j  # "من خلال فرض العقوبات": whose act is not said, unless "أنها تمكنت من شن"
            return recall_actor(ctx, i, None if masdar else "f" if verb.endswith("ت") else "m", None), j
    return None, j  # a bare noun ("العقوبات على إيران") says nothing of who acts
