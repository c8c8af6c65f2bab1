"""A labelled pair set made from the bundled Wikinews articles (CC BY 2.5) with controlled edits.

Each copy is a source paragraph or article put through one kind of edit that really happens
between reprints (or several at once), at three strengths. Content edits (a sentence added or
dropped) change the true resemblance, measured as the Jaccard resemblance of the word 3-shingles
of the search forms before any surface edit; surface edits leave it at 1. Negatives are held-out
articles of the same sections (same topic, another event) made-up "different event" texts
that keep a source's lead sentence and go on with another story, and "same template" texts: a
source with a fifth of its words and every number changed.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from dedup_docs import document, wikinews

from marsad.model import Document
from marsad.text.normalize import search_form

SURFACE = ["diacritics", "tatweel", "spelling", "quotes", "hashtags", "connective", "digits", "dateline"]
CONTENT = ["sentence-added", "sentence-dropped"]
KINDS = SURFACE + CONTENT + ["combined"]
STRENGTHS = (1, 2, 3)
CONNECTIVES = {1: "إلى ذلك، ", 2: "وفي غضون ذلك، ", 3: "ومن جهة أخرى، "}
DATELINES = {1: "روما ـ ", 2: "الرياض - واس - ", 3: "القاهرة (رويترز) - "}
QUOTES = [("«", "»"), ("“", "”"), ('"', '"')]
NON_JOINING = set("اأإآدذرزوؤةى")
_SENTENCE = re.compile(r"(?<=[.!؟?])\s+")

Sentence = tuple[str, str]  # (plain, diacritized)
Unit = list[list[Sentence]]  # paragraphs of sentences


@dataclass
class Pair:
    level: str  # paragraph | article
    kind: str
    strength: int
    source: tuple[str, int | None]  # (document id, paragraph index or None)
    copy: Document
    positive: bool
    resemblance: float


def _unit(plain: str, diacritized: str) -> Unit:
    out = []
    for p, d in zip(plain.split("\n"), diacritized.split("\n")):
        ps, ds = _SENTENCE.split(p.strip()), _SENTENCE.split(d.strip())
        if len(p.split()) >= 8:
            out.append(list(zip(ps, ds)) if len(ps) == len(ds) else [(p.strip(), d.strip())])
    return out


def _shingles(unit: Unit) -> set:
    out = set()
    for para in unit:
        w = re.findall(r"\w+", search_form(" ".join(s for s, _ in para)))
        out |= {tuple(w[i:i + 3]) for i in range(max(1, len(w) - 2))}
    return out


def resemblance(a: Unit, b: Unit) -> float:
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb)


def _words(text: str, rng: random.Random, share: float, edit) -> str:
    return " ".join(edit(w) if rng.random() < share else w for w in text.split(" "))


def _replace(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    """A fifth of the words (at least two) swapped for others."""
    words = text.split()
    for i in rng.sample(range(len(words)), max(2, len(words) // 5)):
        words[i] = rng.choice(vocabulary)
    return " ".join(words)


def _tatweel(w: str, rng: random.Random) -> str:
    spots = [i for i in range(len(w) - 1) if "\u0628" <= w[i] <= "\u064a" and w[i] not in NON_JOINING
             and "\u0621" <= w[i + 1] <= "\u064a"]
    if not spots:
        return w
    i = rng.choice(spots) + 1
    return w[:i] + "ـ" * rng.randint(1, 3) + w[i:]


def _spelling(w: str, rng: random.Random) -> str:
    options = []
    if w[:1] in "أإآ":
        options.append("ا" + w[1:])
    if w.startswith("ال") and w[2:3] in "أإ":
        options.append("الا" + w[3:])
    if w.endswith("ي"):
        options.append(w[:-1] + "ى")
    if w.endswith("ة"):
        options.append(w[:-1] + "ه")
    if "ؤ" in w:
        options.append(w.replace("ؤ", "ئ"))
    return rng.choice(options) if options else w


def _surface(unit: Unit, kind: str, strength: int, rng: random.Random) -> list[str]:
    """The copy's paragraphs after one surface edit (strength: share of the places it touches)."""
    share = {1: 0.2, 2: 0.5, 3: 1.0}[strength]
    paras = []
    for n, para in enumerate(unit):
        if kind == "diacritics":
            text = " ".join(
                " ".join(dw if rng.random() < share else pw for pw, dw in zip(p.split(), d.split()))
                if len(p.split()) == len(d.split()) else p for p, d in para)
        else:
            text = " ".join(p for p, _ in para)
        if kind == "tatweel":
            text = _words(text, rng, share, lambda w: _tatweel(w, rng))
        elif kind == "spelling":
            text = _words(text, rng, share, lambda w: _spelling(w, rng))
        elif kind == "quotes":
            left, right = QUOTES[strength - 1]
            text = re.sub(r"[«“\"]", left, re.sub(r"[»”]", right, text))
            text = _words(text, rng, share / 4, lambda w: f"{left}{w}{right}" if len(w) > 3 else w)
        elif kind == "hashtags":
            text = _words(text, rng, share / 3, lambda w: "#" + w if len(w) > 3 and w[0] >= "\u0621" else w)
        elif kind == "digits":
            text = re.sub(r"\d+", lambda m: m.group().translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
                          if rng.random() < share else m.group(), text)
        elif kind == "connective" and (n == 0 or strength == 3):
            text = CONNECTIVES[strength] + text
        elif kind == "dateline" and n == 0:
            text = DATELINES[strength] + text
        paras.append(text)
    return paras


def _content(unit: Unit, kind: str, strength: int, rng: random.Random, donor: list[Sentence]) -> Unit:
    out = [list(p) for p in unit]
    if kind == "sentence-added":
        for s in rng.sample(donor, min(strength, len(donor))):
            para = rng.randrange(len(out))
            out[para].insert(rng.choice([0, len(out[para])]), s)
    else:
        for _ in range(strength):
            places = [(i, j) for i, p in enumerate(out) for j in range(len(p))
                      if len(p) > 1 or len(out) > 1]
            if not places:
                break
            i, j = rng.choice(places)
            del out[i][j]
            out = [p for p in out if p]
    return out


def _copy(unit: Unit, kind: str, strength: int, rng: random.Random, donor) -> tuple[list[str], Unit]:
    if kind in CONTENT:
        edited = _content(unit, kind, strength, rng, donor)
        return _surface(edited, "none", 1, rng), edited
    if kind in SURFACE:
        return _surface(unit, kind, strength, rng), unit
    edited = unit
    kinds = rng.sample(SURFACE, rng.randint(3, 5))
    kinds = sorted(kinds, key=lambda k: k != "diacritics") + rng.sample(CONTENT + ["none"], 1)
    if kinds[-1] in CONTENT:
        edited = _content(unit, kinds[-1], rng.choice(STRENGTHS[:2]), rng, donor)
    current = edited
    for k in kinds[:-1]:  # one surface edit after another, each on the previous one's output
        texts = _surface(current, k, rng.choice(STRENGTHS), rng)
        current = [[(t, t if k != "diacritics" else d)] for t, d in
                   zip(texts, [" ".join(d for _, d in p) for p in current])]
    return [p[0][0] for p in current], edited


def build(seed: int = 7) -> tuple[list[Document], list[Pair]]:
    """(source documents to index, labelled pairs whose copies are queried against them)."""
    rng = random.Random(seed)
    rows = [r for r in wikinews() if len(_unit(r["text"], r["text_diacritized"])) >= 3]
    by_section: dict[str, list[dict]] = {}
    for r in rows:
        by_section.setdefault(r["category"], []).append(r)
    held = [r for section in by_section.values() for r in section[:2]]  # never indexed
    sources = [r for r in rows if r not in held]
    donor = [s for r in held for p in _unit(r["text"], r["text_diacritized"]) for s in p]
    units = {r["id"]: _unit(r["text"], r["text_diacritized"]) for r in rows}
    docs = [document(r["id"], [[" ".join(s for s, _ in p) for p in units[r["id"]]]]) for r in sources]
    pairs: list[Pair] = []
    n = 0
    for r in sources:
        unit = units[r["id"]]
        multi = [i for i, p in enumerate(unit) if len(p) >= 2]
        paragraph = rng.choice(multi) if multi else 0
        for kind in KINDS:
            for strength in STRENGTHS:
                for level, part, where in (("article", unit, None),
                                           ("paragraph", [unit[paragraph]], paragraph)):
                    n += 1
                    texts, edited = _copy(part, kind, strength, rng, donor)
                    copy = document(f"copy-{n}", [texts if level == "article" else [" ".join(texts)]])
                    pairs.append(Pair(level, kind, strength, (r["id"], where), copy, True,
                                      resemblance(part, edited)))
    for r in held:  # same section, another event: compared with every source of its section
        same = [s for s in sources if s["category"] == r["category"]]
        for level in ("article", "paragraph"):
            unit = units[r["id"]] if level == "article" else units[r["id"]][:1]
            n += 1
            copy = document(f"held-{n}", [[" ".join(s for s, _ in p) for p in unit]])
            for s in same:
                pairs.append(Pair(level, "same-topic", 0, (s["id"], None), copy, False, 0.0))
    for r in sources:  # the source's lead sentence, then another story of its section
        other = rng.choice([h for h in held if h["category"] == r["category"]])
        lead = units[r["id"]][0][:1]
        rest = [s for p in units[other["id"]] for s in p][1:4]
        n += 1
        copy = document(f"other-event-{n}", [[" ".join(s for s, _ in lead + rest)]])
        for level in ("article", "paragraph"):
            pairs.append(Pair(level, "different-event", 0, (r["id"], 0 if level == "paragraph" else None),
                              copy, False, resemblance(units[r["id"]][:1] if level == "paragraph"
                                                       else units[r["id"]], [lead + rest])))
    for r in sources:  # one template, another event: a fifth of the words (and every number) changed
        unit = units[r["id"]]
        vocabulary = [w for s in donor for w in s[0].split()]
        texts = [re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), _replace(
            " ".join(p for p, _ in para), rng, vocabulary)) for para in unit]
        n += 1
        copy = document(f"template-{n}", [texts])
        for level in ("article", "paragraph"):
            pairs.append(Pair(level, "same-template", 0, (r["id"], None if level == "article" else 0),
                              copy, False, 0.0))
    return docs, pairs
