"""Speed of the entities stage (tagging, and tagging + linking) in tokens per CPU second.

    .venv/bin/python benchmarks/bench_entities.py CORPUS.jsonl[.gz] [--limit N]

CORPUS is JSON Lines with a `text` field (the real one:
../shared/data/corpora/saudinewsnet/articles.jsonl.gz; measuring only). Three passes over the
same documents, after a warm-up that loads the model and the knowledge base:
- baseline: our tokeniser and sentence splitter alone (the floor every pass pays);
- tagging: + CRF features and Viterbi decoding per sentence;
- tagging + linking: the whole stage, `marsad.entities.run`.
Each line prints tokens/s and the ratio to the baseline. The target is 20,000 tokens/s.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from marsad.entities import run  # noqa: E402
from marsad.entities.mentions import sentences  # noqa: E402
from marsad.entities.tagger import load as load_tagger  # noqa: E402
from marsad.model import Document  # noqa: E402


def load(path: str, limit: int) -> list[Document]:
    docs = []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            if text.strip():
                docs.append(Document(id=str(len(docs)), source=path, text=text))
            if len(docs) >= limit:
                break
    return docs


def timed(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=500, help="documents to read (default 500)")
    args = parser.parse_args()
    docs = load(args.corpus, args.limit)
    tagger = load_tagger()
    run(Document(id="warm", source="warm", text="قال الرئيس الروسي فلاديمير بوتين في موسكو."))
    tokens = sum(len(words) for d in docs for words in sentences(d))

    def split():
        for d in docs:
            sentences(d)

    def tag():
        for d in docs:
            for words in sentences(d):
                tagger.tag_with_confidence([w.text for w in words])

    def link():
        for d in docs:
            run(Document(id=d.id, source=d.source, text=d.text))

    base = timed(split)
    print(f"{len(docs)} documents, {tokens} tokens")
    print(f"baseline (tokenise + split)  {tokens / base:10.0f} tokens/s")
    for name, fn in (("tagging", tag), ("tagging + linking", link)):
        seconds = timed(fn)
        print(f"{name:28} {tokens / seconds:10.0f} tokens/s  ({base / seconds:.3f} x baseline)")


if __name__ == "__main__":
    main()
