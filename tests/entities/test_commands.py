"""`marsad eval ner FILE [--json]` and `marsad tag --conll FILE` on a small labelled file."""
import json

import typer
from typer.testing import CliRunner

from marsad.entities.commands import register

CONLL = """قال O
الرئيس O
الروسي O
فلاديمير B-PERS
بوتين I-PERS
في O
موسكو B-LOC
. O

وأعلنت O
وزارة B-ORG
الدفاع I-ORG
الروسية I-ORG
أن O
القوات O
وصلت O
إلى O
حلب B-LOC
. O
"""


def app() -> typer.Typer:
    a = typer.Typer()
    register(a)
    return a


def test_eval_ner_json(tmp_path):
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(app(), ["eval", "ner", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["micro"]) >= {"precision", "recall", "f1"}
    assert 0 <= data["micro"]["f1"] <= 1
    assert data["per_type"]["LOC"]["support"] == 2
    assert data["per_type"]["LOC"]["recall"] == 1.0  # موسكو and حلب
    assert data["per_type"]["PER"]["recall"] == 1.0


def test_eval_ner_text_report(tmp_path):
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(app(), ["eval", "ner", str(path)])
    assert result.exit_code == 0
    assert "micro" in result.output and "PER" in result.output


def test_tag_conll_prints_the_same_form(tmp_path):
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(app(), ["tag", "--conll", str(path)])
    assert result.exit_code == 0
    blocks = [b.splitlines() for b in result.output.strip().split("\n\n")]
    assert [len(b) for b in blocks] == [8, 10]
    assert blocks[0][3:5] == ["فلاديمير B-PER", "بوتين I-PER"]


def test_missing_file_is_one_sentence(tmp_path):
    result = CliRunner().invoke(app(), ["eval", "ner", str(tmp_path / "nope.conll")])
    assert result.exit_code != 0


def test_eval_ner_in_documents_with_the_second_pass(tmp_path):
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(app(), ["eval", "ner", str(path), "--json", "--document", "2"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["per_type"]["LOC"]["recall"] == 1.0
