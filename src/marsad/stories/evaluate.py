"""Measures for stories: BCubed precision/recall/F1 of a clustering, ROUGE-N of a summary.

ROUGE here is the plain n-gram overlap of Lin (2004) on normalised tokens (search form, stop words
kept, no stemming), with precision, recall and F1; several references are pooled as in ROUGE's
"average over references" mode.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from ..text.normalize import search_form

TOKEN = re.compile(r"[\w\u0621-\u064A]+")


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> Scores:
    """BCubed over the items both mappings label (item -> cluster id)."""
    items = [i for i in gold if i in predicted]
    if not items:
        return Scores(0.0, 0.0, 0.0)
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for i in items:
        by_pred.setdefault(predicted[i], set()).add(i)
        by_gold.setdefault(gold[i], set()).add(i)
    precision = recall = 0.0
    for i in items:
        same_pred, same_gold = by_pred[predicted[i]], by_gold[gold[i]]
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    p, r = precision / len(items), recall / len(items)
    return Scores(p, r, _f1(p, r))


def rouge_tokens(text: str) -> list[str]:
    return TOKEN.findall(search_form(text))


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(candidate: str, references: Iterable[str], n: int) -> Scores:
    """ROUGE-N of `candidate` against the references, n-gram counts clipped and pooled."""
    cand = _ngrams(rouge_tokens(candidate), n)
    matched = total_ref = 0
    for reference in references:
        ref = _ngrams(rouge_tokens(reference), n)
        matched += sum(min(c, ref[g]) for g, c in cand.items() if g in ref)
        total_ref += sum(ref.values())
    refs = len(references) if isinstance(references, list) else 1
    cand_total = sum(cand.values()) * refs
    p = matched / cand_total if cand_total else 0.0
    r = matched / total_ref if total_ref else 0.0
    return Scores(p, r, _f1(p, r))


def read_jsonl(path: str | Path) -> Iterator[tuple[Document, dict]]:
    """Documents from a JSON Lines file in the input form, each with its raw record (for gold fields).

    Uses the ingest reader's field names: id, text, title, source/outlet, url, published/date.
    """
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {number} is not valid JSON ({exc.msg}).") from None
            text = record.get("text") or ""
            title = record.get("title") or None
            doc_id = str(record.get("id") or record.get("doc_id") or f"{Path(path).name}:{number}")
            published = record.get("published") or record.get("date") or record.get("date_extracted")
            meta = {k: v for k, v in record.items() if k not in ("text", "id", "published")}
            meta.update({"title": title, "outlet": record.get("outlet") or record.get("source"),
                         "url": record.get("url"), "line": number})
            yield Document(id=doc_id, source=str(path), text=text,
                           published=str(published) if published else None,
                           headlines=[title] if title else [], meta=meta), record
