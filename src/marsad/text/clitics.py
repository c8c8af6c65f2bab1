"""The clitic layer of a word: proclitics (و ف ب ك ل س and the article ال) and a pronoun suffix.

Conservative by design: a split is made only when the stem it leaves is a known free-standing
form, clearly more frequent than the whole word (data/stems.tsv, counted from ATB-segmented gold
text). So `وقال` → و+قال and `بلبنان` → ب+لبنان, while `بوتين`, `لبنان`, `فرنسا`, `واشنطن` stay whole.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .normalize import _DISPLAY, DIACRITICS

ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
# not ي or ني: a final ي is far more often a nisba adjective (عالمي، تركي) than "my"
SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك")
# words that look like clitic + stem but are single words (mostly function words)
KEEP = frozenset("""
كما لما فيما مما عما لكن لكي كي لم لن لا بل ثم ليس لدى لدي بين بعد بعض كل هكذا
سوى لقد فقط كان كانت ليست لذا لعل كأن كأنه كلا كلتا لولا لوما والي والد والدة
""".split())
# words that begin with the letters ال without carrying the article
ARTICLE_KEEP = frozenset("""
الذي التي الذين اللذان اللذين اللتان اللتين اللاتي اللواتي اللائي الله اللهم الا الان الى الي
اليه اليها اليهم اليهما اليهن اليك اليكم الينا اليكما
""".split())
CLITIC_FIRST = "وفبكلسا"  # the letters a proclitic or the article begins with
SUFFIX_LAST = frozenset(suf[-1] for suf in SUFFIXES)
ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]+\Z")
MIN_COUNT = 3  # a stem seen fewer times than this is not evidence
COMMON = 50  # a stem seen this often is a word in its own right
RATIO = 10  # a split must leave a stem this many times more frequent than the whole word, when the
# whole word is attested (names such as كمال or بسام are: مال and سام are not evidence enough)


def _lexicon_table(fold_alef: bool) -> dict[int, str]:
    table = {ord(c): "" for c in DIACRITICS}
    if fold_alef:
        table.update({ord(k): v for k, v in {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}.items()})
    for code, mapped in _DISPLAY.map.items():
        mapped = "".join(c for c in mapped if c not in DIACRITICS)
        table[code] = mapped.translate(ALEFS) if fold_alef else mapped
    return table


LEXICON_TABLE = _lexicon_table(True)
LETTERS_TABLE = _lexicon_table(False)  # the same letters with hamza forms kept: the article is a bare ال


def lexicon_form(word: str) -> str:
    """The form the lexicon is keyed by: display form, undiacritised, alef forms folded."""
    return word.translate(LEXICON_TABLE)


_STEMS: dict[str, int] = {}  # filled by stems() on first use


@lru_cache(maxsize=1)
def stems() -> dict[str, int]:
    """The stem lexicon, loaded once on first use."""
    out = _STEMS
    text = resources.files("marsad.text").joinpath("data/stems.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, n = line.split("\t")
            out[form] = int(n)
    return out


def _best_split(w: str, lex: dict[str, int]) -> tuple[str, str, str, str, bool] | None:
    """(conjunction, particle, stem, suffix, elided article) of the best-supported split, or None."""
    whole = lex.get(w, 0)
    best, best_count = None, max(MIN_COUNT - 1, whole * RATIO)
    endings = ("",) + tuple(filter(w.endswith, SUFFIXES))
    for conj in ("", w[0]) if w[0] in "وف" else ("",):
        r1 = w[len(conj):]
        for part in ("", r1[0]) if r1[0] in "بكلس" else ("",):
            r2 = r1[len(part):]
            for suf in endings:
                if not (conj or part or suf):
                    continue
                stem = r2[:len(r2) - len(suf)]
                if len(stem) < (3 if part or suf == "نا" else 2) or (suf and stem.startswith("ال")):
                    continue  # a particle before a two-letter stem is nearly always a word of its own
                if part == "س" and (suf or len(stem) < 3 or stem[0] not in "يتنا"):
                    continue  # the future particle only comes before an imperfect verb
                candidates = [(stem, False)]
                if suf and stem.endswith("ت"):
                    candidates.append((stem[:-1] + "ة", False))  # مدرسته = مدرسة + ه
                if part == "ل" and not suf and stem.startswith("ل"):
                    candidates.append(("ا" + stem, True))  # لل = ل + ال with the alef dropped
                for form, elided in candidates:
                    n = lex.get(form, 0)
                    if part == "س":  # the lexicon keeps the future particle attached: weaker evidence needed
                        n *= RATIO
                    # a frequent stem splits even a frequent whole word after the prepositions ب and ل
                    # (بسبب، بشكل، لمدة); not after و ف ك, which begin many names (فيصل، كمال)
                    if n > best_count or (part in ("ب", "ل") and not conj and not suf and n >= COMMON
                                          and n * 3 >= whole and n > (best_count if best else 0)):
                        best, best_count = (conj, part, stem, suf, elided), n
    return best


PREPOSITION_PRONOUN = re.compile(r"([وف]?)([بلك])(هما|هم|هن|ها|كم|كن|نا|ه|ك)\Z")
ARTICLE_AFTER_CLITICS = re.compile(r"([وف]?)([بكل]?)(?=ال[\u0621-\u064A]{3})")


def _before_article(w: str, letters: str) -> tuple[str, str, str, str, bool] | None:
    """A word the lexicon does not know: و ف ب ك ل before a bare article are clitics (وبالمدينة),
    and لل before three more letters is ل + ال (للمدينة)."""
    m = ARTICLE_AFTER_CLITICS.match(letters)
    if m and m.end() and w[m.end():] not in ARTICLE_KEEP:
        return m.group(1), m.group(2), w[m.end():], "", False
    if letters.startswith("لل") and len(w) >= 5 and w not in KEEP:
        return "", "ل", w[1:], "", True
    return None


def analyse(word: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, int] | None, tuple[int, int] | None]:
    """(proclitics, stem, suffix) as offsets relative to `word`; stem is None when nothing is split."""
    w = word.translate(LEXICON_TABLE)
    pronoun = PREPOSITION_PRONOUN.match(w)
    if (len(w) < 3 and not pronoun) or w in KEEP:
        return (), None, None
    if w[0] not in CLITIC_FIRST and w[-1] not in SUFFIX_LAST:
        return (), None, None  # no proclitic, article or suffix can be read off this word
    if not ARABIC_LETTERS.match(w):
        return (), None, None
    if len(w) == len(word):
        where: list[int] | range = range(len(word))  # the usual case: nothing dropped or expanded
    else:
        where = [i for i, ch in enumerate(word) for _ in ch.translate(LEXICON_TABLE)]
    letters = word.translate(LETTERS_TABLE)
    pieces: list[int] = []  # letter counts of each proclitic
    if pronoun:  # لها، بهم، وله: a preposition carrying a pronoun, with no stem between them
        split = (pronoun.group(1), pronoun.group(2), "", pronoun.group(3), False)
    else:
        split = _best_split(w, _STEMS or stems()) or _before_article(w, letters)
    conj, part, stem, suf, elided = split if split else ("", "", w, "", False)
    pieces += [len(x) for x in (conj, part) if x]
    if elided:
        pieces.append(1)
        stem = stem[1:]
    elif stem.startswith("ال") and len(stem) >= 4 and stem not in ARTICLE_KEEP and not suf \
            and letters[sum(pieces):sum(pieces) + 2] == "ال":
        pieces.append(2)
        stem = stem[2:]
    if not pieces and not suf:
        return (), None, None

    def at(k: int) -> int:  # original offset where letter k starts (diacritics stay with the letter before)
        return where[k] if k < len(where) else len(word)

    procs, k = [], 0
    for size in pieces:
        procs.append((at(k), at(k + size)))
        k += size
    stem_end = len(w) - len(suf)
    suffix = (at(stem_end), len(word)) if suf else None
    return tuple(procs), (at(k), at(stem_end) if suf else len(word)), suffix
