"""What the clause around a trigger says about it: whether the act is denied, conditional, future
or only possible, and whether a phrase can be an actor at all.

A monitoring feed codes what was done, so "لم يتهم", "إذا هاجمت", "سيزور" and "قد يستهدف" report
no event (a threat is the exception: it is about the future by nature)."""
from __future__ import annotations

from ..quotes import lexicon as qlx
from bisect import bisect_left

from ..model import Speaker
from ..quotes.context import Context
from ..quotes.countries import government_country, is_country
from ..quotes.phrases import CONNECTORS, Phrase

NEGATIONS = {qlx.fold(w) for w in "لم لن لا ما ليس ليست لسنا غير عدم دون بدون ولم ولن ولا وما وليس فلم فلن".split()}
CONDITIONALS = {qlx.fold(w) for w in "إذا اذا وإذا فإذا لو ولو لولا حال حالة إن وإن فإن طالما كلما".split()}
MODALS = {qlx.fold(w) for w in "قد ربما يمكن يمكنه يمكنها يمكنهم بإمكان بإمكانه ممكن محتمل يحتمل سوف وسوف".split()}
# words after which a verb still opens its clause, its subject unwritten or after it
CLAUSE_PARTICLES = {qlx.fold(w) for w in "وقد فقد لقد ثم ولكن حيث إذ وإذ فيما بينما حينما عندما كما وكما بعدما".split()}
# heads of writings: a report may accuse or demand, it does not attack or meet
DOCUMENTS = {qlx.fold(w) for w in "بيان البيان التقرير تقرير موقع الموقع برنامج البرنامج وسائل صحيفة الصحيفة".split()}
# nouns of things said or known, never the one a request or an attack is aimed at
THINGS = {qlx.fold(w) for w in "معلومات المعلومات أنباء الأنباء تقارير التقارير روايات الروايات".split()}
VERBAL_TYPES = {"ACCUSE", "DEMAND", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "PROTEST"}


def clause_start(ctx: Context, k: int) -> int:
    """The first token of the clause holding token k: after the last comma, colon or sentence start."""
    toks = ctx.toks
    lo = ctx.sent_start[k]
    for i in range(k - 1, max(lo, k - 15) - 1, -1):
        if not toks[i].word and toks[i].text in "،,:;؛()":
            return i + 1
    return max(lo, k - 15)


def modality(ctx: Context, k: int, future_form: bool, past: bool) -> dict:
    """Flags for the trigger at k: negated, conditional, hypothetical (future or possible), denied."""
    toks = ctx.toks
    start = clause_start(ctx, k)
    before = [t.f for t in toks[start:k] if t.word]
    near = before[-3:]
    # "لم يتهم", "لا يمكن أن يهاجم", "لا نستطيع أن نعاقب": the negation reaches over a modal and أن
    flags = {"negated": bool(near) and near[-1] in NEGATIONS or len(near) > 1 and near[-2] in NEGATIONS
             and near[-1] in ("يمكن", "قد", "ان", "يزال", "تزال")
             or len(near) > 2 and near[-3] in NEGATIONS and near[-1] in ("ان", "من"),
             "conditional": any(w in CONDITIONALS for w in before) and _conditional(before),
             # "قد" before a past verb asserts ("قد اتهم"), before a present one it only allows
             "hypothetical": future_form or any(w in MODALS and not (past and w == "قد") for w in near),
             "denied": False}
    lo = ctx.sent_start[k]
    for i in range(k - 1, max(lo, k - 12) - 1, -1):  # "ونفى المسؤول صحة ... رفض": a denied report
        verb = qlx.speech_verb(toks[i].text)
        if toks[i].word and verb is not None and verb.lemma == "نفي":
            flags["denied"] = True
            break
    return flags


def _conditional(before: list[str]) -> bool:
    """إن/وإن open a condition only when a verb follows them at once; the others always do."""
    for i, w in enumerate(before):
        if w in CONDITIONALS and w not in ("ان", "وان", "فان"):
            return True
        if w in ("ان", "وان", "فان") and i + 1 < len(before) and before[i + 1][:1] in "يت" and i == 0:
            return True
    return False


def future_form(word: str) -> bool:
    """"سيطالب", "وستهاجم": the future prefix on a present verb."""
    w = qlx.fold(word)
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return len(w) > 4 and w[0] == "س" and w[1] in "يتن"


def name_part(ctx: Context, k: int) -> bool:
    """A word after بن/أبي/عبد is part of a name ("علي بن أبي طالب"), not a verb."""
    return k > 0 and ctx.toks[k - 1].f in CONNECTORS


def subject_before(ctx: Context, k: int, noun_before: bool = True) -> bool:
    """Whether the subject of the verb at k is a noun written before it: after إن/أن ("قال المصدر إن
    قصفا مكثفا استهدف") or an indefinite noun the verb describes ("منظومة تدعم", "هجوما داميا للقاعدة
    استهدف"), so no one named earlier may be recalled as its subject."""
    toks = ctx.toks
    prev = toks[k - 1] if k > ctx.sent_start[k] else None
    if noun_before and prev is not None and prev.word and not prev.f.startswith("ال") and toks[k].f[:1] not in "وف" \
            and prev.f not in qlx.folded_set("STOP_WORDS") and prev.f not in qlx.folded_set("TIME_WORDS") \
            and prev.f not in CLAUSE_PARTICLES and qlx.speech_verb(prev.text) is None:
        return True
    for i in range(k - 1, clause_start(ctx, k) - 1, -1):
        if not toks[i].word:
            return False
        if toks[i].f in ("ان", "بان", "فان", "لان", "وان"):
            return i < k - 1 and toks[i + 1].f not in qlx.folded_set("TIME_WORDS")
    return False


def document_head(ctx: Context, p: Phrase) -> bool:
    return ctx.toks[p.start].f in DOCUMENTS


RECALL_REACH = 150  # tokens: an unwritten subject refers to someone named in the last few sentences
GROUP_HEADS = {qlx.fold(w) for w in "عناصر مقاتلو مقاتلي مسلحو مسلحي أنصار أعضاء قادة زعماء".split()}


def actor_like(sp: Speaker) -> bool:
    """A remembered speaker that can act: a linked entity, a state, or a titled person, an
    organisation or a group by its head word; not a sentence topic such as "إيصال الكهرباء"."""
    if sp is None or not sp.name or sp.anonymous:
        return False
    first = qlx.fold(sp.name.split()[0])
    heads = (qlx.folded_set("TITLE_HEADS") | qlx.folded_set("ORG_HEADS") | GROUP_HEADS) - DOCUMENTS
    return bool(sp.entity) or first in heads or is_country(sp.name) or government_country(sp.name) is not None


def recall_actor(ctx: Context, k: int, gender: str | None, plural: bool | None) -> Speaker | None:
    """The unwritten subject of the verb at k: the last one remembered shortly before it that agrees
    in number (and in gender when both are known) and can act; None rather than a guess."""
    lo = bisect_left(ctx.memory, max(ctx.article_starts[ctx.article(k)], k - RECALL_REACH), key=lambda s: s.tok)
    hi = bisect_left(ctx.memory, k, key=lambda s: s.tok)
    for said in reversed(ctx.memory[lo:hi]):
        if plural is not None and said.plural != plural:
            continue
        if gender and said.gender and said.gender != gender:
            continue
        return said.speaker if actor_like(said.speaker) else None
    return None
