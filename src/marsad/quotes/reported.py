"""Reported speech: a verb of speech, its subject, and a that-clause ("قال X إن …", "أكدت أن …",
"أفادت الوزارة بأن …", "X الذي أعلن أن …", "موضحةً أن …", "وحسب X، …").

The reported content runs from the complementizer to the end of the sentence, or to the next verb
of speech that opens a clause of its own. When a quotation in marks starts right after the
complementizer, the statement is a direct quotation and is not reported twice.
"""
from __future__ import annotations

from ..model import Quote, Speaker
from . import lexicon as lx
from .attribution import according_speaker, negated, verb_speaker
from .context import Context

WINDOW = 40  # tokens between the verb and its complementizer (subject, time, addressee)
# words that make the next "أن" part of their own clause, not the verb's: "خاصة أن", "بعد أن", "يجب أن"
NOT_COMPLEMENT = {lx.fold(w) for w in """خاصة بعد قبل رغم إلا غير حتى بما منذ لولا دون يجب ينبغي يمكن عليها عليه
عليهم لابد بد يريد تريد يحاول تحاول قرر يستطيع تستطيع أجل شأن""".split()}
IMPERSONAL = {"يذكر", "ويذكر", "يشار", "ويشار", "يقال", "ويقال"}  # "it is noted that"


def _content_end(ctx: Context, start: int) -> int:
    toks = ctx.toks
    end = ctx.sent_end[start]
    for k in range(start + 1, end):
        t = toks[k]
        if t.word and lx.speech_verb(t.text) and (t.f[:1] in "وف" or toks[k - 1].f in ("كما", "ثم", "حيث")
                                                   or toks[k - 1].text in "،,"):
            return k - 1 if toks[k - 1].f in ("كما", "ثم", "حيث") else k  # a new statement begins
        if t.text in ("،", ",", "؛", ";") and k + 1 < end:
            nxt = toks[k + 1]
            if lx.participle(nxt.text) or nxt.f.startswith("و") and lx.speech_verb(nxt.text):
                return k
    return end


def find(ctx: Context, direct: list[Quote]) -> list[Quote]:
    toks = ctx.toks
    direct_starts = [ctx.tok_from(q.start) for q in direct]
    covered_until = -1
    quotes: list[Quote] = []
    for k, t in enumerate(toks):
        if not t.word or ctx.in_speech(k) or k in ctx.terms:
            continue
        if k <= covered_until and not (k in ctx.cues and ctx.cues[k] and ctx.cues[k].explicit):
            continue  # a verb inside reported content speaks for the same person
        form = lx.speech_verb(t.text)
        is_part = lx.participle(t.text) is not None
        according = t.f in lx.folded_set("ACCORDING") and (ctx.sent_start[k] == k or toks[k - 1].text in "،,")
        if not (form and form.reporting) and not is_part and not according:
            continue
        if negated(ctx, k) or t.f in IMPERSONAL and k + 1 < len(toks) and toks[k + 1].f in ("ان", "الي"):
            continue
        end = ctx.sent_end[k]
        if according and ctx.sent_start[k] < k - 3 and not any(toks[j].text in ("،", ",") for j in range(k + 1, end)):
            # "…، بحسب وزارة الصحة.": the attribution closes the sentence it attributes
            cue = according_speaker(ctx, k, end)
            if cue is None or cue.speaker is None:
                continue
            s0 = ctx.sent_start[k]
            if any(s0 <= a < k for a, _ in ctx.inside):
                continue  # a quotation in marks: already attributed as such
            start, stop = toks[s0].start, toks[k - 2 if toks[k - 1].text in "،," else k - 1].end
            quotes.append(Quote("reported", start, stop, cue.speaker, False))
            continue
        if according:  # "وحسب إذاعة صوت إسرائيل صباح اليوم، كانت الجراحة ناجحة"
            comma = next((j for j in range(k + 1, min(end, k + WINDOW)) if toks[j].text in ("،", ",")), None)
            cue = according_speaker(ctx, k, comma or k)
            if comma is None or cue is None or comma + 1 >= end:
                continue
            c_start, speaker = comma + 1, cue.speaker
        else:
            comp = None
            # a participle is followed by its that-clause at once ("مضيفاً أن", "مشيرة إلى أن"), or
            # after an aside between commas ("مضيفا، عبر مدونة واتس آب، أن")
            reach = WINDOW
            if is_part:
                aside = k + 1 < end and toks[k + 1].text in "،,"
                close = next((j for j in range(k + 2, min(end, k + 14)) if toks[j].text in "،,"), None) if aside else None
                reach = (close - k + 3) if close else 4
            for j in range(k + 1, min(end, k + reach)):
                tj = toks[j]
                if tj.word and tj.f in lx.folded_set("COMPLEMENTIZERS"):
                    if toks[j - 1].f in NOT_COMPLEMENT:
                        continue
                    comp = j
                    break
                if j in ctx.terms:
                    continue
                if tj.word and (lx.speech_verb(tj.text) or lx.participle(tj.text)) or ctx.in_speech(j) \
                        or tj.text in ("«", "“", '"') and ctx.opens_speech(j):
                    break
            if comp is None or comp + 1 >= end:
                continue
            c_start = comp + 1
            cue = ctx.cues.get(k) or (verb_speaker(ctx, k, end) if form is not None else None)
            speaker = cue.speaker if cue is not None else None
            if form is not None and form.passive:
                speaker = Speaker(None, None, None, None, True)
        c_end = _content_end(ctx, c_start)
        # a quotation in marks opening within three words, or most of the clause in marks: that
        # statement is a direct quotation, not reported again
        if any(c_start <= d <= c_start + 3 for d in direct_starts) or \
                sum(b - a for a, b in ctx.inside if c_start <= a < c_end) * 2 > c_end - c_start:
            # "أكد أنه «…»، وأن الائتلاف لن يسمح …": a second that-clause after the quotation is reported
            more = next((j for j in range(c_start + 1, c_end - 1) if toks[j].f in ("وان", "وبان", "وانه", "وانها")
                         and toks[j - 1].text in "،," and not ctx.in_speech(j)), None)
            if more is None or speaker is None or speaker.name is None and not speaker.anonymous:
                continue
            c_start = more + 1
        start, stop = toks[c_start].start, toks[c_end - 1].end
        if stop <= start:
            continue
        if speaker is None or speaker.name is None and not speaker.anonymous:
            continue  # a statement nobody can be found to have made is not attributed speech
        quotes.append(Quote("reported", start, stop, speaker, False))
        covered_until = c_end - 1
    return quotes
