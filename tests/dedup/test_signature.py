"""Signatures: our MinHash equals datasketch's, and its estimate follows the true resemblance."""
import numpy as np
from dedup_docs import document, wikinews

from marsad.config import Config
from marsad.dedup.fold import words
from marsad.dedup.signature import Signer, resemblance, shingle_hashes


def test_minhash_equals_the_library():
    from datasketch import MinHash

    signer = Signer(Config().dedup)
    assert np.array_equal(signer.permutations, MinHash(num_perm=128, seed=1).permutations)
    for row in wikinews()[:20]:
        hashes = shingle_hashes(words(row["text"]), 3)
        assert np.array_equal(signer.minhash(hashes), signer.library_minhash(hashes))


def test_estimate_follows_true_resemblance():
    signer = Signer(Config().dedup)
    errors = []
    for row in wikinews()[:30]:
        tokens = words(row["text"])
        half = len(tokens) // 5
        a, b = tokens[half:], tokens[:-half]  # two overlapping windows of one text
        sa, sb = set(shingle_hashes(a, 3).tolist()), set(shingle_hashes(b, 3).tolist())
        truth = len(sa & sb) / len(sa | sb)
        estimate = resemblance(signer.minhash(shingle_hashes(a, 3)) & 0xFFFF,
                               signer.minhash(shingle_hashes(b, 3)) & 0xFFFF)
        errors.append(abs(estimate - truth))
    print(f"mean absolute error {np.mean(errors):.3f}, worst {max(errors):.3f}")
    assert np.mean(errors) < 0.05 and max(errors) < 0.15


def test_items_of_a_document():
    signer = Signer(Config().dedup)
    paragraphs = [p for p in wikinews()[3]["text"].split("\n") if len(p.split()) >= 8]
    doc = document("d", [paragraphs[:2], paragraphs[2:] + ["شاهد أيضاً"]])
    items = signer.items(doc)
    levels = [(i.level, i.article, i.paragraph) for i in items]
    assert levels == [("paragraph", 0, 0), ("paragraph", 0, 1), ("article", 0, None)] + [
        ("paragraph", 1, p) for p in range(len(paragraphs) - 2)] + [("article", 1, None)]
    assert all(i.sig.dtype == np.uint16 and len(i.sig) == 128 for i in items)
    keys = signer.keys(items[0])
    assert len(keys) == 1 + Config().dedup.bands and len(set(keys)) == len(keys)
    # paragraph and article keys never collide, even for the same text
    single = document("s", [paragraphs[:1]])
    para, art = signer.items(single)
    assert not set(signer.keys(para)[1:]) & set(signer.keys(art)[1:])
