"""Signatures of paragraphs and articles: an exact key, a MinHash and its LSH band keys.

A paragraph is the set of its word shingles (`config.shingle` words, in the matching form of
`fold.words`); an article is the union of its paragraphs' shingles, so a dropped or moved
paragraph changes it as little as it should. MinHash values are datasketch's (its affine32
scheme and permutations, computed here without the per-object cost); only their low 16 bits
are kept, which leaves the resemblance estimate unchanged (two unequal values agree by chance
once in 65,536) and halves the index. LSH bands of `band_rows` such values make one 64-bit key each.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np

from ..config import DedupConfig
from ..model import Document
from .fold import display, words

PARAGRAPH = "paragraph"
ARTICLE = "article"
_POSITION = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646C | 1,
                      0xFD7046C5, 0xB55A4F09], dtype=np.uint32)  # odd constants, one per word position
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@dataclass
class Item:
    """One paragraph or article as the index sees it."""
    level: str  # paragraph | article
    article: int
    paragraph: int | None  # None for an article
    size: int  # word shingles
    exact: int  # signed 64-bit key of the whole text in display form (exact copies share it)
    sig: np.ndarray  # uint16, one value per permutation


class _Vocabulary(dict):
    """word -> CRC-32, filled on first sight: news vocabulary is small, so each word is hashed once."""

    def __missing__(self, word: str) -> int:
        if len(self) > 2_000_000:
            self.clear()
        h = self[word] = zlib.crc32(word.encode("utf-8"))
        return h


_WORDS = _Vocabulary()


def _low16(sig: np.ndarray) -> np.ndarray:
    return (sig & 0xFFFF).astype(np.uint16)


def shingle_hashes(tokens: list[str], width: int) -> np.ndarray:
    """32-bit hashes of the `width`-word shingles (the whole text when shorter): each word's
    CRC-32 times a per-position odd constant, summed (the MinHash pre-mix scrambles them after)."""
    wh = np.array(list(map(_WORDS.__getitem__, tokens)), dtype=np.uint32)
    if len(wh) <= width:
        return (wh * _POSITION[:len(wh)]).sum(dtype=np.uint32, keepdims=True)
    n = len(wh) - width + 1
    h = wh[:n] * _POSITION[0]
    for i in range(1, width):
        h += wh[i:i + n] * _POSITION[i]
    return h


def _key(data: bytes, person: bytes) -> int:
    return int.from_bytes(blake2b(data, digest_size=8, person=person).digest(), "little", signed=True)


_SALTS = {level: np.random.default_rng(seed).integers(-2**63, 2**63 - 1, 64, dtype=np.int64)
          for level, seed in ((PARAGRAPH, 11), (ARTICLE, 12))}


def permutations(num_perm: int, seed: int = 1) -> np.ndarray:
    """datasketch's affine32 permutations for `MinHash(num_perm, seed)`: odd multipliers a and
    offsets b from the same random stream (a test checks them against the library's)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


class Signer:
    """Turns documents into Items; one per process, it holds the permutations."""

    def __init__(self, config: DedupConfig):
        self.config = config
        self.permutations = permutations(config.num_perm)
        if not 1 <= config.shingle <= len(_POSITION):
            raise ValueError(f"dedup.shingle must be between 1 and {len(_POSITION)} words")
        if config.bands * config.band_rows > config.num_perm:
            raise ValueError("dedup.bands × dedup.band_rows must not exceed dedup.num_perm")

    def minhash(self, hashes: np.ndarray) -> np.ndarray:
        """Full 32-bit MinHash values, the same as datasketch's `MinHash.update_batch` (affine32
        scheme, same permutations) computes; done here in three array operations because the
        library's per-object set-up costs more than the hashing itself on paragraph-sized sets."""
        hv = hashes if hashes.dtype == np.uint32 else hashes.astype(np.uint32)
        s1, m1, s2, m2, s3 = _FMIX32  # the library's one-shot pre-mix (MurmurHash3 finaliser)
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s3)
        a, b = self.permutations
        return (hv[:, None] * a + b).min(axis=0)

    def library_minhash(self, hashes: np.ndarray) -> np.ndarray:
        """The same values through datasketch itself (kept for the tests and the benchmark)."""
        from datasketch import MinHash  # it loads scipy: not for every command that reads the index

        m = MinHash(num_perm=self.config.num_perm, permutations=self.permutations,
                    scheme="affine32", hashfunc=int)
        m.update_batch(hashes.tolist())
        return m.hashvalues

    def items(self, doc: Document) -> list[Item]:
        """Paragraph items in text order, then one item per article with enough words."""
        width, min_words = self.config.shingle, self.config.min_words
        out: list[Item] = []
        for a, article in enumerate(doc.articles):
            texts, sigs, size = [], [], 0
            for p, paragraph in enumerate(article.paragraphs):
                raw = doc.text[paragraph.start:paragraph.end]
                tokens = words(raw)
                if len(tokens) < min_words:
                    continue
                text = " ".join(raw.split())
                full = self.minhash(shingle_hashes(tokens, width))
                n = max(1, len(tokens) - width + 1)  # shingles, counting the rare repeat
                texts.append(text)
                sigs.append(full)
                size += n
                out.append(Item(PARAGRAPH, a, p, n, _key(text.encode(), b"p"), _low16(full)))
            if sigs:  # the MinHash of a union is the element-wise minimum of the parts' MinHashes
                full = np.minimum.reduce(sigs) if len(sigs) > 1 else sigs[0]
                out.append(Item(ARTICLE, a, None, size, _key("\n".join(texts).encode(), b"a"), _low16(full)))
        return out

    def keys(self, item: Item) -> list[int]:
        """The exact key and one key per LSH band; levels never share keys."""
        bands, rows = self.config.bands, self.config.band_rows
        if rows == 4:  # four 16-bit values are one 64-bit key: salt it per band and level
            salts = _SALTS[item.level][:bands] if bands <= len(_SALTS[PARAGRAPH]) else None
            if salts is not None:
                return [item.exact] + (item.sig[:4 * bands].view(np.int64) ^ salts).tolist()
        salt = b"p" if item.level == PARAGRAPH else b"a"
        data = item.sig.tobytes()
        step = rows * 2
        return [item.exact] + [_key(data[b * step:(b + 1) * step], salt + bytes([b]))
                               for b in range(bands)]


def resemblance(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard resemblance of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def containment(j: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller set inside the larger, from resemblance and sizes."""
    if j <= 0:
        return 0.0
    inter = j * (size_a + size_b) / (1 + j)
    return min(1.0, inter / max(1, min(size_a, size_b)))
