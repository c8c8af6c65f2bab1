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
