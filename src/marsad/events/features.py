"""Event candidates and their features: one candidate per trigger word, with the phrases that may
be its actor and target. `features` is what a decision function (rules now, a trained classifier
later) sees; the phrases are kept beside it to build the event."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Speaker
from ..quotes import lexicon as qlx
from ..quotes.context import Context
from ..quotes.phrases import Phrase, Tok, backward, forward, has_preposition
from ..quotes.countries import is_country
from . import lexicon as lx
from .lexicon import CAPITALS

_CAPITALS = {qlx.fold(k) for k in CAPITALS}

WINDOW = 20  # tokens after the trigger where its target may be written
PREPOSITIONS = {"من", "على", "مع", "ب", "ل", "ضد", "الي", "عن"}
ENVOYS = {qlx.fold(w) for w in "سفير سفيري سفيرة سفراء السفير القائم مبعوث مندوب".split()}


@dataclass
class Candidate:
    tok: int
    trigger: lx.Trigger
    actor: Speaker | None = None
    targets: list[Speaker] = field(default_factory=list)
    end: int = 0  # last token of the evidence
    features: dict = field(default_factory=dict)


def phrase_at(ctx: Context, k: int, limit: int, drop_conj: bool = False) -> Phrase | None:
    """The phrase at token k; with drop_conj the و of "وإيران" is read off first."""
    toks = ctx.toks
    if not drop_conj:
        return forward(toks, k, limit, ctx.terms)
    t = toks[k]
    if not t.word or t.f[:1] not in "وف" or len(t.f) < 3:
        return None
    bare = Tok(t.start + 1, t.end, t.text[1:], t.f[1:], True, t.line)
    if bare.f.startswith("ال") and bare.f.endswith(("ي", "يه")) and k + 1 < limit:
        p = forward(toks, k + 1, limit, ctx.terms)  # "والإيراني محمد جواد ظريف": the title is elided
        return Phrase(k, p.end, "title", p.name, p.gender, p.plural) if p and p.name else None
    window = [bare] + toks[k + 1:limit]
    p = forward(window, 0, len(window), None)
    if p is None:
        return None
    name = (p.name[0] + k, p.name[1] + k) if p.name else None
    if name and name[0] == k:
        return Phrase(k, p.end + k, p.kind, (k, name[1]), p.gender, p.plural)
    return Phrase(p.start + k, p.end + k, p.kind, name, p.gender, p.plural)


def _argument(ctx: Context, p: Phrase, conj: bool = False) -> Speaker:
    sp = ctx.speaker(p)
    text = ctx.doc.text
    if conj and sp.start is not None and text[sp.start:sp.start + 1] in ("و", "ف") and sp.start == ctx.toks[p.start].start:
        name = sp.name[1:] if sp.name and sp.name[:1] in "وف" and not sp.entity else sp.name
        sp = Speaker(name, sp.entity, sp.start + 1, sp.end, sp.anonymous)  # "وإيران" is إيران
    return sp


def plausible(ctx: Context, p: Phrase) -> bool:
    """Whether a phrase can be an actor or a target: a state, an organisation, a titled person, a
    source, a linked entity, or a short proper name (no article, no verbal-noun shape)."""
    if p.kind in ("title", "org", "relational", "anonymous"):
        return True
    a, b = p.speaker_range()
    text = " ".join(t.text for t in ctx.toks[a:b] if t.word)
    start, end = ctx.toks[a].start, ctx.toks[b - 1].end
    if ctx.entity_for(start, end) or is_country(text) or qlx.fold(text) in _CAPITALS:
        return True
    if ctx.mentions:  # with an entity layer, a bare name must be one of its mentions
        return False
    first = ctx.toks[a]
    return not first.f.startswith("ال") and b - a <= 3 and not first.text.endswith(("ا", "ًا")) \
        and first.f not in qlx.folded_set("STOP_WORDS")


def plausible_target(ctx: Context, p: Phrase) -> bool:
    """A target may also be a group written as a common noun: "الميليشيات الكردية", "الأطباء"."""
    if plausible(ctx, p):
        return True
    a, b = p.speaker_range()
    first = ctx.toks[a]
    return first.f.startswith("ال") and (b - a >= 2 or first.f.endswith(("ات", "ين", "ون", "اء")))


def _conjuncts(ctx: Context, first: Phrase, limit: int) -> tuple[list[Speaker], int]:
    """The first phrase and those joined to it by و: "سفيري روسيا وإيران". A conjunct must be of
    the same sort as the first (two states, two titled persons), or it is the next clause."""
    out = [_argument(ctx, first)] if plausible_target(ctx, first) else []
    end = first.end
    first_text = ctx.text(*first.speaker_range())
    while out and end < limit and ctx.toks[end].word and ctx.toks[end].f[:1] == "و":
        p = phrase_at(ctx, end, limit, drop_conj=True)
        if p is None:
            break
        second = ctx.text(*p.speaker_range()).lstrip("وف")
        same = is_country(first_text) and is_country(second) or p.kind in ("title", "org") and first.kind == p.kind \
            or ctx.toks[end].f.startswith("وال") and ctx.toks[end].f.endswith(("ي", "يه")) and p.kind == "title" \
            or p.kind == first.kind == "name" and first.name and p.name and (p.name[1] - p.name[0]) >= 2 \
            and ctx.entity_for(ctx.toks[p.start].start, ctx.toks[p.end - 1].end) is not None
        if not same:
            break
        out.append(_argument(ctx, p, conj=True))
        end = p.end
    return out, end


def _antecedent(ctx: Context, c: Candidate, before: int) -> bool:
    """A pronoun target ("واتهمتها", "طلبت منهم"): who was last named after a preposition."""
    toks = ctx.toks
    for j in range(before - 1, ctx.sent_start[c.tok] - 1, -1):
        if toks[j].f in ("علي", "ضد", "مع", "الي", "من"):
            p = forward(toks, j + 1, before, ctx.terms)
            if p is not None:
                c.targets, c.end = [_argument(ctx, p)], c.tok + 1
                c.features["target_from"] = "pronoun"
                return True
    return False


def _targets(ctx: Context, c: Candidate, after: int, limit: int) -> None:
    frames = c.trigger.target.split("|")
    for frame in frames:
        _target(ctx, c, after, limit, frame)
        if c.targets:
            return


def _target(ctx: Context, c: Candidate, after: int, limit: int, frame: str) -> None:
    toks = ctx.toks
    if frame == "pronoun":
        _antecedent(ctx, c, c.tok)
        return
    if frame == "gen":  # "لاتهام الحكومة البريطانية"
        nxt = toks[c.tok + 1] if c.tok + 1 < limit else None
        if nxt is None or not nxt.word or has_preposition(nxt.text):
            return  # "اتهامات بازدرائه": what is alleged, not whom
        p = forward(toks, c.tok + 1, limit, ctx.terms)
        if p is not None:
            c.targets, c.end = _conjuncts(ctx, p, limit)
            c.features["target_from"] = "genitive"
        return
    j = after - 1
    while j + 1 < limit:
        j += 1
        if j < after:
            j = after
        t = toks[j]
        if not t.word:
            if t.text in ".!?؟":
                break
            continue
        if frame == "obj":
            if t.f in qlx.folded_set("TIME_WORDS"):
                continue  # "توعد أردوغان، اليوم السبت، الميليشيات الكردية"
            if t.f in ("وهو", "وهي") and j > after:  # an aside: "، وهو فقيه مغربي ...،"
                close = next((x for x in range(j, limit) if toks[x].text in "،,"), None)
                if close is None:
                    return
                after = close + 1
                continue
            if t.f == "الي" and c.trigger.lemma == "دعا":  # "دعا ... إلى محاكمة أحمد عصيد"
                p = forward(toks, j + 2, limit, ctx.terms) if j + 2 < limit else None
                if p is not None:
                    c.targets, c.end = _conjuncts(ctx, p, limit)
                    c.features["target_from"] = "call"
                return
            if has_preposition(t.text) or t.f.startswith(("بال", "لل")):
                return  # "هدد بشن عملية": what is threatened, not whom
            if t.f[:1] == "و" and len(t.f) > 3 and not is_country(t.text[1:]):
                return  # "وأبناء المحافظة", "وانتهت": the next clause, not an object
            p = forward(toks, j, limit, ctx.terms)
            if p is not None:
                c.targets, c.end = _conjuncts(ctx, p, limit)
                c.features["target_from"] = "object"
            return
        if frame == "envoy" and t.f in ENVOYS:
            k = j + 1
            while k < limit and toks[k].f in ("بالاعمال", "باعمال"):
                k += 1
            p = forward(toks, k, limit, ctx.terms)
            if p is not None:
                c.targets, c.end = _conjuncts(ctx, p, limit)
                c.features["target_from"] = "envoy"
            return
        if frame not in ("obj", "envoy", "none") and t.f.startswith(frame) and t.f[len(frame):] in qlx.PRONOUNS:
            _antecedent(ctx, c, c.tok)  # "طلبت منهم": the witnesses named before
            return
        if frame not in ("obj", "envoy", "none") and (t.f == frame or t.f.startswith(frame) and len(t.f) > len(frame) + 2
                                                      and frame in ("ل", "ب")):
            if t.f == frame:
                p = forward(toks, j + 1, limit, ctx.terms)
            else:  # "لتركيا": the preposition is a clitic
                bare = Tok(t.start + 1, t.end, t.text[1:], t.f[1:], True, t.line)
                p0 = forward([bare] + toks[j + 1:limit], 0, limit - j, None)
                p = Phrase(j, p0.end + j, p0.kind, (j, p0.name[1] + j) if p0.name else None) if p0 else None
            if p is not None:
                c.targets, c.end = _conjuncts(ctx, p, limit)
                c.features["target_from"] = "preposition"
            return


def candidates(ctx: Context, speakers: list[tuple[int, int, Speaker]]) -> list[Candidate]:
    """Every trigger in the text with its actor and targets. `speakers`: (start, end, speaker) of
    direct quotations, so a first-person verb inside one ("نطالب") has the quotation's speaker."""
    toks = ctx.toks
    out: list[Candidate] = []
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
        limit = min(ctx.sent_end[k], k + WINDOW)
        c = Candidate(k, trig, end=k)
        c.features = {"lemma": trig.lemma, "noun": trig.noun, "past": trig.past,
                      "negated": k > 0 and toks[k - 1].f in ("لم", "لن", "لا", "ما", "ولم", "ولا", "ولن"),
                      "first_person": t.f.lstrip("وف").startswith("ن") and not trig.noun,
                      "in_quote": any(a <= t.start < b for a, b, _ in speakers)}
        after = k + 1
        if c.features["first_person"] and c.features["in_quote"]:
            c.actor = next(sp for a, b, sp in speakers if a <= t.start < b)
            c.features["actor_from"] = "speaker"
        elif noun is None:
            p = backward(toks, k, ctx.sent_start[k], ctx.terms) or forward(toks, k + 1, limit, ctx.terms)
            if p is not None and p.start > k and "obj" in trig.target and _object_then_ba(toks, p.end, limit):
                p = None  # "ويتهم الحكومة بالصمت": the phrase is the object, the subject is implicit
            if p is not None and not plausible_target(ctx, p):
                p = None
            if p is not None:
                c.actor = _argument(ctx, p)
                c.features["actor_from"] = "subject"
                if p.start > k:
                    after = p.end
            else:
                c.actor = ctx.recall(k, trig.gender, trig.plural)
                c.features["actor_from"] = "recall" if c.actor else None
        elif trig.target == "obj":  # "أبلغ أردوغان، الخميس نظيره الروسي بوتين بضرورة": the verb before
            c.actor, c.targets = _governing(ctx, k)
            c.features["actor_from"] = "governing verb"
            c.features["target_from"] = "governing verb"
            c.features["has_actor"], c.features["has_target"] = c.actor is not None, bool(c.targets)
            out.append(c)
            continue
        else:
            c.actor, after = _noun_actor(ctx, k, limit)
            prev = out[-1] if out else None
            if t.f[:1] == "و" and prev is not None and prev.trigger.noun and k - prev.tok <= 6 and prev.actor:
                c.actor = prev.actor  # "شن هجوم إلكتروني مضاد واختراق موقع ...": one actor for both
            if trig.target == "gen":
                after = k + 1
        _targets(ctx, c, after, limit)
        c.features["has_actor"] = c.actor is not None
        c.features["actor_person"] = _person(c.actor)
        c.features["has_target"] = bool(c.targets)
        out.append(c)
    return out


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
GOVERNING = ("اجري", "اجرت", "شن", "شنت", "نفذ", "نفذت", "عقد", "عقدت", "وقع", "وقعت", "مضي", "تبني", "تبنت")
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


def _noun_actor(ctx: Context, k: int, limit: int) -> tuple[Speaker | None, int]:
    """Who holds the event a noun names: "اتصال هاتفي للرئيس فلاديمير بوتين", "أجرى لافروف اتصالين"."""
    toks = ctx.toks
    j = k + 1
    while j < limit and toks[j].word and (toks[j].f.startswith(("هاتف", "الهاتف")) or toks[j].f in ("معاكس", "مضاد")):
        j += 1
    if j < limit and toks[j].word and toks[j].f.startswith("لل"):
        bare = Tok(toks[j].start + 1, toks[j].end, "ا" + toks[j].text[1:], "ا" + toks[j].f[1:], True, toks[j].line)
        p0 = forward([bare] + toks[j + 1:limit], 0, limit - j, None)
        if p0 is not None:
            p = Phrase(j, p0.end + j, p0.kind, (p0.name[0] + j, p0.name[1] + j) if p0.name else None)
            return ctx.speaker(p), p.end
    for i in range(k + 1, min(limit, k + 7)):  # "هجوم معاكس شنته فصائل المعارضة", "... كانت قد نفذته على"
        verb = toks[i].f.lstrip("و")
        if toks[i].word and any(verb == g + s for g in GOVERNING for s in ("ه", "ها")):
            p = forward(toks, i + 1, limit, ctx.terms)
            if p is not None and toks[p.start].f not in ("علي", "علي"):
                return ctx.speaker(p), j
            return ctx.recall(k, None, None), j
    for i in range(k - 1, max(ctx.sent_start[k], k - 8) - 1, -1):  # "أجرى وزير ... لافروف اتصالين"
        verb = toks[i].f.lstrip("و")
        if qlx.speech_verb(toks[i].text) is None and verb in GOVERNING:
            p = forward(toks, i + 1, k, ctx.terms)
            if p is not None:
                return ctx.speaker(p), j
            if i >= 2 and toks[i - 1].f in ("التي", "الذي") and toks[i - 2].f in ("هي", "هو"):
                p = _cleft(ctx, i - 2)  # "مجموعة أنونيموس الدولية هي التي تبنت الهجوم"
                if p is not None:
                    return ctx.speaker(p), j
            # "شنت هجوما قاسيا على": the subject is the one the verb agrees with, named before
            return ctx.recall(i, "f" if verb.endswith("ت") else "m", None), j
    return None, j  # a bare noun ("العقوبات على إيران") says nothing of who acts
