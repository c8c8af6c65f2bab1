"""The fast paths give exactly what the plain definitions give, on random mixed text:
- tokenize (word look-ups per chunk between spaces) = the TOKEN regex run over the whole span;
- search_form / display_form (str.replace and one regex pass) = str.translate with the full table."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.model import Token
from marsad.text import tokens
from marsad.text.clitics import analyse
from marsad.text.normalize import _DISPLAY, _SEARCH, display_form, search_form

PIECES = [
    "قال", "الرئيس", "وقال", "للرئيس", "بالمدينة", "كتابه", "سيعقد", "لها", "إدلب", "أ.د.", "3.5", "و١٢٣",
    "ﻻ", "ﷲ", "ﺑﺴﻢ", "ـ", "َ", "ُّ", "\u200f", "\u200b", "\u200c", "\u00a0", "\u2029", "\u3000",
    "#أردوغان", "#الغوطة_تحترق", "#", "#_", "@user", "x@y.com", "https://a.b/c.", "www.", "www.x", "Hello",
    "U.S.", "é", "«", "»", "“", "”", "\"", "'", ":", "،", "؛", ".", "..", "…", "!", "؟", "?", "(", ")",
    "[", "]", "-", "_", "2018", "%", "/", " ", " ", "\n", "\t",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def reference_tokenize(text: str, start: int, end: int, clitics: bool = True) -> list[Token]:
    """The token layer by its definition: one TOKEN regex pass, every word analysed afresh."""
    out = []
    for m in tokens.TOKEN.finditer(text, start, end):
        kind, (s, e) = m.lastgroup, m.span()
        if kind in ("word", "hashtag"):
            at = s + (kind == "hashtag")
            word = text[at:e]
            latin = tokens.LATIN.match(word) is not None
            token = Token(s, e, "latin" if kind == "word" and latin else kind, search_form(word))
            procs, stem, suffix = ((), None, None) if latin else analyse(word)
            if clitics and stem is None and kind == "hashtag":
                stem = (0, e - at)
            if clitics and stem is not None:
                token.proclitics = [(at + a, at + b) for a, b in procs]
                token.stem = (at + stem[0], at + stem[1])
                token.suffix = None if suffix is None else (at + suffix[0], at + suffix[1])
        elif kind == "punct":
            token = Token(s, e, "punct", "-" if m.group()[0] == "\u0640" else search_form(m.group()))
        else:
            token = Token(s, e, kind, search_form(m.group()))
        out.append(token)
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(0, 200), st.integers(0, 200), st.booleans())
def test_tokenize_equals_the_regex_definition(text, a, b, clitics):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for _ in range(2):  # the second time every word comes from the caches
        assert tokens.tokenize(text, start, end, clitics) == reference_tokenize(text, start, end, clitics)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["ة", "أ", "إ", "ى", "ئ", "ؤ", "آ", "A", "Z", "١", "ﺎ", "ٰ"]),
                max_size=40).map("".join))
def test_folded_strings_equal_str_translate(text):
    assert search_form(text) == text.translate(_SEARCH.map)
    assert display_form(text) == text.translate(_DISPLAY.map)
