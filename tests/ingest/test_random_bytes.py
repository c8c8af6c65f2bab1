"""Random bytes fed to every reader give Documents or Rejected records, never an exception."""
from __future__ import annotations

import gzip
import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.config import Config, IngestConfig
from marsad.ingest import READERS, read
from marsad.ingest.jsonl import read_jsonl
from marsad.ingest.warc import read_warc
from marsad.model import Document, Rejected

CONFIG = Config(ingest=IngestConfig(max_bytes=64 * 1024, keep_rejected_bytes=1024))
STREAMING = {read_jsonl, read_warc}
# random bytes, and random bytes behind the prefixes that send them down each reader's deeper paths
PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"WARC/1.0\r\n", b'{"id": "x", "text": "',
            b"<?xml version='1.0'?><rss><channel><item><description>", b"<!DOCTYPE html><html><body><p>",
            "عنوان الخبر\n\n0123456789abcdef0123456789abcdef\n\n".encode(), b"\x1f\x8b\x08\x00",
            b"PK\x03\x04"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
inputs = st.builds(lambda prefix, body: prefix + body, st.sampled_from(PREFIXES), st.binary(max_size=3000))


def check(items):
    assert items, "every input gives at least one record"
    for item in items:
        assert isinstance(item, (Document, Rejected))
        if isinstance(item, Rejected):
            assert item.reason and "\n" not in item.reason
        else:
            assert isinstance(item.text, str) and item.text.strip() and item.id


@SETTINGS
@given(data=inputs, reader=st.sampled_from(sorted(READERS)))
def test_each_reader_on_random_bytes(data, reader):
    function = READERS[reader]
    source = io.BufferedReader(io.BytesIO(data)) if function in STREAMING else data
    items = list(function("random.bin", source, CONFIG))
    if data.strip():
        check(items)


@SETTINGS
@given(data=inputs, name=st.sampled_from(["x.txt", "x.jsonl", "x.html", "x.rss", "x.warc", "x.warc.gz",
                                          "x.gz", "x.zip", "x", "x.json"]))
def test_read_on_random_files(tmp_path_factory, data, name):
    path = tmp_path_factory.mktemp("random") / name
    path.write_bytes(data)
    check(list(read([str(path)], CONFIG)))
    check(list(read(["-"], CONFIG, stdin=io.BytesIO(data))))


@SETTINGS
@given(data=st.binary(max_size=3000), cut=st.integers(min_value=0, max_value=4000))
def test_random_bytes_inside_archives(tmp_path_factory, data, cut):
    folder = tmp_path_factory.mktemp("archives")
    (folder / "x.txt.gz").write_bytes(gzip.compress(data)[:cut])
    with zipfile.ZipFile(folder / "x.zip", "w") as archive:
        archive.writestr("a/member.jsonl", data)
        archive.writestr("b/member.html", data)
    check(list(read([str(folder)], CONFIG)))
