"""What the quotation rules read from one document: tokens, sentences, article limits, entity
mentions, titles seen with a name, and the memory of who spoke last."""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from ..model import Document, Speaker
from . import lexicon as lx
from .countries import is_country
from .phrases import Phrase, Tok, forward, tokenize

TERMINATORS = set(".!?؟…")


@dataclass
class Said:
    """A speaker as remembered for later implicit verbs ("وأضاف", "وتابعت")."""
    tok: int
    speaker: Speaker
    gender: str | None
    plural: bool


@dataclass
class Context:
    doc: Document
    toks: list[Tok]
    starts: list[int]
    sent_start: list[int] = field(default_factory=list)  # per token: index of its sentence's first token
    sent_end: list[int] = field(default_factory=list)  # per token: index one past its sentence's last token
    article_starts: list[int] = field(default_factory=list)  # token index where each article begins
    titles: dict[str, tuple[int, int]] = field(default_factory=dict)  # folded title -> name token range
    mentions: list[tuple[int, int, str, str, str]] = field(default_factory=list)  # start, end, id, name, type
    longest_mention: int = 0
    _names: dict | None = None  # see _full_names
    memory: list[Said] = field(default_factory=list)
    terms: dict[int, int] = field(default_factory=dict)  # open token -> close token of names in marks
    inside: list[tuple[int, int]] = field(default_factory=list)  # token ranges of speech in marks
    _speech: tuple | None = None  # token flags for in_speech, rebuilt when `inside` changes
    term_ends: set = field(default_factory=set)  # offsets of the closing marks of names in marks
    cues: dict = field(default_factory=dict)  # token of a speech verb or participle -> its attribution.Cue

    def tok_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def tok_from(self, offset: int) -> int:
        return bisect_left(self.starts, offset)

    def text(self, a: int, b: int) -> str:
        return self.doc.text[self.toks[a].start:self.toks[b - 1].end] if b > a else ""

    def article(self, k: int) -> int:
        return bisect_right(self.article_starts, k) - 1

    def _flags(self) -> tuple:
        if self._speech is None or self._speech[1] != self.inside:
            flags = bytearray(len(self.toks) + 1)
            for a, b in self.inside:
                flags[a:b] = b"\x01" * (b - a)
            self._speech = (flags, list(self.inside), {a for a, _ in self.inside})
        return self._speech

    def in_speech(self, k: int) -> bool:
        return bool(self._flags()[0][k])

    def opens_speech(self, k: int) -> bool:
        """Whether token k is the opening mark of a quotation that is speech."""
        return k in self._flags()[2]

    # --- speakers -------------------------------------------------------------------------
    def speaker(self, phrase: Phrase) -> Speaker:
        a, b = phrase.speaker_range()
        while a < b and not self.toks[a].word:
            a += 1
        while b > a and not self.toks[b - 1].word:
            b -= 1
        if b <= a:
            return Speaker()
        start, end = self.toks[a].start, self.toks[b - 1].end
        if self.doc.text[start] == "#":
            start += 1
        name = self.doc.text[start:end]
        if phrase.kind in ("title", "org") and phrase.name is None:
            key = lx.fold(name)
            known = [k for k in self.titles if k == key or k.startswith(key + " ")
                     or key.startswith(k + " ") and not _nisba_after(key[len(k):])]
            if known:  # "الرئيس التركي" said earlier with his name
                na, nb = self.titles[max(known, key=len)]
                name = self.text(na, nb).replace("#", "")
        if phrase.name and " " not in name:  # a short form: the full name said earlier
            longer = [full for at, full in self._full_names().get(name, []) if at < start]
            if longer:
                name = max(longer, key=len)
        entity = None if phrase.kind == "anonymous" else self.entity_for(start, end)
        if entity:
            return Speaker(entity[1], entity[0], start, end, False)
        return Speaker(name, None, start, end, phrase.kind == "anonymous")

    def _full_names(self) -> dict[str, list[tuple[int, str]]]:
        """First and last word of each name seen with a title → (offset, full name)."""
        if self._names is None:
            self._names = {}
            for a, b in self.titles.values():
                full = self.text(a, b).replace("#", "")
                words = full.split()
                if len(words) > 1:
                    for w in {words[0], words[-1]}:
                        self._names.setdefault(w, []).append((self.toks[a].start, full))
        return self._names

    def entity_for(self, start: int, end: int) -> tuple[str, str] | None:
        """The entity a mention of which begins the span (so "الروسية" in "وزارة الدفاع الروسية" does not
        make the ministry Russia), preferring persons, then organisations, then the longest overlap."""
        head_end = self.toks[self.tok_at(start)].end if self.toks else end
        best, best_key = None, None
        lo = bisect_left(self.mentions, start - self.longest_mention, key=lambda m: m[0])
        hi = bisect_left(self.mentions, end, key=lambda m: m[0])
        for ms, me, eid, ename, etype in self.mentions[lo:hi]:
            overlap = min(me, end) - max(ms, start)
            if overlap <= 0 or not (ms < head_end and me > start):
                continue
            key = (etype == "PER", etype == "ORG", overlap)
            if best_key is None or key > best_key:
                best, best_key = (eid, ename), key
        return best

    def remember(self, tok: int, speaker: Speaker, gender: str | None, plural: bool) -> None:
        insort(self.memory, Said(tok, speaker, gender, plural), key=lambda s: s.tok)  # kept in text order

    def recall(self, tok: int, gender: str | None, plural: bool | None) -> Speaker | None:
        """The last speaker before tok in the same article that agrees with the verb."""
        art_start = self.article_starts[self.article(tok)]
        i = bisect_left(self.memory, tok, key=lambda s: s.tok)
        lo = bisect_left(self.memory, art_start, key=lambda s: s.tok, hi=i)
        candidates = self.memory[max(lo, i - 400):i]  # the article so far (the last few hundred)
        for tier in (0, 1, 2):  # agreeing in gender and number, then in number, then anyone
            for said in reversed(candidates):
                if tier < 2 and plural is not None and said.plural != plural:
                    continue
                if tier == 0 and gender and said.gender != gender:
                    continue
                if tier == 1 and gender and said.gender and said.gender != gender:
                    continue
                return said.speaker
        return None


def _nisba_after(rest: str) -> bool:
    """Words that set a title apart from the one known ("الرئيس" known as أوباما; "الرئيس الأفغاني" is
    someone else): a nisba or a country."""
    return any(w.endswith(("ي", "يه")) or is_country(w) for w in rest.split())


def build(doc: Document) -> Context:
    toks = tokenize(doc.text)
    ctx = Context(doc, toks, [t.start for t in toks])
    ctx.article_starts = sorted({ctx.tok_from(a.start) for a in doc.articles}) or [0]
    if ctx.article_starts[0] != 0:
        ctx.article_starts.insert(0, 0)
    for e in doc.entities:
        for m in e.mentions:
            ctx.mentions.append((m.start, m.end, e.id, e.name, e.type))
    ctx.mentions.sort()
    ctx.longest_mention = max((me - ms for ms, me, *_ in ctx.mentions), default=0)
    return ctx


def learn_titles(ctx: Context) -> None:
    """Titles written with a name, in either order, so a later bare title finds its person."""
    toks = ctx.toks
    for k, t in enumerate(toks):  # titles written with a name: "الرئيس التركي رجب طيب أردوغان"
        if t.word and t.f in lx.folded_set("TITLE_HEADS") and (k == 0 or toks[k - 1].f not in lx.folded_set("TITLE_HEADS")):
            p = forward(toks, k, min(len(toks), k + 14), ctx.terms)
            if p and p.kind == "title" and p.name and p.name[0] > p.start:
                ctx.titles.setdefault(lx.fold(ctx.text(p.start, p.name[0]).rstrip(" ،,")), p.name)
            elif p and p.kind == "title" and not p.name and k > 1 and toks[k - 1].text in ("،", ","):
                s = e = k - 1  # "مارك زوكربيرغ، مؤسس فيسبوك": the title after the name
                while s - 1 >= 0 and toks[s - 1].word and e - s < 3 and not toks[s - 1].f.startswith("ال") \
                        and toks[s - 1].f not in lx.folded_set("STOP_WORDS"):
                    s -= 1
                if s < e:
                    ctx.titles.setdefault(lx.fold(ctx.text(p.start, p.end)), (s, e))


def split_sentences(ctx: Context) -> None:
    """Sentence limits that ignore punctuation inside quotations and join a paragraph that stops
    on a verb of speech or a colon to the next one ("وتقول\\n\\nالمعارضة ...", "قائلاً:\\n\\n“...”")."""
    toks = ctx.toks
    n = len(toks)
    quoted = [False] * n
    for a, b in ctx.inside:
        for k in range(a + 1, min(b, n)):
            quoted[k] = True
    starts = [0] * n
    cur = 0
    for k in range(n):
        if k > 0 and not quoted[k]:
            prev = toks[k - 1]
            boundary = prev.text in TERMINATORS and not quoted[k - 1] and toks[k].text not in TERMINATORS
            if toks[k].line != prev.line and not quoted[k - 1]:
                joined = prev.text == ":" or lx.speech_verb(prev.text) is not None or lx.participle(prev.text)
                boundary = boundary or not joined
            if boundary:
                cur = k
        starts[k] = cur
    ends = [n] * n
    nxt = n
    for k in range(n - 1, -1, -1):
        ends[k] = nxt
        if starts[k] == k:
            nxt = k
    ctx.sent_start, ctx.sent_end = starts, ends
