"""Accuracy of the shipped tagger on the held-out part of the training data (whole blocks of
documents never seen in training), printed per type.

The floor (75 micro-F1) is on the news held-out part: ANERcorp text, the standard benchmark's
own news and our target domain. The WikiFANE (encyclopedia) part is printed too, with a lower
floor that only guards against regressions.
"""
import pytest

from marsad.entities import training
from marsad.entities.evaluate import evaluate, format_report, score
from marsad.entities.tagger import load

MIN_NEWS_F1 = 0.75
MIN_WIKI_F1 = 0.65
BLOCK = 100  # the held-out parts are whole blocks of this many sentences: one document each


@pytest.fixture(scope="module")
def heldout():
    return training.training_sentences()[1]


def test_heldout_is_disjoint_from_training():
    train, held = training.training_sentences()
    seen = {" ".join(t for t, _ in s) for s in train}
    for sentences in held.values():
        texts = [" ".join(t for t, _ in s) for s in sentences if len(s) > 8]
        assert sum(t in seen for t in texts) <= 0.01 * len(texts)


def test_heldout_micro_f1(heldout):
    tagger = load()
    results, gold, predicted = {}, [], []
    for name, sentences in heldout.items():
        style = training.STYLE[name]  # each corpus is scored by its own annotation guidelines
        results[name] = evaluate(sentences, tagger, style)
        print(f"\nheld-out {name} ({sum(map(len, sentences))} tokens)\n{format_report(results[name])}")
        gold += [[g for _, g in s] for s in sentences]
        predicted += [tagger.tag([t for t, _ in s], style) for s in sentences]
    print(f"\nheld-out, both parts\n{format_report(score(gold, predicted))}")
    assert results["anercorp"]["micro"]["f1"] >= MIN_NEWS_F1
    assert results["wikifane"]["micro"]["f1"] >= MIN_WIKI_F1


def test_second_pass_over_documents_raises_recall(heldout):
    """The tagger's second pass (a confident name tagged again where its document repeats it),
    with each held-out block as one document: recall up, and F1 no lower than one sentence at a
    time, on both parts."""
    tagger = load()
    for name, sentences in heldout.items():
        style = training.STYLE[name]
        one = evaluate(sentences, tagger, style)
        two = evaluate(sentences, tagger, style, document=BLOCK)
        print(f"\nheld-out {name}, documents of {BLOCK} sentences, second pass\n{format_report(two)}")
        print(f"one pass: P {one['micro']['precision']:.3f} R {one['micro']['recall']:.3f} "
              f"F1 {one['micro']['f1']:.3f}")
        assert two["micro"]["recall"] > one["micro"]["recall"]
        assert two["micro"]["f1"] >= one["micro"]["f1"]
    assert two["micro"]["f1"] >= MIN_WIKI_F1
