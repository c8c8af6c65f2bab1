"""The JSON that `marsad read` prints is valid against src/marsad/model/schema.json, and every
span's text is the original text at its offsets."""
from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.model import (
    Article, Boilerplate, Document, Entity, Event, EventArgument, Mention, Paragraph, ParagraphRef, Quote,
    Sentence, Speaker, TimeExpression, Token, from_json, to_json,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "seed" / "000_a68358c4f541d689.txt"
WIKINEWS = ROOT / "demo" / "corpus" / "wikinews" / "articles.jsonl"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("marsad.model").joinpath("schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def spans_match_text(data: dict) -> list[str]:
    """Every {start, end, text} anywhere in the JSON whose text is not text[start:end]."""
    text, bad = data["text"], []

    def walk(node, path):
        if isinstance(node, dict):
            if isinstance(node.get("start"), int) and isinstance(node.get("text"), str) and path:
                if text[node["start"]:node["end"]] != node["text"]:
                    bad.append(path)
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}/{i}")

    walk(data, "")
    return bad


def every_layer() -> Document:
    text = "#عاجل قال الرئيس: «سنزور دمشق صباح الخميس».\n\nقال الرئيس: «سنزور دمشق صباح الخميس».\n\nتابعونا"
    p1, p2 = (5, 44), (46, 84)
    tokens = [Token(6, 9, "word", "قال", stem=(6, 9)), Token(10, 16, "word", "الرييس", [(10, 12)], (12, 16))]
    return Document(
        id="d1", source="-", text=text, published="2024-01-04", headlines=["#عاجل"], headline_spans=[(0, 5)],
        articles=[Article(0, 84, "#عاجل", (0, 5), [
            Paragraph(*p1, [Sentence(*p1, tokens)], joined=["quote-intro"]),
            Paragraph(*p2, [Sentence(*p2)], ParagraphRef(0, 0))])],
        boilerplate=[Boilerplate(86, 93, "subscribe")], hashtags=[(0, 5)],
        entities=[Entity("E1", "دمشق", "LOC", [Mention(25, 29, "LOC")]),
                  Entity("E2", "عاجل", "MISC", [Mention(1, 5, "MISC", hashtag=True)])],
        quotes=[Quote("direct", 19, 42, Speaker("الرئيس", None, 10, 16)),
                Quote("reported", 19, 29, Speaker(anonymous=True), partial=True)],
        times=[TimeExpression(30, 42, "2024-01-04", "part-of-day", "morning")],
        events=[Event("CONSULT", EventArgument("الرئيس"), EventArgument("دمشق", "E1"), 6, 44, "2024-01-04",
                      EventArgument("دمشق", "E1"))],
        meta={"url": "https://example.com/a", "outlet": "example", "extra": {"n": 1}})


@pytest.mark.parametrize("tokens", [False, True])
def test_a_document_with_every_layer_is_valid(validator, tokens):
    data = json.loads(json.dumps(to_json(every_layer(), tokens=tokens), ensure_ascii=False))
    assert list(validator.iter_errors(data)) == []
    assert spans_match_text(data) == []
    assert to_json(from_json(data), tokens=tokens) == data


def test_the_schema_rejects_what_it_does_not_document(validator):
    data = to_json(every_layer())
    data["articles"][0]["paragraphs"][0]["colour"] = "red"
    data["quotes"][0]["kind"] = "rumour"
    del data["hashtags"]
    messages = " | ".join(e.message for e in validator.iter_errors(data))
    assert "'colour' was unexpected" in messages and "'rumour'" in messages and "'hashtags'" in messages


def _pipeline_ready() -> bool:
    return all(importlib.util.find_spec(m) and hasattr(__import__(m, fromlist=[n]), n)
               for m, n in (("marsad.ingest", "read"), ("marsad.segment", "run")))


@pytest.mark.skipif(not _pipeline_ready(), reason="the readers and the segmenter have not landed yet")
@pytest.mark.parametrize("args", [[str(SEED), "--published", "2018-01-13"], ["WIKINEWS", "--tokens"]])
def test_marsad_read_prints_valid_json_lines(validator, args, tmp_path):
    if args[0] == "WIKINEWS":  # a sample of the demo articles keeps the test quick
        sample = tmp_path / "wikinews.jsonl"
        sample.write_text("".join(WIKINEWS.read_text(encoding="utf-8").splitlines(keepends=True)[::6]),
                          encoding="utf-8")
        args = [str(sample), *args[1:]]
    result = CliRunner().invoke(app, ["read", *args])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines
    for data in lines:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == [], (data["id"], errors[:5])
        assert spans_match_text(data) == [], data["id"]
    print(f"{len(lines)} documents valid against the schema")
