"""Encoding detection measured on bundled Arabic news re-encoded in each supported encoding, and the
mojibake checks on the same texts damaged in the usual ways."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.config import Config
from marsad.ingest import Unreadable, decode_text, read
from marsad.model import Document

INGEST = Path(__file__).parent.parent / "fixtures" / "ingest"
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859-6"]
FLOOR = {"article": 1.0, "headline": 0.95}  # share decoded back to the exact original text


def samples():
    lines = (INGEST / "wikinews_sample.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    return {"article": [r["text"] for r in records], "headline": [r["title"] for r in records]}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_detection_on_bundled_arabic_news(encoding):
    for kind, texts in samples().items():
        right = total = 0
        wrong: dict[str, int] = {}
        for text in texts:
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue  # a character the code page lacks: not a test of detection
            total += 1
            try:
                decoded = decode_text(data)
                got = decoded.encoding if decoded.text != text else "ok"
            except Unreadable as exc:
                got = exc.kind
            if got == "ok":
                right += 1
            else:
                wrong[got] = wrong.get(got, 0) + 1
        print(f"{encoding:10} {kind:8} {right}/{total} = {right / total:.3f}  wrong as: {wrong}")
        assert total >= len(texts) * 0.9
        assert right / total >= FLOOR[kind]


def test_encoding_fixtures_read_to_the_same_text():
    items = list(read([str(INGEST / "encodings")], Config()))
    by_name = {Path(i.source).name: i for i in items}
    original = (INGEST / "encodings" / "news.utf-8.txt").read_text(encoding="utf-8")
    for name, item in sorted(by_name.items()):
        print(name, getattr(item, "meta", {}).get("encoding"), getattr(item, "reason", ""))
        if name.startswith("news."):
            assert isinstance(item, Document) and item.text == original
        else:
            assert item.kind == "mojibake" and name in item.reason and item.raw
    assert by_name["news.windows-1256.txt"].meta["encoding"] == "cp1256"
    assert by_name["news.iso-8859-6.txt"].meta["encoding"] == "iso8859-6"
    assert by_name["news.utf-16le-nobom.txt"].meta["encoding"] == "utf-16-le"


def test_mojibake_of_every_kind_is_rejected_and_sound_text_is_not():
    caught = total = false_alarms = 0
    for texts in samples().values():
        for text in texts:
            utf8 = text.encode("utf-8")
            damaged = [utf8.decode("latin-1"), utf8.decode("cp1256", "replace").replace("\ufffd", ""),
                       text.encode("cp1256").decode("latin-1"), text[:20] + "\ufffd" + text[20:]]
            for bad in damaged:
                total += 1
                try:
                    decode_text(bad.encode("utf-8"))
                except Unreadable as exc:
                    caught += exc.kind == "mojibake"
            try:
                decode_text(utf8)
            except Unreadable:
                false_alarms += 1
    print(f"mojibake caught {caught}/{total}; sound texts rejected {false_alarms}")
    assert caught == total and false_alarms == 0
