"""Tokens: kinds, search forms, hashtags, URLs, e-mails, handles, presentation forms and tatweel."""
from marsad.text.normalize import clean, search, search_form
from marsad.text.tokens import tokenize


def kinds(text):
    return [(text[t.start:t.end], t.kind, t.norm) for t in tokenize(text, 0, len(text))]


def test_kinds_and_norms():
    text = "زار #أردوغان_2018 موقع https://example.com/a?b=1. وكتب لـ @user_1 على a.b@mail.org: 3.5٪ و١٢٣"
    got = kinds(text)
    print(got)
    assert ("#أردوغان_2018", "hashtag", "اردوغان_2018") in got
    assert ("https://example.com/a?b=1", "url", "https://example.com/a?b=1") in got
    assert ("@user_1", "handle", "@user_1") in got
    assert ("a.b@mail.org", "email", "a.b@mail.org") in got
    assert ("3.5", "number", "3.5") in got
    assert ("١٢٣", "number", "123") in got
    assert ("لـ", "word", "ل") in got
    assert (".", "punct", ".") in got


def test_presentation_forms_tatweel_and_controls_read_as_letters():
    text = "ﺑﻮﺗﻴﻦ قـــال\u200f الرئيـس ﻻ"
    got = kinds(text)
    print(got)
    assert [g[2] for g in got] == ["بوتين", "قال", "الرييس", "لا"]
    assert [g[1] for g in got] == ["word"] * 4


def test_hashtag_reads_as_its_word():
    text = "في\u00a0#إدلب\u00a0اليوم"
    tok = [t for t in tokenize(text, 0, len(text)) if t.kind == "hashtag"][0]
    assert text[tok.start:tok.end] == "#إدلب" and text[slice(*tok.stem)] == "إدلب" and tok.norm == "ادلب"


def test_latin_words():
    got = kinds("قالت وكالة Reuters إن PYD")
    assert ("Reuters", "latin", "reuters") in got and ("PYD", "latin", "pyd") in got


def test_folded_forms_map_back_to_the_original():
    text = "ﷲ أكبـــر\u200f يا مُحَمَّد"
    for fold in (clean, search):
        folded = fold(text, 10)
        assert len(folded.offsets) == len(folded.text) + 1
        for i, ch in enumerate(folded.text):
            original = text[folded.offsets[i] - 10]
            assert ch in search_form(clean(original).text) or ch == original or ch in clean(original).text
    assert search_form(text) == search(text).text


def test_reading_drops_hashtag_signs_and_keeps_the_way_back():
    from marsad.text.normalize import reading
    text = "قال\u00a0#أردوغان إن #الغوطة_تحترق، وزار c#d و#"
    r = reading(text, 5)
    print(r.text)
    assert r.text == "قال أردوغان إن الغوطة تحترق، وزار c#d و#"
    assert len(r.offsets) == len(r.text) + 1
    start = r.text.index("أردوغان")
    s, e = r.original(start, start + len("أردوغان"))
    assert text[s - 5:e - 5] == "أردوغان"
