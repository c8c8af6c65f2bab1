"""Bytes to text: byte-order marks, strict UTF-8, then detection (charset-normalizer plus the two
legacy Arabic code pages), and a check that the result is plausible text.

`decode` raises `Unreadable(kind, why)` instead of guessing: a binary file, an empty one or one in no
encoding we can stand behind is rejected by the caller, never decoded into noise.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from .mojibake import mojibake_problem

BOMS = [  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
MAGIC = {  # formats that are certainly not text (magic numbers no text starts with)
    b"%PDF-": "a PDF file", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image", b"GIF89a": "a GIF image", b"\x7fELF": "an executable",
    b"7z\xbc\xaf": "a 7-Zip archive", b"Rar!\x1a": "a RAR archive", b"\xfd7zXZ": "an xz file",
    b"\x28\xb5\x2f\xfd": "a zstd file", b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an MS Office file",
}  # other binaries are told by their control bytes
# legacy code pages an Arabic news file is most likely in, tried beside charset-normalizer's answer
ARABIC_CODE_PAGES = ("cp1256", "iso8859-6")
SAMPLE = 64 * 1024  # how much text the plausibility check looks at
C0_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# C1 controls and private use too: a legacy code page that yields them is the wrong one
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")


class Unreadable(Exception):
    def __init__(self, kind: str, why: str):
        super().__init__(why)
        self.kind = kind  # empty | binary | encoding | mojibake
        self.why = why  # a clause that completes "<source> ..."


@dataclass
class Decoded:
    text: str
    encoding: str


def _normal_name(name: str) -> str:
    return codecs.lookup(name).name  # "windows-1256" -> "cp1256", "ISO-8859-6" -> "iso8859-6"


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def implausibility(text: str, scripts: bool = True) -> str | None:
    """Why a decoded text does not look like human text, or None when it does.

    `scripts=False` (for strictly valid UTF-8, never noise by accident) only counts C0 controls:
    C1 controls there are a sign of mojibake, which `mojibake_problem` reports.
    """
    sample = text[:SAMPLE]
    controls = len((CONTROLS if scripts else C0_CONTROLS).findall(sample))
    if controls * 100 > len(sample):
        return f"has {controls} control characters in its first {len(sample)}"
    if not scripts:
        return None
    wide = [c for c in sample if ord(c) > 0x7F and not c.isspace()]
    if len(wide) < 8:
        return None
    letters = [c for c in wide if c.isalpha()]
    symbols = len(wide) - len(letters) - sum(1 for c in wide if unicodedata.category(c)[0] in "MNP")
    if symbols * 5 > len(wide):
        return "decodes mostly to symbols, not letters"
    by_script: dict[str, int] = {}
    for c in letters:
        script = unicodedata.name(c, "UNKNOWN").split(" ")[0]
        by_script[script] = by_script.get(script, 0) + 1
    if letters and max(by_script.values()) * 10 < len(letters) * 8:
        return "decodes to letters of several unrelated scripts mixed together"
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 with no byte-order mark: one byte of each pair takes only a few values (00, 06, ...).

    charset-normalizer finds it too, but not reliably in short texts."""
    head = data[:8192]
    if len(data) % 2 or len(head) < 4:
        return None
    for encoding, highs, lows in (("utf-16-le", head[1::2], head[0::2]),
                                  ("utf-16-be", head[0::2], head[1::2])):
        # the high bytes are mostly 00 (ASCII: spaces, digits, punctuation) or 06 (Arabic letters)
        arabic_or_ascii = (highs.count(0) + highs.count(6)) * 2 >= len(highs)
        if arabic_or_ascii and _top2_share(highs) >= 0.85 and _top2_share(lows) < 0.85:
            text = _strict(data, encoding)
            if text is not None and implausibility(text) is None:
                return Decoded(text, encoding)
    return None


def _top2_share(values: bytes) -> float:
    counts = sorted((values.count(v) for v in set(values)), reverse=True)
    return sum(counts[:2]) / len(values)


def _score(text: str) -> float:
    """Higher is more plausible: penalise Latin-1 letters glued to Arabic ones (the wrong code page)."""
    sample = text[:SAMPLE]
    arabic = sum(1 for c in sample if "\u0600" <= c <= "\u06ff")
    glued = sum(1 for a, b in zip(sample, sample[1:])
                if ("\u00c0" <= a <= "\u00ff" and "\u0600" <= b <= "\u06ff")
                or ("\u0600" <= a <= "\u06ff" and "\u00c0" <= b <= "\u00ff"))
    odd = sum(1 for c in sample if c in "\u00d7\u00f7")  # × ÷ sit where ISO-8859-6 has letters
    return arabic - 20 * glued - 5 * odd


def decode(data: bytes) -> Decoded:
    """Decode bytes into text, or raise `Unreadable` saying why not."""
    if not data:
        raise Unreadable("empty", "is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise Unreadable("encoding", f"starts with a {encoding.upper()} byte-order mark "
                                             f"but is not valid {encoding.upper()}")
            return Decoded(text, "utf-8-sig" if encoding == "utf-8-sig" else encoding)
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise Unreadable("binary", f"is {what}, not text")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    text = _strict(data, "utf-8")
    if text is not None:
        if "\x00" in text[:SAMPLE] or implausibility(text, scripts=False):
            raise Unreadable("binary", "holds binary data, not text")
        return Decoded(text, "utf-8")
    candidates: dict[str, str] = {}
    best = from_bytes(data[:4 * SAMPLE]).best()
    if best is not None:
        guess = _strict(data, best.encoding)
        if guess is not None:
            candidates[_normal_name(best.encoding)] = guess
    for encoding in ARABIC_CODE_PAGES:
        if encoding not in candidates:
            guess = _strict(data, encoding)
            if guess is not None:
                candidates[encoding] = guess
    plausible = {enc: text for enc, text in candidates.items() if implausibility(text) is None}
    if not plausible:
        if data[:SAMPLE].count(0) * 20 > min(len(data), SAMPLE):
            raise Unreadable("binary", "holds binary data, not text")
        raise Unreadable("encoding", "is in an encoding that could not be detected "
                                     "(not UTF-8, UTF-16, Windows-1256 or ISO-8859-6)")
    # charset-normalizer's answer wins unless an Arabic code page reads as clearly better Arabic
    order = list(plausible)
    encoding = max(order, key=lambda enc: (_score(plausible[enc]), -order.index(enc)))
    return Decoded(plausible[encoding], encoding)


def decode_text(data: bytes) -> Decoded:
    """`decode`, then refuse text that is mojibake (UTF-8 read in the wrong code page, U+FFFD)."""
    decoded = decode(data)
    problem = mojibake_problem(decoded.text)
    if problem:
        raise Unreadable("mojibake", problem)
    return decoded
