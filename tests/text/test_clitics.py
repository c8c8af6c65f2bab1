"""The clitic layer against the Farasa gold segmentation of Arabic Wikinews (CC BY 2.5).

Prints precision/recall/F1 of proclitics (و ف ب ك ل س ال) and pronoun suffixes, and fails below
the floors. The layer is conservative on purpose: precision matters more than recall (a name cut
in two is worse than a clitic left attached).
"""
from pathlib import Path

import pytest

from marsad.text.clitics import SUFFIXES, analyse
from marsad.text.tokens import tokenize

GOLD = Path(__file__).parent.parent / "fixtures" / "wikinews" / "segmentation.tsv"
PROCLITICS = {"و", "ف", "ب", "ك", "ل", "س", "ال"}


def _gold():
    for line in GOLD.read_text(encoding="utf-8").splitlines()[1:]:
        segs, tags = line.split("\t")
        segs, tags = segs.split("+"), tags.split("+")
        if len(segs) != len(tags) or not all("\u0621" <= c <= "\u064a" for c in "".join(segs)):
            continue
        pre = []
        while len(segs) > 1 and segs[0] in PROCLITICS and tags[0] not in ("NOUN", "V", "ADJ"):
            pre.append(segs.pop(0))
            tags.pop(0)
        # a pronoun suffix ends a longer word, or follows a preposition directly (ل+ها)
        suffix = segs[-1] if (len(segs) > 1 or pre) and tags[-1] == "PRON" and segs[-1] in SUFFIXES else None
        word = "".join(pre) + "".join(segs)
        if pre[-2:] == ["ل", "ال"]:
            word = word.replace("لال", "لل", 1)  # ل + ال is written لل
        yield word, pre, suffix


def _ours(word):
    procs, _, suffix = analyse(word)
    pieces = [word[a:b] for a, b in procs]
    labels = []
    for k, piece in enumerate(pieces):
        # the article after ل loses its alef: the second ل of لل is the article
        labels.append("ال" if piece == "ال" or (piece == "ل" and k and pieces[k - 1] == "ل") else piece)
    return labels, word[suffix[0]:suffix[1]] if suffix else None


def _score(pairs):
    tp = sum(g & o for g, o in pairs)
    found = sum(o for _, o in pairs)
    gold = sum(g for g, _ in pairs)
    p, r = tp / found if found else 0.0, tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), gold


@pytest.fixture(scope="module")
def results():
    rows = list(_gold())
    out = {"proclitics": [], "article": [], "suffix": []}
    for word, pre, suffix in rows:
        labels, got_suffix = _ours(word)
        g_outer, o_outer = [x for x in pre if x != "ال"], [x for x in labels if x != "ال"]
        for clitic in PROCLITICS - {"ال"}:
            out["proclitics"].append((g_outer.count(clitic), o_outer.count(clitic)))
        out["article"].append(("ال" in pre, "ال" in labels))
        out["suffix"].append((suffix is not None, got_suffix is not None and got_suffix == suffix))
        if suffix is None and got_suffix is not None:
            out["suffix"][-1] = (False, True)
    return out


@pytest.mark.parametrize("layer,floor_p,floor_r", [("proclitics", 0.95, 0.75), ("article", 0.97, 0.9),
                                                   ("suffix", 0.9, 0.5)])
def test_clitic_accuracy(results, layer, floor_p, floor_r):
    p, r, f, n = _score(results[layer])
    print(f"{layer}: P={p:.3f} R={r:.3f} F1={f:.3f} over {n} gold clitics")
    assert p >= floor_p and r >= floor_r


@pytest.mark.parametrize("word", ["بوتين", "لبنان", "فرنسا", "واشنطن", "فلاديمير", "سوريا", "بغداد", "كندا",
                                  "ليبيا", "لندن", "بريطانيا", "فيصل", "سيرغي", "كمال", "بسام", "سامي", "كريم",
                                  "إلى", "الذي", "كما"])
def test_names_and_function_words_stay_whole(word):
    assert analyse(word) == ((), None, None)


def test_splits_in_running_text():
    text = "وقال للرئيس وبالمدينة سيعقد عليه كتابهم لها وَبِالْمَدِينَةِ"
    got = {text[t.start:t.end]: ([text[a:b] for a, b in t.proclitics],
                                 text[slice(*t.stem)] if t.stem else None,
                                 text[slice(*t.suffix)] if t.suffix else None) for t in tokenize(text, 0, len(text))}
    print(got)
    assert got["وقال"] == (["و"], "قال", None)
    assert got["للرئيس"] == (["ل", "ل"], "رئيس", None)
    assert got["وبالمدينة"] == (["و", "ب", "ال"], "مدينة", None)
    assert got["سيعقد"] == (["س"], "يعقد", None)
    assert got["عليه"] == ([], "علي", "ه")
    assert got["كتابهم"] == ([], "كتاب", "هم")
    assert got["لها"] == (["ل"], "", "ها")
    assert got["وَبِالْمَدِينَةِ"][0] == ["وَ", "بِ", "الْ"]
