"""Shared data for the stories tests: the MultiLing 2011 Arabic dev set (3 gold stories of 10
articles, CC BY 3.0, see tests/fixtures/multiling2011-ar-dev/README.md) and the 71 bundled Wikinews
articles (demo/corpus/wikinews) as distractors, each its own story."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MULTILING = ROOT / "tests" / "fixtures" / "multiling2011-ar-dev"
WIKINEWS = ROOT / "demo" / "corpus" / "wikinews" / "articles.jsonl"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def multiling_docs() -> list[dict]:
    return _lines(MULTILING / "docs.jsonl")


@pytest.fixture(scope="session")
def multiling_summaries() -> dict[str, list[str]]:
    out = defaultdict(list)
    for record in _lines(MULTILING / "summaries.jsonl"):
        out[record["topic"]].append(record["text"])
    return dict(out)


@pytest.fixture(scope="session")
def mixed_jsonl(tmp_path_factory, multiling_docs) -> Path:
    """MultiLing articles plus Wikinews distractors in the JSON Lines input form with a gold `story`."""
    path = tmp_path_factory.mktemp("stories") / "multiling-wikinews.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for d in multiling_docs:
            out.write(json.dumps({"id": d["doc_id"], "title": d["title"], "text": d["text"],
                                  "story": d["topic"]}, ensure_ascii=False) + "\n")
        for d in _lines(WIKINEWS):
            out.write(json.dumps({"id": d["id"], "title": d["title"], "text": d["text"], "story": d["id"]},
                                 ensure_ascii=False) + "\n")
    return path
