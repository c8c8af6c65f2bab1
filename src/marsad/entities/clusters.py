"""Word clusters learned from the unlabelled Arabic text the repository ships (the training
side of the NER corpora and the demo corpus): PPMI-weighted left/right context vectors, a
truncated SVD, then bisecting 2-means to a fixed depth, so each word gets a bit-string path
whose prefixes are coarser clusters (as Brown clusters give)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from .words import norm, tokenize


def unlabelled_sentences(root: Path) -> list[list[str]]:
    from .training import training_sentences

    out = [[norm(t) for t, _ in s] for s in training_sentences()[0]]
    for path in sorted((root / "demo" / "corpus").rglob("*")):
        if path.suffix == ".jsonl":
            lines = path.read_text("utf-8").splitlines()
            texts = [json.loads(line).get("text", "") for line in lines if line]
        elif path.suffix == ".txt":
            texts = [path.read_text("utf-8")]
        else:
            continue
        for text in texts:
            for line in text.splitlines():
                out.append([norm(line[s:e]) for s, e in tokenize(line)])
    return out


def _bisect(vectors: np.ndarray, ids: np.ndarray, depth: int, prefix: str, out: dict[int, str],
            rng: np.random.Generator) -> None:
    if depth == 0 or len(ids) < 4:
        for i in ids:
            out[int(i)] = prefix
        return
    x = vectors[ids]
    centres = x[rng.choice(len(ids), 2, replace=False)]
    for _ in range(8):
        side = (x @ centres[1] > x @ centres[0])
        if side.all() or not side.any():
            break
        centres = np.stack([x[~side].mean(0), x[side].mean(0)])
    if side.all() or not side.any():
        side = np.arange(len(ids)) % 2 == 1
    _bisect(vectors, ids[~side], depth - 1, prefix + "0", out, rng)
    _bisect(vectors, ids[side], depth - 1, prefix + "1", out, rng)


def learn(sentences: list[list[str]], min_count: int = 3, contexts: int = 3000, dims: int = 80,
          depth: int = 12, seed: int = 13) -> dict[str, str]:
    from scipy.sparse import csr_matrix
    from scipy.sparse.linalg import svds

    counts = Counter(w for s in sentences for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:contexts])}
    rows, cols = [], []
    for s in sentences:
        padded = ["<s>"] + s + ["</s>"]
        for k in range(1, len(padded) - 1):
            i = index.get(padded[k])
            if i is None:
                continue
            for off, base in ((-1, 0), (1, contexts)):
                j = ctx.get(padded[k + off])
                if j is not None:
                    rows.append(i)
                    cols.append(base + j)
    m = csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                   shape=(len(vocab), 2 * contexts))
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(1)).ravel()
    col_sum = np.asarray(m.sum(0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=dims, random_state=seed)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    paths: dict[int, str] = {}
    _bisect(vectors, np.arange(len(vocab)), depth, "", paths, np.random.default_rng(seed))
    return {vocab[i]: p for i, p in paths.items()}


def build(root: Path, out: Path) -> int:
    clusters = learn(unlabelled_sentences(root))
    with open(out, "w", encoding="utf-8") as fh:
        fh.writelines(f"{w}\t{p}\n" for w, p in sorted(clusters.items()))
    return len(clusters)
