"""Direct quotations: which marked spans are speech, and who said each.

A name or term in marks («الحياة», “منطقة عدم تصعيد”, “أردوغان”, «كراسنوبول») is not speech. It is
told apart by general signs: a naming word before it ("وكالة", "من نوع", "لـ", "عقد"), a naming head
inside it ("مؤتمر", "منطقة"), a lone word without the article, Latin letters, an entity mention, or
a short span that no verb of speech in its sentence introduces.
"""
from __future__ import annotations

import re

from ..model import Quote, Speaker
from . import lexicon as lx
from .attribution import Cue, after, before
from .context import Context
from .marks import Pair

# words that introduce a name, a title or a label rather than speech
NAMING_BEFORE = {lx.fold(w) for w in """
وكالة صحيفة صحيفتا قناة موقع مطار مؤتمر قمة عملية منطقة حزب تنظيم حركة جماعة مجموعة نوع طراز اسم باسم
يسمى تسمى المسمى المسماة بعنوان عنوان شعار شعارها عبارة كلمة مصطلح لقب الموصوف الموصوفة الملقب مدونة برنامج
فيلم كتاب مشروع شركة تطبيق فريق نادي مبادرة خطة قانون عقد لعقد انعقاد جهاز مخيم معسكر ميدان شارع مدينة بلدة
قرية محطة سفينة عملية هاشتاغ وسم حملة الحملة مسمى وثيقة اتفاقية اتفاق جائزة مهرجان محاضرته محاضرة كتابه
مسلسل المسلسل مسلسلات فيلم الفيلم أفلام كتاب الكتاب رواية الرواية مسرحية المسرحية أغنية الأغنية ألبوم
قصيدة لعبة مجلة المجلة جريدة الجريدة فرقة منصة المنصة تطبيق شعار تحت ال لـ ل
""".split()}
NAMING_VERBS = {lx.fold(w) for w in "يطلق أطلق أطلقت تطلق سمي سميت يسمى تسمى يدعى تدعى عرف يعرف تعرف".split()}
# heads that make the quoted span itself a name: “منطقة عدم تصعيد”, «مؤتمر سوتشي»
NAMING_HEADS = {lx.fold(w) for w in """
مؤتمر المؤتمر منطقة المنطقة ملتقى الملتقى مطار قمة عملية حزب تنظيم حركة جبهة مجلس هيئة مجموعة لواء كتائب
جيش قانون اتفاق اتفاقية مشروع برنامج شركة وكالة قناة صحيفة جائزة مهرجان
""".split()}
# naming words that label even a long span in marks: slogans, titles, the words of a phrase
STRONG_NAMING = {lx.fold(w) for w in "شعار شعارها شعاره بعنوان عنوان يسمى تسمى المسمى المسماة عبارة هاشتاغ وسم".split()}


def is_term(ctx: Context, pair: Pair, open_tok: int, close_tok: int) -> bool:
    toks = ctx.toks
    words = [t for t in toks[open_tok + 1:close_tok] if t.word]
    n = len(words)
    if n == 0:
        return True
    prev = toks[open_tok - 1] if open_tok > 0 else None
    before = [t for t in toks[max(0, open_tok - 2):open_tok] if t.word or t.text == ":"]
    if any(t.f in STRONG_NAMING or t.f[:1] in "وف" and t.f[1:] in STRONG_NAMING for t in before):
        return True  # "وشعارها “...”", "عبارة: “أسلم تسلم”"
    if n > 6:
        return False
    nxt = toks[close_tok + 1] if pair.close is not None and close_tok + 1 < len(toks) else None
    if prev is not None and prev.word and (prev.f in NAMING_BEFORE or prev.f[:1] in "وف" and prev.f[1:] in NAMING_BEFORE):
        return True
    if prev is not None and prev.word and prev.text.endswith("ـ"):  # لـ”سبوتنيك”
        return True
    if all(t.text.isascii() for t in words) and n <= 3:
        return True
    if any(t.f in NAMING_VERBS for t in toks[max(0, open_tok - 3):open_tok] if t.word):
        return True  # "سيطلق عليه “زد 1”"
    if prev is not None and (prev.f == "و" or prev.text in ("،", ",")) and open_tok >= 2 \
            and toks[open_tok - 2].start in ctx.term_ends and n <= 4:
        return True  # «نيران صديقة» و«الوصايا السبع»: a list of titles
    if words[0].f in NAMING_HEADS and n <= 4:
        return True
    inner = (words[0].start, words[-1].end)
    if n <= 3 and any(ms <= inner[0] and inner[1] <= me for ms, me, *_ in ctx.mentions):
        return True  # a name the entity layer knows (longer spans: trust the signs above, not the tagger)
    if prev is not None and lx.speech_verb(prev.text) and nxt is not None and nxt.word and n <= 3:
        return True  # the speaker's own name in marks: وقال “أردوغان” في كلمة
    if nxt is not None and nxt.f in lx.folded_set("COMPLEMENTIZERS") and n <= 3:
        return True  # what comes before "أن" is who is told or who tells: أبلغ «الحياة» بأن
    if n == 1 and not words[0].f.startswith("ال"):
        return True
    if n <= 4 and _recurs(ctx.doc.text, ctx.doc.text[inner[0]:inner[1]]):
        return True  # a label used again and again ("واتس آب"), not a phrase someone said once
    return False


def _recurs(text: str, span: str) -> bool:
    """Whether the span occurs twice or more as whole words."""
    seen, at = 0, text.find(span)
    while at != -1:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(span)] if at + len(span) < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            seen += 1
            if seen == 2:
                return True
        at = text.find(span, at + 1)
    return False


def partial(ctx: Context, open_tok: int, close_tok: int) -> bool:
    """A fragment woven into the writer's sentence rather than a whole statement."""
    toks = ctx.toks
    prev = toks[open_tok - 1] if open_tok > 0 else None
    if prev is None or ctx.sent_start[open_tok] == open_tok or prev.text in (":", "،", ",", "-"):
        return False
    if prev.f in lx.folded_set("COMPLEMENTIZERS") or lx.speech_verb(prev.text) or lx.participle(prev.text) \
            or prev.f in lx.folded_set("SAYING_NOUNS"):
        return False
    return True


def find(ctx: Context, pairs: list[Pair]) -> list[tuple[Pair, int, int]]:
    """The marked spans that are speech, as (pair, open token, close token); names become ctx.terms."""
    spans = []
    for pair in pairs:
        o = ctx.tok_from(pair.open)
        c = ctx.tok_from(pair.close) if pair.close is not None else ctx.tok_from(pair.end)
        if pair.depth > 0:
            ctx.terms[o] = c
            continue
        spans.append((pair, o, c))
    speech = []
    for pair, o, c in spans:
        if is_term(ctx, pair, o, c):
            ctx.terms[o] = c
            ctx.term_ends.add(ctx.toks[c].start if c < len(ctx.toks) else -1)
        else:
            speech.append((pair, o, c))
            ctx.inside.append((o, c))
    return speech


def attribute(ctx: Context, speech: list[tuple[Pair, int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    previous: dict[int, Speaker] = {}
    left_open: tuple[int, Speaker | None] | None = None  # (line, speaker) of a quotation its paragraph left open
    for pair, o, c in speech:
        words = sum(1 for t in ctx.toks[o + 1:c] if t.word)
        pre = before(ctx, o, previous)
        line = ctx.toks[o].line
        if pre is None and left_open is not None and left_open[1] is not None and o > 0 \
                and line > left_open[0] == ctx.toks[o - 1].line:
            # a quotation over several paragraphs, each opening a mark and only the last closing it
            pre = Cue(o, "continued", left_open[1], False)
        left_open = None
        post = after(ctx, c) if pair.close is not None and (pre is None or not pre.explicit) else None
        cue: Cue | None = None
        for candidate in (pre if pre and pre.explicit else None, post if post and post.explicit else None, pre, post):
            if candidate is not None and candidate.speaker is not None:
                cue = candidate
                break
        speaker = cue.speaker if cue else None
        if cue is None and (pre or post) is not None:
            cue = pre or post  # speech for sure, its speaker unknown
        if cue is None:
            if words <= 6:
                ctx.terms[o] = c  # a short span nobody is said to say: a label, not speech
                ctx.inside.remove((o, c))
                continue
            # a whole paragraph in marks: the last speaker of the article goes on speaking
            speaker = ctx.recall(o, None, None)
        start, end = pair.inner
        while start < end and ctx.doc.text[start].isspace():
            start += 1
        while end > start and ctx.doc.text[end - 1].isspace():
            end -= 1
        q = Quote("direct", start, end, speaker or Speaker(), partial(ctx, o, c))
        quotes.append(q)
        if speaker is not None:
            previous[c] = speaker
        if pair.close is None:
            left_open = (ctx.toks[min(c, len(ctx.toks)) - 1].line, speaker)
    return quotes
