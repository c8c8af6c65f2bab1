"""Property test: on random mixed text every span is in range, slices back to its own text, and
the layers nest (tokens in sentences, sentences in paragraphs, paragraphs never overlap)."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.config import Config
from marsad.model import Document, to_json
from marsad.segment import run

PIECES = [
    "قال", "الرئيس", "بوتين", "وقال", "للرئيس", "سيعقد", "فيها", "إدلب", "سوريا", "أ.د.", "د.", "3.5",
    "ﻻ", "ﷲ", "ﺑﺴﻢ", "ـ", "ــ", "َ", "ُّ", "\u200f", "\u200e", "\u202b", "\u202c", "\u200b", "\u200c",
    "\u00a0", "#أردوغان", "#", "#_", "@user", "x@y.com", "https://a.b/c.", "www.x.org", "Hello", "U.S.",
    "«", "»", "“", "”", "\"", ":", "،", "؛", ".", "..", "…", "!", "؟", "?", "(", ")", "-", "–", "١٢٣",
    "2018", "شاهد أيضاً", "اقرأ أيضا:", "إلى ذلك", "روما ـ", "قائلاً:", " ", " ", "\n", "\n\n", "\n \u00a0\n",
    "\r\n", "\t", "\r", "\u2029", "\u2028",
]
texts = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def _check_span(doc, start, end, outer=None):
    assert 0 <= start <= end <= len(doc.text)
    if outer is not None:
        assert outer[0] <= start and end <= outer[1]


def _walk_json(node, text):
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
            assert text[node["start"]:node["end"]] == node["text"]
        for value in node.values():
            _walk_json(value, text)
    elif isinstance(node, list):
        for value in node:
            _walk_json(value, text)


def _check(doc):
    for s, e in doc.headline_spans + doc.hashtags:
        _check_span(doc, s, e)
    assert all(doc.text[s:e] == h for h, (s, e) in zip(doc.headlines, doc.headline_spans))
    previous_end = 0
    for article in doc.articles:
        _check_span(doc, article.start, article.end)
        if article.headline_span:
            _check_span(doc, *article.headline_span)
            assert doc.text[slice(*article.headline_span)] == article.headline
        for p in article.paragraphs:
            _check_span(doc, p.start, p.end, (article.start, article.end))
            assert p.start >= previous_end, "paragraphs overlap"
            assert doc.text[p.start:p.end].strip()
            previous_end = p.end
            last = p.start
            for s in p.sentences:
                _check_span(doc, s.start, s.end, (p.start, p.end))
                assert s.start >= last and s.end > s.start
                last = s.end
                token_end = s.start
                for t in s.tokens:
                    _check_span(doc, t.start, t.end, (s.start, s.end))
                    assert t.start >= token_end and t.end > t.start
                    token_end = t.end
                    for piece in t.proclitics + [x for x in (t.stem, t.suffix) if x]:
                        _check_span(doc, piece[0], piece[1], (t.start, t.end))
    for b in doc.boilerplate:
        _check_span(doc, b.start, b.end)
        assert not any(p.start < b.end and b.start < p.end for _, _, p in doc.paragraphs())
    tagged = {(t.start, t.end) for _, _, p in doc.paragraphs() for s in p.sentences for t in s.tokens
              if t.kind == "hashtag"}
    in_paragraphs = {h for h in doc.hashtags if any(p.start <= h[0] < p.end for _, _, p in doc.paragraphs())}
    assert in_paragraphs == tagged
    _walk_json(to_json(doc, tokens=True), doc.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_plain_text_spans(text):
    _check(run(Document(id="p", source="test", text=text), Config()))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
def test_headed_text_spans(title, body):
    text = title + "\n\n" + "0" * 32 + "\n\n" + body
    start = len(title) + 2
    doc = Document(id="h", source="test", text=text, meta={"layout": "headed", "id_span": [start, start + 32]})
    _check(run(doc, Config()))


@settings(max_examples=100, deadline=None)
@given(texts, st.text(max_size=30))
def test_titled_text_spans(body, title):
    _check(run(Document(id="t", source="test", text=body, meta={"title": title}), Config()))
