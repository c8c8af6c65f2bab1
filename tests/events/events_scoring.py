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


def score(doc: Document, gold: list[dict]) -> tuple[int, int, list[str]]:
    """gold: dicts with `actor`/`target` (accepted forms) and `type` (accepted types)."""
    lines, found = [], 0
    for g in gold:
        # the gold forms read as the stage reads them: a capital or a government is its state
        actors = {key(f) for f in g["actor"]} | {key(state_name(f)) for f in g["actor"]}
        targets = {key(f) for f in g["target"]} | {key(state_name(f)) for f in g["target"]}
        hit = next((e for e in doc.events if e.type in g["type"] and key(e.actor.name) in actors
                    and key(e.target.name) in targets), None)
        found += hit is not None
        label = f"{g['actor'][0]} {'/'.join(g['type'])} {g['target'][0]}"
        lines.append(f"  {'ok    ' if hit else 'MISSED'} {label}  ({g['evidence'][:40]})")
    for e in doc.events:
        lines.append(f"    found {e.type} {e.actor.name} -> {e.target.name} date={e.date} place="
                     f"{e.location.name if e.location else None}")
    return found, len(gold), lines


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
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] in gold:
            out.append((Document(id=rec["id"], source=rec["id"], text=rec["text"], published=rec["published"]),
                        gold[rec["id"]]))
    return out
