"""Scoring quotations against hand-made gold: direct recall/precision, speaker accuracy and reported
recall with the right speaker, printed item by item."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from marsad.config import Config
from marsad.model import Document
from marsad.pipeline import STAGES
from marsad.text.normalize import search_form

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MARKS = "«»“”„\"#"


def prepared(doc: Document, upto: str) -> Document:
    """Run the stages of the plan that come before `upto` and exist already, then `upto` itself."""
    config = Config(published=doc.published)
    for name in STAGES:
        if name == upto:
            break
        try:
            run = import_module(name).run
        except (ImportError, AttributeError):
            continue  # a stage not written yet: this layer stays empty
        doc = run(doc, config)
    return import_module(upto).run(doc, config)


def key(s: str | None) -> str:
    return " ".join(search_form((s or "").strip(MARKS + " ")).replace("#", "").split())


@dataclass
class Score:
    lines: list[str] = field(default_factory=list)
    direct_gold: int = 0
    direct_found: int = 0
    direct_system: int = 0
    speaker_right: int = 0
    reported_gold: int = 0
    reported_right: int = 0
    reported_system: int = 0

    def add(self, other: "Score") -> None:
        for f in ("direct_gold", "direct_found", "direct_system", "speaker_right", "reported_gold",
                  "reported_right", "reported_system"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.lines += other.lines

    @property
    def recall(self) -> float:
        return self.direct_found / max(1, self.direct_gold)

    @property
    def precision(self) -> float:
        return self.direct_found / max(1, self.direct_system)

    @property
    def speakers(self) -> float:
        return self.speaker_right / max(1, self.direct_found)

    @property
    def reported(self) -> float:
        return self.reported_right / max(1, self.reported_gold)

    def summary(self) -> str:
        f1 = 2 * self.recall * self.precision / max(1e-9, self.recall + self.precision)
        return (f"direct: recall {self.recall:.2f} ({self.direct_found}/{self.direct_gold}), precision "
                f"{self.precision:.2f} ({self.direct_found}/{self.direct_system}), F1 {f1:.2f}; speaker accuracy "
                f"{self.speakers:.2f} ({self.speaker_right}/{self.direct_found}); reported recall with the right "
                f"speaker {self.reported:.2f} ({self.reported_right}/{self.reported_gold}), "
                f"{self.reported_system} reported found")


def speaker_ok(q, accepted: list[str] | str, doc: Document) -> bool:
    if accepted == "anonymous":
        return q.speaker.anonymous
    forms = {key(f) for f in accepted}
    sp = q.speaker
    span = doc.text[sp.start:sp.end] if sp.start is not None else None
    return bool({key(sp.name), key(span)} & forms)


def score(doc: Document, direct: list[dict], reported: list[dict], not_quotes: list[str],
          ambiguous: list[str] = ()) -> Score:
    """`direct`/`reported`: dicts with `starts` and `speaker` (accepted forms or "anonymous")."""
    s = Score()
    text = doc.text
    system_direct = [q for q in doc.quotes if q.kind == "direct"]
    ignored = {key(a) for a in ambiguous}
    used: set[int] = set()
    for g in direct:
        s.direct_gold += 1
        want = key(g["starts"])
        hit = next((i for i, q in enumerate(system_direct) if i not in used
                    and key(text[q.start:q.end]).startswith(want)), None)
        if hit is None:
            s.lines.append(f"  MISSED direct   {g['starts']}")
            continue
        used.add(hit)
        q = system_direct[hit]
        s.direct_found += 1
        ok = speaker_ok(q, g["speaker"], doc)
        s.speaker_right += ok
        s.lines.append(f"  {'ok   ' if ok else 'WRONG'} direct   {g['starts'][:40]}  <- {q.speaker.name}")
    not_keys = {key(n) for n in not_quotes}
    for i, q in enumerate(system_direct):
        if i in used:
            continue
        k = key(text[q.start:q.end])
        if any(k.startswith(a) for a in ignored):
            continue
        s.direct_system += 1
        why = "a name or term" if k in not_keys else "not in the gold"
        s.lines.append(f"  EXTRA  direct   {text[q.start:q.end][:50]!r} ({why}) <- {q.speaker.name}")
    s.direct_system += len(used)
    system_reported = [q for q in doc.quotes if q.kind == "reported"]
    s.reported_system = len(system_reported)
    taken: set[int] = set()
    for g in reported:
        s.reported_gold += 1
        p = text.find(g["starts"])
        gs, ge = p, p + len(g["starts"])
        best = None
        for i, q in enumerate(system_reported):
            lo = min(q.start, q.speaker.start if q.speaker.start is not None else q.start)
            if i not in taken and lo - 20 < ge and q.end > gs:
                best = i
                if speaker_ok(q, g["speaker"], doc):
                    break
        if best is None:
            s.lines.append(f"  MISSED reported {g['starts']}")
            continue
        taken.add(best)
        q = system_reported[best]
        ok = speaker_ok(q, g["speaker"], doc)
        s.reported_right += ok
        s.lines.append(f"  {'ok   ' if ok else 'WRONG'} reported {g['starts'][:40]}  <- {q.speaker.name}")
    return s


def seed_gold() -> tuple[Document, dict]:
    folder = FIXTURES / "seed"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    text = (folder / gold["document"]["file"]).read_text(encoding="utf-8")
    doc = Document(id=gold["document"]["id"], source=gold["document"]["file"], text=text,
                   published=gold["document"]["publication_date_for_date_tests"])
    return doc, gold


# speakers of the seed gold that are groups rather than entities: the Arabic words that name them
SEED_GROUPS = {"organisers of the Syrian National Revolutionary Gathering": ["المنظمون", "منظمو الحدث", "سوريون"]}


def seed_accepted(gold: dict, speaker: str) -> list[str] | str:
    if speaker.startswith("anonymous"):
        return "anonymous"
    if speaker in SEED_GROUPS:
        return SEED_GROUPS[speaker]
    for e in gold["entities"]:
        if e["canonical"] == speaker:
            return e["forms"] + [e["canonical"]]
    raise KeyError(speaker)


def gold_news() -> list[tuple[Document, dict]]:
    folder = FIXTURES / "gold-news"
    gold = {a["id"]: a for a in json.loads((folder / "quotes.json").read_text(encoding="utf-8"))["articles"]}
    out = []
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] in gold:
            doc = Document(id=rec["id"], source=rec["id"], text=rec["text"], published=rec["published"],
                           meta={"title": rec["title"]})
            out.append((doc, gold[rec["id"]]))
    return out
