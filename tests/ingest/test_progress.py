"""Progress in bytes on disk: the total is known before reading, and reading advances to it."""
from __future__ import annotations

import gzip
import io
import json
import zipfile

from marsad.config import Config
from marsad.ingest import ReadProgress, read
from marsad.model import Document, Rejected

NEWS = "أعلنت وزارة التربية تأجيل بدء العام الدراسي أسبوعاً واحداً بسبب أعمال صيانة المدارس."


def jsonl_lines(prefix: str, n: int) -> list[bytes]:
    return [(json.dumps({"id": f"{prefix}{i}", "text": f"{NEWS} ({i})"}, ensure_ascii=False) + "\n")
            .encode("utf-8") for i in range(n)]


def batch(folder) -> dict[str, bytes]:
    """A multi-file batch: JSON Lines (with a bad line), plain text, gzip, zip, an empty file."""
    lines = jsonl_lines("j", 40)
    lines[7] = b'{"id": \n'
    files = {
        "a/feed.jsonl": b"".join(lines),
        "b.txt": NEWS.encode("utf-8"),
        "c.jsonl.gz": gzip.compress(b"".join(jsonl_lines("g", 30))),
        "d-empty.txt": b"",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("1.txt", NEWS)
        archive.writestr("2.jsonl", b"".join(jsonl_lines("z", 3)))
    files["e.zip"] = buffer.getvalue()
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / ".hidden.txt").write_bytes(NEWS.encode() * 50)  # not read, so not counted
    return files


def test_bytes_advance_to_the_total_over_a_multi_file_batch(tmp_path):
    files = batch(tmp_path)
    total = sum(len(data) for data in files.values())
    reading = ReadProgress.of([str(tmp_path)])
    assert reading.total == total and reading.done == 0
    seen: list[tuple[str, int | None, int]] = []
    for item in read([str(tmp_path)], Config(), progress=reading):
        line = item.line if isinstance(item, Rejected) else item.meta.get("line")
        seen.append((item.source, line, reading.done))
    done = [d for _, _, d in seen]
    print("\n".join(f"{d:>6} / {total}  {s} line {n}" for s, n, d in seen))
    assert done == sorted(done) and 0 < done[0] and reading.done == total
    # a file is counted in full once read; the walk reads a folder's files before its subfolders
    text = len(files["b.txt"])
    assert [d for s, _, d in seen if s.endswith("b.txt")] == [text]
    # a gzip file advances in compressed bytes, within its own size
    in_gz = [d for s, _, d in seen if s.endswith("c.jsonl.gz")]
    assert len(in_gz) == 30 and text <= in_gz[0] <= in_gz[-1] <= text + len(files["c.jsonl.gz"])
    # JSON Lines advance line by line, to the exact end of each line consumed (the feed comes last)
    feed = files["a/feed.jsonl"]
    before = total - len(feed)
    line_ends = [before + i + 1 for i, byte in enumerate(feed) if byte == ord("\n")]
    in_feed = [(n, d) for s, n, d in seen if s.endswith("feed.jsonl")]
    assert [n for n, _ in in_feed] == list(range(1, 41))  # documents and the bad line alike
    assert [d for _, d in in_feed] == line_ends


def test_standard_input_has_no_total_and_does_not_stop_reading(tmp_path):
    (tmp_path / "one.txt").write_text(NEWS, encoding="utf-8")
    paths = [str(tmp_path / "one.txt"), "-"]
    reading = ReadProgress.of(paths)
    assert reading.total is None
    items = list(read(paths, Config(), stdin=io.BytesIO(b"".join(jsonl_lines("s", 2))), progress=reading))
    assert [type(i) for i in items] == [Document] * 3


def test_a_missing_file_weighs_nothing_and_the_rest_still_reaches_the_total(tmp_path):
    (tmp_path / "one.txt").write_text(NEWS, encoding="utf-8")
    paths = [str(tmp_path / "absent.txt"), str(tmp_path / "one.txt")]
    reading = ReadProgress.of(paths)
    items = list(read(paths, Config(), progress=reading))
    assert [type(i) for i in items] == [Rejected, Document]
    assert reading.done == reading.total == len(NEWS.encode("utf-8"))
