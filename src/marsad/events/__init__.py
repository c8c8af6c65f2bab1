"""The events stage: who did what to whom, when and where, with PLOVER types.

`run(doc, config)` fills `doc.events`. Triggers come from `lexicon`; `features` finds each one's
actor and targets (entity layer when present, the phrase rules of the quotations stage otherwise);
`decide` keeps the events. The date is the nearest time expression in the sentence, else the
publication date when the verb is in the past; the place is a LOC mention in the sentence.
"""
from __future__ import annotations

import re

from ..config import Config
from ..model import Document, Event, EventArgument, Speaker
from ..quotes import context
from ..quotes.countries import countries, government_country
from ..quotes.lexicon import fold
from .decide import decide
from .ends import run_on_cut
from .features import candidates
from .lexicon import CAPITALS

_CAPITALS = {fold(k): v for k, v in CAPITALS.items()}


def state_name(name: str) -> str:
    """A capital or a government stands for its state in event coding: "واشنطن", "الحكومة التركية"."""
    name = name.replace("#", "").strip()
    return (_CAPITALS.get(fold(name)) or government_country(name) or countries().get(fold(name))
            or name)


def _arg(sp: Speaker | None, text: str, times: list | None = None) -> EventArgument:
    """The argument as written (a linked entity keeps its id), read as a state where it stands for one;
    a time expression read into its end is cut off ("روزفلت عام 1945")."""
    if sp is None:
        return EventArgument("")
    written = text[sp.start:sp.end] if sp.entity and sp.start is not None else sp.name
    if sp.start is not None and sp.end is not None and written == text[sp.start:sp.end]:
        cut = min((t.start for t in times or () if sp.start < t.start < sp.end), default=None)
        if cut is not None and text[sp.start:cut].strip():
            written = text[sp.start:cut].strip()
        written = run_on_cut(written)
    elif sp.entity is None:
        written = run_on_cut(written or "")  # a name remembered from earlier in the text
    return EventArgument(state_name(written or ""), sp.entity)


def _skipped(doc: Document) -> list[tuple[int, int]]:
    spans = [(b.start, b.end) for b in doc.boilerplate]
    return spans + [(p.start, p.end) for _, _, p in doc.paragraphs() if p.duplicate_of is not None]


def find_events(doc: Document) -> list[Event]:
    ctx = context(doc)
    speakers = [(q.start, q.end, q.speaker) for q in doc.quotes if q.kind == "direct"]
    skipped = _skipped(doc)
    events: list[Event] = []
    seen: set[tuple] = set()
    for c in candidates(ctx, speakers):
        typ = decide(c.features, c.trigger.type)
        if typ is None:
            continue
        toks = ctx.toks
        start, end = toks[c.tok].start, toks[max(c.end - 1, c.tok)].end
        if any(s <= start < e for s, e in skipped):
            continue
        s0, s1 = toks[ctx.sent_start[c.tok]].start, toks[ctx.sent_end[c.tok] - 1].end
        date = _date(doc, start, s0, s1, c.trigger.past)
        place = _place(doc, ctx, start, s0, s1, [c.actor, *c.targets])
        actor = _arg(c.actor, doc.text, doc.times)
        trigger_span = (toks[c.tok].start, toks[c.tok].end)
        if _split_idafa(doc, c.actor, c.targets):
            continue
        for target in c.targets:
            arg = _arg(target, doc.text, doc.times)
            if not arg.name or fold(arg.name) == fold(actor.name):
                continue
            if target.start is not None and target.start < trigger_span[1] and target.end > trigger_span[0]:
                continue  # the trigger word itself is no target
            key = (typ, fold(actor.name), fold(arg.name), s0)
            if key in seen:
                continue
            seen.add(key)
            events.append(Event(typ, actor, arg, start, end, date, place))
    return events


def _split_idafa(doc: Document, actor, targets) -> bool:
    """"ويساعد أعضاء هيئة التدريس", "التقى مدير عام فرع الوزارة": an indefinite head word read as the
    actor with its genitive read as the target is one phrase cut in two, not who acted on whom."""
    if actor is None or actor.entity or actor.start is None or not targets or targets[0].start is None:
        return False
    written = doc.text[actor.start:actor.end].split()
    gap = doc.text[actor.end:targets[0].start]
    return targets[0].start >= actor.end and len(written) == 1 and not fold(written[0]).startswith("ال") and gap.strip() == "" \
        and not countries().get(fold(written[0])) and fold(written[0]) not in _CAPITALS


def _date(doc: Document, at: int, s0: int, s1: int, past: bool) -> str | None:
    inside = [t for t in doc.times if s0 <= t.start < s1 and t.value]
    if inside:
        return min(inside, key=lambda t: abs(t.start - at)).value
    if not past:
        return None
    return _lead_day(doc, at) or doc.published


def _lead_day(doc: Document, at: int) -> str | None:
    """The day the article's lead paragraph names: a report's later undated past events happened
    on the day its lead gave ("قال يلدريم الجمعة …" then "ودعا يلدريم …")."""
    for article in doc.articles:
        if article.start <= at < article.end and article.paragraphs:
            lead = article.paragraphs[0]
            if lead.start <= at < lead.end:
                return None  # in the lead itself only the sentence's own date counts
            days = [t for t in doc.times if lead.start <= t.start < lead.end
                    and t.value and t.granularity == "day"]
            return days[0].value if days else None
    return None


# a place is where something happened only when a locative word introduces it ("في إدلب",
# "بمدينة حلب", "قرب دمشق"); a place named otherwise is a party, a qualifier or a name part
# ("مؤتمر سوتشي", "أمريكا تظن")
LOCATIVE = re.compile(r"(?:^|[\s(«“\"])(?:و?ف?(?:في|داخل|قرب|عند|لدى|أمام|شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)"
                      r"|و?ب)\s*(?:(?:مدينة|محافظة|منطقة|ولاية|إقليم|ريف|بلدة|قرية|العاصمة|مطار|قاعدة)\s+\S+\s*)?$")


def _introduced_as_place(text: str, start: int, s0: int) -> bool:
    return LOCATIVE.search(text[max(s0, start - 30):start]) is not None


def _place(doc, ctx, at: int, s0: int, s1: int, args: list) -> EventArgument | None:
    taken = [(a.start, a.end) for a in args if a is not None and a.start is not None]
    best = None
    for ms, me, eid, ename, etype in ctx.mentions:
        if etype != "LOC" or not (s0 <= ms < s1) or any(ms < e and me > s for s, e in taken):
            continue
        if not _introduced_as_place(doc.text, ms, s0):
            continue
        if best is None or abs(ms - at) < abs(best[0] - at):
            best = (ms, EventArgument(ename, eid))
    return best[1] if best else None


def run(doc: Document, config: Config | None = None) -> Document:
    doc.events = find_events(doc)
    return doc
