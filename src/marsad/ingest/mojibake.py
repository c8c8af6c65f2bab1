"""Recognise text that was decoded with the wrong code page somewhere upstream.

The three shapes Arabic news takes when that happens:
- UTF-8 read as Windows-1252 or Latin-1: «العربية» becomes «Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©»;
- UTF-8 read as Windows-1256: «عربية» becomes «ط¹ط±ط¨ظٹط©»;
- Windows-1256 read as Latin-1: «العربية» becomes «ÇáÚÑÈíÉ»;
plus U+FFFD replacement characters, which mean bytes were already lost.
"""
from __future__ import annotations

import re

# what bytes 0x80-0xBF (UTF-8 continuation bytes) become in each code page; the no-break space,
# soft hyphen, joiners, quotes, dashes and Arabic punctuation are left out: real text has them
# after letters
_CONT_1252 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿\u0080-\u009f"
_CONT_1256 = "€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ•ک™ڑ›œں¢£¤¥¦§¨©ھ¬®¯°±²³´µ¶·¸¹¼½¾"
# a UTF-8 lead byte (as Latin-1/1252 or as 1256) followed by a continuation byte
UTF8_AS_1252 = re.compile(f"[\u00c2-\u00df][{_CONT_1252}]|[\u00e0-\u00ef][{_CONT_1252}]{{2}}")
UTF8_AS_1256 = re.compile(f"[طظعغ][{_CONT_1256}]")
# cheap first looks: sound Arabic text usually has none of these, and then the pairs need no count
ANY_CONT_1256 = re.compile(f"[{_CONT_1256}]")
LATIN1_LETTERS = re.compile("[\u00c0-\u00ff]")
ARABIC_LETTERS = re.compile("[\u0621-\u064a]")
NON_ASCII = re.compile("[^\x00-\x7f]")
SAMPLE = 256 * 1024


def _too_many(hits: int, text: str) -> bool:
    # in real mojibake about every second non-ASCII character is part of a hit
    return hits > 0 and hits * 10 >= len(NON_ASCII.findall(text))


def _cp1256_as_latin1(sample: str) -> bool:
    latin = len(LATIN1_LETTERS.findall(sample))
    if latin < 3 or ARABIC_LETTERS.search(sample):
        return False
    letters = sum(1 for c in sample if c.isalpha())
    if latin * 10 < letters * 4:  # French or German text has far fewer accented letters
        return False
    try:
        again = sample.encode("cp1252").decode("cp1256")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return len(ARABIC_LETTERS.findall(again)) * 10 >= latin * 8


def mojibake_problem(text: str) -> str | None:
    """A clause saying why the text is mojibake ("contains ..."), or None when it looks sound."""
    replacements = text.count("\ufffd")
    if replacements:
        return (f"contains {replacements} replacement character{'s' if replacements > 1 else ''} "
                "(U+FFFD), so part of it was lost in an earlier decoding")
    sample = text[:SAMPLE]
    if LATIN1_LETTERS.search(sample):  # both shapes read as Latin-1 or 1252 show such letters
        if _too_many(len(UTF8_AS_1252.findall(sample)), sample):
            return "is mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1"
        if _cp1256_as_latin1(sample):
            return "is mojibake: Windows-1256 Arabic that was decoded as Latin-1"
    if ANY_CONT_1256.search(sample) and _too_many(len(UTF8_AS_1256.findall(sample)), sample):
        return "is mojibake: UTF-8 text that was decoded as Windows-1256"
    return None
