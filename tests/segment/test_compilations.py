"""Article boundaries in unheaded compilations: random groups of 2–8 real articles glued without their
titles (compilation_eval.py) or with them, and the same articles alone, where any cut is a false cut.

Wikinews (CC BY 2.5) is general news from many desks. The MultiLing 2011 articles (CC BY 3.0) are
ten reports per event translated from English Wikinews, with cross-heads and captions in the body:
neighbours share their vocabulary and single articles carry inner headings, so its floors are lower.
"""
import pytest

from compilation_eval import evaluate, line, multiling, wikinews

FLOORS = {  # precision, recall, highest share of single articles cut
    ("wikinews", False): (0.85, 0.90, 0.05),
    ("multiling", False): (0.45, 0.65, 0.30),
    ("wikinews", True): (0.85, 0.90, 0.05),
    # MultiLing titles open with a date ("005/01/08 تبرعات …") and are not found as headlines yet
    ("multiling", True): (0.15, 0.25, 0.30),
}
LOADERS = {"wikinews": wikinews, "multiling": multiling}


@pytest.mark.parametrize("name,headed", list(FLOORS))
def test_compilations(name, headed):
    m = evaluate(LOADERS[name](headed=headed))
    print(line(f"{name} {'headed' if headed else 'unheaded'}", m))
    p, r, cut = FLOORS[name, headed]
    assert m["P"] >= p and m["R"] >= r and m["false_cut"] <= cut
