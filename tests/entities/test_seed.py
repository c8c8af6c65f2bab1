"""The seed document against its hand-made gold entities: recall of the gold entities found
(by any of their forms) and precision of the entities the stage reports, printed per type."""
import json
from collections import Counter
from pathlib import Path

import pytest

from marsad.entities import run
from marsad.model import Document
from marsad.text.normalize import search_form

SEED = Path(__file__).parents[1] / "fixtures" / "seed"
QUOTES = "\"'«»“”#"


def key(text: str) -> str:
    return " ".join(search_form("".join(ch for ch in text if ch not in QUOTES)).split())


@pytest.mark.parametrize("tokens", ["own tokeniser", "segment stage"])
def test_seed_entities_recall_and_precision(tokens):
    text = (SEED / "000_a68358c4f541d689.txt").read_text("utf-8")
    gold = json.loads((SEED / "gold.json").read_text("utf-8"))["entities"]
    doc = Document(id="seed", source="seed", text=text)
    if tokens == "segment stage":  # as in the pipeline: paragraphs, sentences and tokens first
        from marsad import segment
        from marsad.config import Config

        doc = segment.run(doc, Config())
    doc = run(doc)
    gold_forms = [{key(f) for f in g["forms"]} for g in gold]
    found: set[int] = set()
    right, wrong = Counter(), Counter()
    for e in doc.entities:
        for m in e.mentions:  # offsets point into the original text
            assert 0 <= m.start < m.end <= len(text)
        forms = {key(text[m.start:m.end]) for m in e.mentions}
        hits = [i for i, g in enumerate(gold_forms) if forms & g]
        found.update(hits)
        (right if hits else wrong)[e.type] += 1
        if not hits:
            print(f"extra   {e.type} {e.name} {sorted(forms)}")
    found_by = Counter(gold[i]["type"] for i in found)
    for i, g in enumerate(gold):
        if i not in found:
            print(f"missed  {g['type']} {g['canonical']} {g['forms']}")
    for t in ("PER", "ORG", "LOC", "MISC"):
        total = sum(g["type"] == t for g in gold)
        reported = right[t] + wrong[t]
        print(f"{t:5} recall {found_by[t]}/{total}  precision {right[t]}/{reported}")
    recall = len(found) / len(gold)
    precision = sum(right.values()) / len(doc.entities)
    print(f"all   recall {recall:.3f}  precision {precision:.3f}")
    assert recall >= 0.85
    assert precision >= 0.85
