"""Directories, archives, standard input, and bad input that must become Rejected records."""
from __future__ import annotations

import gzip
import io
import json
import random
import tracemalloc
import zipfile
from pathlib import Path

from marsad.config import Config, IngestConfig
from marsad.ingest import read
from marsad.model import Document, Rejected

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = FIXTURES / "seed" / "000_a68358c4f541d689.txt"
NEWS = "أعلنت وزارة التربية تأجيل بدء العام الدراسي أسبوعاً واحداً بسبب أعمال صيانة المدارس.\n"


def read_all(*paths, config=None, stdin=None):
    return list(read([str(p) for p in paths], config or Config(), stdin=stdin))


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text("الخبر الثاني: " + NEWS, encoding="utf-8")
    (tmp_path / "a.txt").write_text("الخبر الأول: " + NEWS, encoding="utf-8")
    (tmp_path / "b" / "1.txt").write_text("خبر آخر: " + NEWS, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / ".cache" / "c.txt").write_text(NEWS, encoding="utf-8")
    sources = [Path(d.source).relative_to(tmp_path).as_posix() for d in read_all(tmp_path)]
    assert sources == ["a.txt", "b/1.txt", "b/2.txt"]


def test_zip_members_are_sources(tmp_path):
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("news/02.jsonl", json.dumps({"id": "z2", "text": NEWS}, ensure_ascii=False))
        archive.writestr("news/01.txt", NEWS)
        archive.writestr("news/03.txt.gz", gzip.compress(SEED.read_bytes()))
        archive.writestr("__MACOSX/news/._01.txt", b"\x00\x05\x16\x07")
        archive.writestr("news/empty.txt", b"")
    items = read_all(path)
    assert [i.source for i in items] == [f"{path}:news/01.txt", f"{path}:news/02.jsonl",
                                         f"{path}:news/03.txt.gz", f"{path}:news/empty.txt"]
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Document", "Rejected"]
    assert items[2].id == "f77f54d92b0e4fd98299023ea982af3c"
    assert items[3].kind == "empty" and "batch.zip:news/empty.txt is empty" in items[3].reason


def test_standard_input(tmp_path):
    items = read_all("-", stdin=io.BytesIO(SEED.read_bytes()))
    assert len(items) == 1 and items[0].source == "-" and items[0].id == "f77f54d92b0e4fd98299023ea982af3c"
    jsonl = "\n".join(json.dumps({"id": f"s{i}", "text": NEWS}, ensure_ascii=False) for i in range(3))
    assert [d.id for d in read_all("-", stdin=io.BytesIO(jsonl.encode()))] == ["s0", "s1", "s2"]
    # a stream larger than ingest.max_bytes is still read record by record, like a file
    many = "\n".join(json.dumps({"id": f"m{i}", "text": NEWS}, ensure_ascii=False) for i in range(20000))
    small = Config(ingest=IngestConfig(max_bytes=1024 * 1024))
    items = read_all("-", stdin=io.BytesIO(gzip.compress(many.encode())), config=small)
    assert len(many) > 2 * 1024 * 1024 and len(items) == 20000
    assert all(isinstance(i, Document) for i in items)


def test_bad_inputs_are_rejected_and_the_batch_goes_on(tmp_path):
    (tmp_path / "01-empty.txt").write_bytes(b"")
    (tmp_path / "02-blank.txt").write_text(" \n\u00a0\n", encoding="utf-8")
    (tmp_path / "03-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(3000))
    (tmp_path / "04-binary.dat").write_bytes(bytes(range(32)) * 50)
    words = NEWS.split()
    rng = random.Random(2)
    lines = [json.dumps({"id": f"g{i}", "text": " ".join(rng.sample(words, len(words)))}, ensure_ascii=False)
             for i in range(400)]
    whole = gzip.compress("\n".join(lines).encode())
    (tmp_path / "05-truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "06-good.txt").write_text(NEWS, encoding="utf-8")
    rng = random.Random(3)
    noise = bytes(rng.randrange(0x80, 0x100) if rng.random() < 0.5 else rng.choice(b"abc ")
                  for _ in range(3000))
    (tmp_path / "07-unknown-encoding.txt").write_bytes(noise)
    (tmp_path / "08-no-text.html").write_bytes((FIXTURES / "ingest" / "empty_page.html").read_bytes())
    (tmp_path / "09-bad.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data")
    (tmp_path / "10-bad.zip").write_bytes(b"PK\x03\x04 not really an archive")
    items = read_all(tmp_path, tmp_path / "missing.txt")
    for item in items:
        print(type(item).__name__, getattr(item, "kind", ""),
              getattr(item, "reason", getattr(item, "id", "")))
    kinds = {Path(i.source).name: (i.kind if isinstance(i, Rejected) else "document") for i in items
             if i.source.endswith((".txt", ".dat", ".html", ".gz", ".zip")) or isinstance(i, Rejected)}
    assert kinds["01-empty.txt"] == "empty"
    assert kinds["02-blank.txt"] == "empty"
    assert kinds["03-image.txt"] == "binary"
    assert kinds["04-binary.dat"] == "binary"
    assert kinds["06-good.txt"] == "document"
    assert kinds["07-unknown-encoding.txt"] == "encoding"
    assert kinds["08-no-text.html"] == "no-text"
    assert kinds["09-bad.gz"] in ("corrupt", "truncated")
    assert kinds["10-bad.zip"] == "corrupt"
    assert kinds["missing.txt"] == "missing"
    truncated = [i for i in items if i.source.endswith("05-truncated.jsonl.gz")]
    assert all(isinstance(i, Document) for i in truncated[:-1]) and len(truncated) > 50
    assert truncated[-1].kind == "truncated" and truncated[-1].raw == whole[: len(whole) // 2]
    for item in items:
        if isinstance(item, Rejected):
            assert item.source in item.reason and item.reason.endswith(".") and "\n" not in item.reason
            assert item.raw is not None or item.kind == "missing"


def _big_line(path: Path, size: int) -> None:
    chunk = ("خبر عاجل عن الاقتصاد والسياسة والرياضة " * 2000).encode("utf-8")
    with open(path, "wb") as out:
        written = 0
        while written < size:
            out.write(chunk)
            written += len(chunk)


def test_a_100_mb_single_line_is_read_as_one_document(tmp_path):
    path = tmp_path / "huge.txt"
    _big_line(path, 100 * 1024 * 1024)
    size = path.stat().st_size
    lengths = []
    tracemalloc.start()
    try:
        for item in read([str(path), str(path)], Config()):  # twice: nothing may accumulate
            assert isinstance(item, Document)
            lengths.append(len(item.text))
            del item
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(lengths) == 2 and lengths[0] > 40_000_000
    print(f"peak traced memory {peak / size:.2f} x the file size")
    # the bytes, the text, and the UTF-8 decoder's own transient buffer while it widens the text:
    # about 4 times the file at the peak, never one more copy per reader layer or per input
    assert peak < 4.5 * size


def test_an_input_over_max_bytes_is_rejected_with_capped_raw_bytes(tmp_path):
    path = tmp_path / "huge.txt"
    _big_line(path, 3 * 1024 * 1024)
    config = Config(ingest=IngestConfig(max_bytes=1024 * 1024, keep_rejected_bytes=1000))
    [bad] = read_all(path, config=config)
    assert bad.kind == "too-large" and bad.raw_size == path.stat().st_size and len(bad.raw) == 1000
    gz = tmp_path / "huge.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"id": "a", "text": "' + path.read_bytes() + b'"}\n'
                                 + json.dumps({"id": "b", "text": NEWS}).encode() + b"\n"))
    first, second = read_all(gz, config=config)
    assert first.kind == "too-large" and first.line == 1 and len(first.raw) == 1000
    assert isinstance(second, Document) and second.id == "b"
