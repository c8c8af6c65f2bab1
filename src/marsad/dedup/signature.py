"""Signatures of paragraphs and articles: an exact key, a MinHash and its LSH band keys.

A paragraph is the set of its word shingles (`config.shingle` words, in the matching form of
`fold.words`); an article is the union of its paragraphs' shingles, so a dropped or moved
paragraph changes it as little as it should. MinHash values come from datasketch (its
affine32 scheme, one shared set of permutations); only their low 16 bits are kept, which
leaves the resemblance estimate unchanged (two unequal values agree by chance once in
65,536) and halves the index. LSH bands of `band_rows` such values make one 64-bit key each.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np
from datasketch import MinHash

from ..config import DedupConfig
from ..model import Document
from .fold import display, words

PARAGRAPH = "paragraph"
ARTICLE = "article"
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


@dataclass
class Item:
    """One paragraph or article as the index sees it."""
    level: str  # paragraph | article
    article: int
    paragraph: int | None  # None for an article
    size: int  # distinct shingles
    exact: int  # signed 64-bit key of the whole text in display form (exact copies share it)
    sig: np.ndarray  # uint16, one value per permutation


def shingle_hashes(tokens: list[str], width: int) -> np.ndarray:
    """32-bit hashes of the distinct `width`-word shingles (the whole text when shorter)."""
    wh = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in tokens), dtype=np.uint64, count=len(tokens))
    if len(wh) <= width:
        h = np.zeros(1, dtype=np.uint64)
        for i, v in enumerate(wh):
            h = h * _MIX[i % 3] + v
    else:
        n = len(wh) - width + 1
        h = wh[:n].copy()
        for i in range(1, width):
            h = h * _MIX[i % 3] + wh[i:i + n]
    h ^= h >> np.uint64(29)
    return np.unique((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def _key(data: bytes, person: bytes) -> int:
    return int.from_bytes(blake2b(data, digest_size=8, person=person).digest(), "little", signed=True)


class Signer:
    """Turns documents into Items; one per process, it holds the permutations."""

    def __init__(self, config: DedupConfig):
        self.config = config
        self.permutations = MinHash(num_perm=config.num_perm, seed=1).permutations
        if config.bands * config.band_rows > config.num_perm:
            raise ValueError("dedup.bands × dedup.band_rows must not exceed dedup.num_perm")

    def minhash(self, hashes: np.ndarray) -> np.ndarray:
        m = MinHash(num_perm=self.config.num_perm, permutations=self.permutations,
                    scheme="affine32", hashfunc=int)
        m.update_batch(hashes.tolist())
        return (m.hashvalues & 0xFFFF).astype(np.uint16)

    def items(self, doc: Document) -> list[Item]:
        """Paragraph items in text order, then one item per article with enough words."""
        width, min_words = self.config.shingle, self.config.min_words
        out: list[Item] = []
        for a, article in enumerate(doc.articles):
            texts, parts = [], []
            for p, paragraph in enumerate(article.paragraphs):
                raw = doc.text[paragraph.start:paragraph.end]
                tokens = words(raw)
                if len(tokens) < min_words:
                    continue
                text = display(raw)
                hashes = shingle_hashes(tokens, width)
                texts.append(text)
                parts.append(hashes)
                out.append(Item(PARAGRAPH, a, p, len(hashes), _key(text.encode(), b"p"),
                                self.minhash(hashes)))
            if parts:
                hashes = np.unique(np.concatenate(parts))
                out.append(Item(ARTICLE, a, None, len(hashes), _key("\n".join(texts).encode(), b"a"),
                                self.minhash(hashes)))
        return out

    def keys(self, item: Item) -> list[int]:
        """The exact key and one key per LSH band; levels never share keys."""
        salt = b"p" if item.level == PARAGRAPH else b"a"
        rows = self.config.band_rows
        data = item.sig.tobytes()
        step = rows * 2
        return [item.exact] + [_key(data[b * step:(b + 1) * step], salt + bytes([b]))
                               for b in range(self.config.bands)]


def resemblance(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard resemblance of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def containment(j: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller set inside the larger, from resemblance and sizes."""
    if j <= 0:
        return 0.0
    inter = j * (size_a + size_b) / (1 + j)
    return min(1.0, inter / max(1, min(size_a, size_b)))
