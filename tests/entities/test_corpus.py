"""Reading and mapping the labelled corpora, and exact-span scoring."""
from marsad.entities.corpus import coarse_tag, read_conll, rejoin_clitics, repair_iob, spans
from marsad.entities.evaluate import score


def test_coarse_tags_map_anercorp_and_fane_classes():
    assert coarse_tag("B-PERS") == "B-PER"
    assert coarse_tag("I-Politician") == "I-PER"
    assert coarse_tag("B-Nation") == "B-LOC"
    assert coarse_tag("B-Building-Grounds") == "B-LOC"
    assert coarse_tag("B-Media") == "B-ORG"
    assert coarse_tag("B-Book") == "B-MISC"
    assert coarse_tag("B-Group") == "O"  # nationalities are not names in news annotation
    assert coarse_tag("O") == "O"


def test_rejoin_undoes_atb_clitic_splitting():
    sentence = [("و", "O"), ("قال", "O"), ("رئيس", "O"), ("ه", "O"), ("ل", "O"), ("الاتحاد", "B-ORG"),
                ("عاصمة", "O"), ("ها", "O"), ("د", "B-ORG"), ("ب", "I-ORG"), ("ا", "I-ORG")]
    assert rejoin_clitics(sentence) == [("وقال", "O"), ("رئيسه", "O"), ("للاتحاد", "B-ORG"),
                                        ("عاصمتها", "O"), ("د", "B-ORG"), ("ب", "I-ORG"), ("ا", "I-ORG")]


def test_conjunction_inside_a_name_stays_inside():
    sentence = [("حزب", "B-ORG"), ("العدالة", "I-ORG"), ("و", "I-ORG"), ("التنمية", "I-ORG")]
    assert rejoin_clitics(sentence) == [("حزب", "B-ORG"), ("العدالة", "I-ORG"), ("والتنمية", "I-ORG")]


def test_read_conll_accepts_pers_tabs_bom_and_marks(tmp_path):
    path = tmp_path / "a.conll"
    path.write_text("\ufeff\u200eبوتين\tB-PERS\r\nفي O\nموسكو I-LOC\n\n", encoding="utf-8")
    assert read_conll(path) == [[("بوتين", "B-PER"), ("في", "O"), ("موسكو", "B-LOC")]]


def test_repair_and_spans():
    tags = [t for _, t in repair_iob([("a", "I-PER"), ("b", "I-PER"), ("c", "O"), ("d", "B-LOC"),
                                      ("e", "I-ORG")])]
    assert tags == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"]
    assert spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_score_is_exact_span_micro_and_per_type():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "B-MISC"]]
    result = score(gold, pred)
    assert result["per_type"]["LOC"]["f1"] == 1.0
    assert result["per_type"]["PER"]["recall"] == 0.0
    assert result["micro"]["precision"] == 2 / 4
    assert result["micro"]["recall"] == 2 / 3
