"""Exact-span precision, recall and F1 per type and micro-averaged, for CoNLL files."""
from __future__ import annotations

from collections import Counter

from .corpus import TYPES, Sentence, spans


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    """{"micro": {...}, "macro_f1": x, "per_type": {TYPE: {precision, recall, f1, support}}}."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, predicted):
        g = set(spans(g_tags))
        p = set(spans(p_tags))
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1

    def prf(t: int, ng: int, np_: int) -> dict:
        precision = t / np_ if np_ else 0.0
        recall = t / ng if ng else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1}

    types = [t for t in TYPES if n_gold[t] or n_pred[t]] + sorted(set(n_gold) - set(TYPES))
    per_type = {t: {**prf(tp[t], n_gold[t], n_pred[t]), "support": n_gold[t]} for t in types}
    micro = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    macro = sum(v["f1"] for v in per_type.values()) / len(per_type) if per_type else 0.0
    return {"micro": micro, "macro_f1": macro, "per_type": per_type}


def evaluate(sentences: list[Sentence], tagger, style: str = "news", document: int = 0) -> dict:
    """Scores of the tagger on labelled sentences: one sentence at a time, or with `document` > 0,
    in documents of that many consecutive sentences (with the tagger's second pass over each)."""
    gold = [[g for _, g in s] for s in sentences]
    tokens = [[t for t, _ in s] for s in sentences]
    if document > 0:
        predicted = [tags for i in range(0, len(tokens), document)
                     for tags in tagger.tag_document(tokens[i:i + document], style)]
    else:
        predicted = [tagger.tag(t, style) for t in tokens]
    return score(gold, predicted)


def format_report(result: dict) -> str:
    lines = [f"{'type':6} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for kind, v in result["per_type"].items():
        lines.append(f"{kind:6} {v['precision']:9.3f} {v['recall']:7.3f} {v['f1']:6.3f} {v['support']:8d}")
    m = result["micro"]
    lines.append(f"{'micro':6} {m['precision']:9.3f} {m['recall']:7.3f} {m['f1']:6.3f}")
    lines.append(f"macro-F1 {result['macro_f1']:.3f}")
    return "\n".join(lines)
