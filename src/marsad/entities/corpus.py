"""Labelled NER corpora: read CoNLL files, map the FANE fine classes to PER/ORG/LOC/MISC,
re-join the FANE clitic segmentation so the text looks like raw news, and split by document.

A sentence is a list of (token, tag) pairs with IOB2 tags over PER, ORG, LOC and MISC.
"""
from __future__ import annotations

from pathlib import Path

TYPES = ("PER", "ORG", "LOC", "MISC")
Sentence = list[tuple[str, str]]

# FANE's ACE-style fine classes, coarse-mapped the way ANERcorp annotates news.
_FANE_COARSE = {
    "PER": "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer "
           "Police",
    "ORG": "Non-Governmental Government Media Sports Commercial Educational Medical-Science Entertainment "
           "Religious_ORG",
    "LOC": "Nation Population-Center State-or-Province GPE-Cluster Continent County-or-District Water-Body "
           "Land-Region-Natural Celestial Building-Grounds Airport Path Subarea-Facility Plant",
    "MISC": "Book Movie Software Hardware Food Drug Land Air Water Projectile Shooting Sound Nuclear Blunt "
            "Exploding Chemical Sharp",
}
FANE_MAP = {fine: coarse for coarse, names in _FANE_COARSE.items() for fine in names.split()}
# Group (nationalities, peoples) is not a named entity in ANERcorp's news annotation: it becomes O.

# ATB-style clitics written as separate tokens in FANE
PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي", "ك"}


def _is_arabic(tok: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in tok)


def coarse_tag(tag: str) -> str:
    """IOB2 tag over PER/ORG/LOC/MISC for a tag in ANERcorp (PERS) or FANE (fine classes) form."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, name = tag.split("-", 1)
    if name == "PERS":
        name = "PER"
    if name not in TYPES:
        name = FANE_MAP.get(name, "")
    return f"{prefix}-{name}" if name and prefix in ("B", "I") else "O"


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a CoNLL file (`token tag` or `token<TAB>tag`); tags are coarse-mapped to IOB2."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(path, encoding="utf-8-sig", newline=None) as fh:
        for line in fh:
            line = line.replace("\u200e", "").replace("\ufeff", "").rstrip("\r\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
            token = parts[0].strip()
            tag = parts[-1].strip() if len(parts) > 1 else "O"
            if token:
                current.append((token, coarse_tag(tag)))
    if current:
        sentences.append(current)
    return [repair_iob(s) for s in sentences]


def repair_iob(sentence: Sentence) -> Sentence:
    """IOB2: an I- tag that does not continue an entity of its type starts one."""
    out: Sentence = []
    prev = "O"
    for tok, tag in sentence:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((tok, tag))
        prev = tag
    return out


def _join(left: str, right: str) -> str:
    if left.endswith("ل") and right.startswith("ال") and len(right) > 2:
        return left + right[1:]  # ل + الاتحاد = للاتحاد
    if left.endswith("ة") and _is_arabic(right):
        return left[:-1] + "ت" + right  # عاصمة + ها = عاصمتها
    return left + right


def rejoin_clitics(sentence: Sentence) -> Sentence:
    """Undo ATB clitic splitting (`و قال` → `وقال`, `عاصمة ها` → `عاصمتها`); the stem keeps its tag."""
    out: list[list[str]] = []
    pending: list[tuple[str, str]] = []  # proclitics waiting for their word
    for tok, tag in sentence:
        if tok in ENCLITICS and out and not pending and _is_arabic(out[-1][0]):
            out[-1][0] = _join(out[-1][0], tok)
            continue
        if tok in PROCLITICS and tok != "ك" or tok == "ك" and not out:
            pending.append((tok, tag))
            continue
        if pending and _is_arabic(tok) and len(tok) > 1:  # not the letters of د ب ا
            word = tok
            for clitic, _ in reversed(pending):
                word = _join(clitic, word)
            first = pending[0][1]
            if tag.startswith("B-") and first.startswith("I-"):
                tag = first  # و inside a name: حزب العدالة و التنمية
            out.append([word, tag])
            pending = []
            continue
        out.extend([list(p) for p in pending])
        pending = []
        out.append([tok, tag])
    out.extend([list(p) for p in pending])
    return repair_iob([(t, g) for t, g in out])


def read_fane(path: str | Path) -> list[Sentence]:
    return [rejoin_clitics(s) for s in read_conll(path)]


def block_split(sentences: list[Sentence], every: int = 10, block: int = 100,
                offset: int = 0) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held-out): every `every`-th block of `block` consecutive sentences is held out.

    The corpora keep each article's sentences together, so whole blocks keep (nearly) whole
    documents on one side of the split.
    """
    train: list[Sentence] = []
    held: list[Sentence] = []
    for i, s in enumerate(sentences):
        (held if (i // block) % every == offset else train).append(s)
    return train, held


def write_conll(sentences: list[Sentence], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for s in sentences:
            fh.writelines(f"{tok} {tag}\n" for tok, tag in s)
            fh.write("\n")


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start token, end token exclusive, type) of an IOB2 tag sequence."""
    out = []
    start, kind = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("I-") and kind == tag[2:]:
            continue
        if start is not None:
            out.append((start, i, kind))
            start, kind = None, None
        if tag != "O":
            start, kind = i, tag[2:]
    return out
