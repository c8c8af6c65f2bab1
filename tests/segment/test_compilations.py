"""Article boundaries in unheaded compilations: random groups of 2–8 real articles glued without their
titles (compilation_eval.py), and the same articles alone, where any cut is a false cut.

Wikinews (CC BY 2.5) is general news from many desks. The MultiLing 2011 articles (CC BY 3.0) are
ten reports per event translated from English Wikinews, with cross-heads and captions in the body:
neighbours share their vocabulary and single articles carry inner headings, so its floors are lower.
"""
import pytest

from compilation_eval import evaluate, line, multiling, wikinews

FLOORS = {  # precision, recall, highest share of single articles cut
    "wikinews": (0.85, 0.85, 0.05),
    "multiling": (0.40, 0.55, 0.35),
}


@pytest.mark.parametrize("name,texts", [("wikinews", wikinews), ("multiling", multiling)])
def test_unheaded_compilations(name, texts):
    m = evaluate(texts())
    print(line(name, m))
    p, r, cut = FLOORS[name]
    assert m["P"] >= p and m["R"] >= r and m["false_cut"] <= cut
