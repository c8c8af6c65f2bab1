"""Scoring events against hand-coded gold: recall on actor + type + target, item by item."""
from __future__ import annotations

import json
from importlib import import_module
from pathlib import Path

from marsad.config import Config
from marsad.events import state_name
from marsad.model import Document
from marsad.pipeline import STAGES
from marsad.text.normalize import search_form

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# arguments of the seed gold that are not entities there: the Arabic words that name them
SEED_GROUPS = {"Kurdish militias": ["الميليشيات الكردية"],
               "armed group": ["المجموعة", "المجموعة المسلحة"],
               "Sochi conference": ["مؤتمر سوتشي"]}


def prepared(doc: Document) -> Document:
    """Every stage of the plan up to and including events (stages not written yet are skipped)."""
    config = Config(published=doc.published)
    names = [n for n in STAGES if n != "marsad.events"] + ["marsad.events"]
    for name in names:
        try:
            run = import_module(name).run
        except (ImportError, AttributeError):
            continue
        doc = run(doc, config)
    return doc


def key(s: str | None) -> str:
    return " ".join(search_form((s or "").strip("«»“”\" ")).replace("#", "").split())


def forms(names: list[str]) -> set[str]:
    # the gold forms read as the stage reads them: a capital or a government is its state
    return {key(f) for f in names} | {key(state_name(f)) for f in names}


def matches(e, g: dict) -> bool:
    return e.type in g["type"] and key(e.actor.name) in forms(g["actor"]) and key(e.target.name) in forms(g["target"])


def score(doc: Document, gold: list[dict]) -> tuple[int, int, list[str]]:
    """gold: dicts with `actor`/`target` (accepted forms) and `type` (accepted types); events marked
    `optional` (right but arguable) are not counted as misses."""
    lines, found = [], 0
    required = [g for g in gold if not g.get("optional")]
    for g in required:
        hit = next((e for e in doc.events if matches(e, g)), None)
        found += hit is not None
        label = f"{g['actor'][0]} {'/'.join(g['type'])} {g['target'][0]}"
        lines.append(f"  {'ok    ' if hit else 'MISSED'} {label}  ({g['evidence'][:40]})")
    for e in doc.events:
        right = any(matches(e, g) for g in gold)
        lines.append(f"    found {'right' if right else 'WRONG'} {e.type} {e.actor.name} -> {e.target.name} "
                     f"date={e.date} place={e.location.name if e.location else None}")
    return found, len(required), lines


def by_type(doc: Document, gold: list[dict], counts: dict) -> None:
    """Adds to counts[type] = [right found, found, required found, required] for precision and recall."""
    for e in doc.events:
        c = counts.setdefault(e.type, [0, 0, 0, 0])
        c[0] += any(matches(e, g) for g in gold)
        c[1] += 1
    for g in gold:
        if g.get("optional"):
            continue
        c = counts.setdefault(g["type"][0], [0, 0, 0, 0])
        c[2] += any(matches(e, g) for e in doc.events)
        c[3] += 1


def seed() -> tuple[Document, list[dict]]:
    folder = FIXTURES / "seed"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    text = (folder / gold["document"]["file"]).read_text(encoding="utf-8")
    doc = Document(id=gold["document"]["id"], source=gold["document"]["file"], text=text,
                   published=gold["document"]["publication_date_for_date_tests"])
    forms = {e["canonical"]: e["forms"] + [e["canonical"]] for e in gold["entities"]} | SEED_GROUPS
    events = [{"actor": forms[e["actor"]], "type": [e["type"]], "target": forms[e["target"]],
               "evidence": e["evidence"]} for e in gold["events"]]
    return doc, events


def gold_news() -> list[tuple[Document, list[dict]]]:
    folder = FIXTURES / "gold-news"
    gold = {a["id"]: a["events"] for a in json.loads((folder / "events.json").read_text(encoding="utf-8"))["articles"]}
    out = []
    lines = [line for name in ("articles.jsonl", "events-articles.jsonl")
             for line in (folder / name).read_text(encoding="utf-8").splitlines()]
    for line in lines:
        rec = json.loads(line)
        # an article with no entry in events.json has no event its annotator would code
        out.append((Document(id=rec["id"], source=rec["id"], text=rec["text"], published=rec["published"]),
                    gold.get(rec["id"], [])))
    return out
