"""Links between an event and the words around it that name its ends: the doer of a passive after
"من قبل", who a passive acted on, the speaker a participle after a clause acts for ("…، داعيا"),
the owner of a possessive noun ("زيارته"), and the subject or object carried over from the act just
before ("اتهم الوزير إيران … وطالبها")."""
from __future__ import annotations

from bisect import bisect_right

from ..model import Speaker
from ..quotes import lexicon as qlx
from ..quotes.context import Context
from ..quotes.phrases import Phrase, backward, forward
from . import lexicon as lx
from .arguments import (HUMAN_GROUPS, Candidate, _argument, _state_nisba, _verbal_noun, plausible_actor,
                        plausible_target)
from .clause import THINGS

POSSESSED_NOUNS = {qlx.fold(w): g for w, g in lx.POSSESSED.items()}
AGENT_STOPS = {qlx.fold(w) for w in "بعد قبل خلال عقب إثر اثر منذ بسبب جراء وبعد وقبل".split()}
RELATIVES = {qlx.fold(w) for w in "الذين الذي التي اللذين اللتين اللواتي".split()}


def passive_agent(ctx: Context, k: int, limit: int) -> Phrase | None:
    """The doer of a passive, written after "من قبل" in the same clause: "اعتقلوا من قبل الحرس"."""
    toks = ctx.toks
    for j in range(k + 1, min(limit, k + 12) - 1):
        if not toks[j].word and toks[j].text in ".،,:;؛":
            return None
        if toks[j].f == "من" and toks[j + 1].f == "قبل":
            p = forward(toks, j + 2, limit, ctx.terms)
            first = toks[j + 2] if j + 2 < limit else None
            ok = p is not None and p.start == j + 2 and (plausible_actor(ctx, p) or definite_noun(ctx, p)
                                                          or first.f.isalpha() and first.f not in THINGS
                                                          and first.f not in qlx.folded_set("TIME_WORDS")
                                                          and not _verbal_noun(first.f))
            return p if ok else None  # "من قبل الحرس الثوري"; not "كما قال من قبل"
        if j > k + 1 and (lx.trigger(toks[j].text) is not None or toks[j].f in AGENT_STOPS):
            return None  # another verb or verbal noun: "بعد تسليمه من قبل": "من قبل" belongs to it
    return None


def with_nisba(ctx: Context, sp: Speaker, end: int, limit: int) -> Speaker:
    """"حرس الحدود الايراني": a state's adjective after the phrase belongs to it."""
    toks = ctx.toks
    if sp.entity is None and sp.end is not None and end < limit and toks[end].word \
            and toks[end].f.startswith("ال") and _state_nisba(toks[end].f) and toks[end].start - sp.end <= 1:
        return Speaker(ctx.doc.text[sp.start:toks[end].end], None, sp.start, toks[end].end, sp.anonymous)
    return sp


def passive_patient(ctx: Context, c: Candidate, limit: int) -> None:
    """Who a passive verb acted on: the phrase after it ("احتجز البحارة من قبل"), else the one a
    relative pronoun before it stands for ("البحارة الذين اعتقلوا من قبل")."""
    toks, k = ctx.toks, c.tok
    p = forward(toks, k + 1, max(limit, k + 1), ctx.terms) if limit > k + 1 else None
    if p is None and k >= 2 and toks[k - 1].f in RELATIVES:
        p = backward(toks, k - 1, ctx.sent_start[k], ctx.terms)
    if p is not None and (plausible_target(ctx, p) or definite_noun(ctx, p)):
        c.targets = [_argument(ctx, p)]
        c.features["target_from"] = "patient"


def definite_noun(ctx: Context, p: Phrase) -> bool:
    """With its doer written, a passive act's patient may be any definite noun that is no thing said
    or act ("البحارة", "المتظاهرين")."""
    first = ctx.toks[p.speaker_range()[0]]
    return first.f.startswith("ال") and first.f not in THINGS and not _verbal_noun(first.f)


def same_target(ctx: Context, c: Candidate, out: list[Candidate]) -> None:
    """"اتهم الوزير إيران بدعم الإرهاب، وطالبها بوقف التدخل": the same actor's pronoun object is the
    target of its act just before."""
    prev = out[-1]
    if prev.actor is not None and prev.targets and c.tok - prev.tok <= 40 \
            and qlx.fold(prev.actor.name or "") == qlx.fold(c.actor.name or "") \
            and prev.tok >= ctx.article_starts[ctx.article(c.tok)]:
        c.targets = prev.targets[:1]
        c.features["target_from"] = "pronoun of the last target"


def speaker_around(ctx: Context, offset: int) -> Speaker | None:
    """The speaker of the quotation holding the offset or ending just before it ("قال X إن …،
    داعيا"): the subject of the clause a participle follows."""
    for q in ctx.doc.quotes:
        if q.start <= offset <= q.end + 3 and q.speaker is not None and q.speaker.name and not q.speaker.anonymous:
            return relayed(ctx, q.speaker)
    return None


def relayed(ctx: Context, sp: Speaker) -> Speaker:
    """"نقلت أسوشيتد برس عن إبراهيم قوله": the agency relays; the one it quotes is the speaker."""
    text = ctx.doc.text
    if sp.end is None or not text[sp.end:sp.end + 4].strip().startswith("عن"):
        return sp
    at = sp.end + text[sp.end:].index("عن") + 3
    for ms, me, eid, ename, etype in ctx.mentions:
        if ms == at and etype == "PER":
            # the entity as first written in full ("خليل إبراهيم"), not its short form here
            fs, fe = next(((a, b) for a, b, e, *_ in ctx.mentions if e == eid and a < ms), (ms, me))
            return Speaker(text[fs:fe], eid, fs, fe)
    return sp


def group_of_place(ctx: Context, sp: Speaker) -> Speaker:
    """"سكان دارفور", "أهالي غزة": a group head read alone takes the place it belongs to."""
    text = ctx.doc.text
    if sp.entity is not None or sp.end is None or sp.name is None or len(sp.name.split()) != 1 \
            or qlx.fold(sp.name) not in HUMAN_GROUPS:
        return sp
    at = sp.end + 1
    i = bisect_right(ctx.mentions, (at,)) - 1
    for ms, me, *_ in ctx.mentions[max(0, i):i + 2]:
        if ms == at and text[sp.end:ms] == " ":
            return Speaker(text[sp.start:me], None, sp.start, me, sp.anonymous)
    return sp


def recent_subject(ctx: Context, out: list[Candidate], k: int, trig) -> Speaker | None:
    """The unwritten subject of a verb is the written subject of an event verb shortly before it
    ("اتهم الوزير إيران ... وطالبها"), when it agrees in gender and number and no one spoke since."""
    art = ctx.article_starts[ctx.article(k)]
    last_said = max((s.tok for s in ctx.memory if s.tok < k), default=-1)
    for prev in reversed(out[-6:]):
        if prev.tok < art or k - prev.tok > 60 or prev.tok < last_said:
            return None
        if prev.features.get("actor_from") != "subject" or prev.trigger.noun or prev.actor is None \
                or not prev.targets:
            continue  # only an act read whole: "يساعد السائقين … ويساعد المؤسسات" has no subject written
        if prev.trigger.plural != trig.plural or trig.gender and prev.trigger.gender and prev.trigger.gender != trig.gender:
            return None
        return prev.actor
    return None
# "أعلنت المجموعة أنها …": a that-clause whose subject is the one who speaks


def later_subject(ctx: Context, c: Candidate, out: list[Candidate]) -> Speaker | None:
    """"وخلال زيارته إلى موسكو، التقى الجبير …": a possessive pronoun before the main clause refers
    forward to the subject of that clause (an event verb or a verb of speech) in the same sentence."""
    end, gender = ctx.sent_end[c.tok], POSSESSED_NOUNS.get(ctx.toks[c.tok].f)
    later = [(x.tok, x.actor, x.trigger.gender) for x in out
             if c.tok < x.tok < end and x.features.get("actor_from") == "subject" and x.actor is not None]
    later += [(s.tok, s.speaker, s.gender) for s in ctx.memory if c.tok < s.tok < end and not s.speaker.anonymous]
    if not later:
        return None
    _, actor, g = min(later, key=lambda x: x[0])
    return actor if not (gender and g and g != gender) else None
