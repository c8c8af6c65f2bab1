"""The arguments of an event: the candidate a trigger makes, the phrases that can be actors and
targets (states, organisations, titled or named persons, groups), and where each frame writes its
target (object, preposition, envoy, genitive, a pronoun for someone named before)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..model import Speaker
from ..quotes import lexicon as qlx
from ..quotes.context import Context
from ..quotes.countries import is_country, nisbas
from ..quotes.phrases import Phrase, Tok, forward, has_preposition
from . import lexicon as lx
from .clause import THINGS
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
    if _office_of_place(ctx, p):  # "أمير مكة المكرمة", "حاكم دبي": the office holder, not the place
        a, b = ctx.toks[p.start].start, ctx.toks[p.end - 1].end
        sp = Speaker(text[a:b], None, a, b, False)
    if conj and sp.start is not None and text[sp.start:sp.start + 1] in ("و", "ف") and sp.start == ctx.toks[p.start].start:
        name = sp.name[1:] if sp.name and sp.name[:1] in "وف" and not sp.entity else sp.name
        sp = Speaker(name, sp.entity, sp.start + 1, sp.end, sp.anonymous)  # "وإيران" is إيران
    return sp


def _office_of_place(ctx: Context, p: Phrase) -> bool:
    """A title whose genitive is a city or a region (not a state, which codes as the state itself):
    the phrase names a person by office, and runs to the end of the place's name."""
    if p.kind != "title" or not p.name or p.name[0] <= p.start:
        return False
    a, b = ctx.toks[p.name[0]].start, ctx.toks[p.name[1] - 1].end
    place = ctx.text(*p.name)
    if is_country(place):
        return False
    return qlx.fold(place) in _CAPITALS or any(ms <= a and b <= me and etype == "LOC"
                                               for ms, me, _, _, etype in ctx.mentions)


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


def plausible_actor(ctx: Context, p: Phrase) -> bool:
    """An actor is an entity, a state, an organisation, a titled person or a group of people
    ("المقربين من المغني", "مقاتلو المعارضة"), never a thing or a verbal noun ("نتائج", "البيان")."""
    if plausible(ctx, p):
        return True
    a, b = p.speaker_range()
    first = ctx.toks[a]
    if p.kind == "name" and b - a == 1 and ctx.toks[a].text in ctx._full_names():
        return True  # "طلبت أشتون": the short form of a name written earlier with its title
    if first.f.startswith("ال") and first.f.endswith(("ون", "ين")) and len(first.f) >= 6:
        return True  # a people: "المقربين", "المتظاهرون"
    return first.f in HUMAN_GROUPS


# heads of a group of people in idafa: "عناصر الشرطة", "مقاتلو المعارضة", "أنصار الحزب"
HUMAN_GROUPS = {qlx.fold(w) for w in "عناصر مقاتلو مقاتلي مسلحو مسلحي أنصار أعضاء قادة زعماء مسؤولو مسؤولي سكان أهالي".split()}


DIVINE = {qlx.fold(w) for w in "الله ربه ربها ربهم المولى".split()}


def plausible_target(ctx: Context, p: Phrase) -> bool:
    """A target may also be a group written as a common noun: "الميليشيات الكردية", "الأطباء";
    never a thing said or a verbal noun ("معلومات", "احتجاز البحارة", "الإحتجاز الايراني")."""
    a, b = p.speaker_range()
    first = ctx.toks[a]
    if first.f in THINGS or first.f in DIVINE or _inside_name(ctx, first.start):
        return False  # "داعيا الله أن يتغمدهم برحمته": a prayer, not a request to a party
    if b - a == 1 and first.f.startswith("ال") and first.f.endswith(("ي", "يه")) and not is_country(first.text):
        return False  # a lone adjective ("الجنوبية") is the end of a name read short, not a target
    if plausible(ctx, p) and (p.kind != "name" or not _verbal_noun(first.f)):
        return True
    if _verbal_noun(first.f):
        return False
    people = first.f.endswith(("ين", "ون", "اء", "ات")) or first.f in HUMAN_GROUPS
    if b - a >= 2 and not first.f.startswith("ال") and ctx.toks[a + 1].f.startswith("ال"):
        return people and not first.f.endswith("ات")  # a group in idafa: "زعماء الفريقين", not "محاولات التدخل"
    if not first.f.startswith("ال"):
        return False
    # a definite group: "الأطباء", "الميليشيات الكردية", or one a state's nisba names ("المواقع الإسرائيلية");
    # not a thing or a cause ("البنية التحتية", "التنمية الاجتماعية")
    return people or any(_state_nisba(t.f) for t in ctx.toks[a + 1:b])


def _inside_name(ctx: Context, offset: int) -> bool:
    """Whether a phrase begins in the middle of a mention ("المسجد الحرام" read as "… المسجد" +
    "الحرام"): the tail of a name, not a target."""
    i = bisect_left(ctx.mentions, (offset,))
    return any(ms < offset < me for ms, me, *_ in ctx.mentions[max(0, i - 8):i])


def _state_nisba(f: str) -> bool:
    stem = f[2:] if f.startswith("ال") else f
    stem = stem[:-1] if stem.endswith("ه") else stem
    return stem in nisbas()


def _verbal_noun(f: str) -> bool:
    """افتعال, انفعال, استفعال ("احتجاز", "الإحتجاز", "استهداف"): an act, not someone acted on."""
    f = f[2:] if f.startswith("ال") else f
    return len(f) == 6 and f[0] == "ا" and (f[2] == "ت" or f[1] == "ن") and f[4] == "ا" \
        or len(f) == 7 and f.startswith("است") and f[5] == "ا"


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
        lone = second.split()
        if not same or len(lone) == 1 and lone[0].startswith("ال") and qlx.fold(lone[0]).endswith(("ي", "يه")) \
                and not is_country(lone[0]):
            break  # "والتربوية" is an adjective joined to the first, not a second target
        out.append(_argument(ctx, p, conj=True))
        end = p.end
    return out, end


def _antecedent(ctx: Context, c: Candidate, before: int) -> bool:
    """A pronoun target ("واتهمتها", "طلبت منهم"): who was last named after a preposition."""
    toks = ctx.toks
    for j in range(before - 1, max(ctx.sent_start[c.tok], before - 12) - 1, -1):
        if toks[j].f in ("علي", "ضد", "مع", "الي", "من"):
            p = forward(toks, j + 1, before, ctx.terms)
            if p is not None and plausible(ctx, p) and ctx.toks[p.start].f not in THINGS:  # not "الضرائب"
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
        if frame not in ("obj", "envoy") and j - after >= c.features.get("reach", WINDOW):
            return  # "اجتماعها الأخير ... اتفاق مع": the preposition belongs to a later word
        if frame == "obj":
            if t.f in qlx.folded_set("TIME_WORDS"):
                continue  # "توعد أردوغان، اليوم السبت، الميليشيات الكردية"
            if t.f in ("وهو", "وهي") and j > after or t.f == "في" and j == after:  # an aside or a place:
                # "، وهو فقيه مغربي ...،", "استقبل X في قصر السلام بجدة مساء اليوم، Y"
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
            if t.f[:1] == "و" and len(t.f) > 3 and (not is_country(t.text[1:]) or j == after and j > c.tok + 1):
                return  # "وأبناء المحافظة", "وانتهت": the next clause; "رفضت فرنسا وبريطانيا": a second subject
            p = forward(toks, j, limit, ctx.terms)
            if p is not None and _apposition(ctx, c, p, j):
                _after_apposition(ctx, c, p, limit)
                return
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
                if c.targets and t.f != frame:
                    c.targets[0] = _without_clitic(c.targets[0], t.start)
            return


def _without_clitic(sp: Speaker, at: int) -> Speaker:
    """"لقطر" is قطر: the preposition written on the target's first word is not its name."""
    if sp.entity is None and sp.start == at and sp.name and sp.name[:1] in "لب":
        return Speaker(sp.name[1:], None, sp.start + 1, sp.end, sp.anonymous)
    return sp


def _apposition(ctx: Context, c: Candidate, p: Phrase, j: int) -> bool:
    """A title right after the name that follows the verb describes that name ("اتهم تيري ديران
    مدير العمليات في …، لويس مورينو أوكامبو"): it is no object."""
    end = c.features.get("actor_end")
    indefinite = p.name is None or not ctx.toks[p.start].f.startswith("ال")  # "الرئيس أوباما" is someone else
    return bool(c.features.get("actor_after_verb") and c.features.get("actor_kind") == "name" and p.kind == "title"
                and indefinite and end is not None and (j == end or j == end + 1 and ctx.toks[end].text in "،,"))


def _after_apposition(ctx: Context, c: Candidate, p: Phrase, limit: int) -> None:
    """The object is the phrase after the comma that closes the apposition; with none, the name and
    its title were the object of a verb whose subject is not written here ("استقبل محمد نواز شريف
    رئيس وزراء باكستان")."""
    toks = ctx.toks
    comma = next((x for x in range(p.end, min(limit, p.end + 10)) if toks[x].text in "،,"), None)
    if comma is not None:
        q = forward(toks, comma + 1, limit, ctx.terms)
        if q is not None and q.start == comma + 1:
            c.targets, c.end = _conjuncts(ctx, q, limit)
            c.features["target_from"] = "object after apposition"
        return
    c.targets, c.actor = [c.actor], None
    c.features["target_from"] = "apposition"
