"""Arabic country names (CLDR, through babel) and their nisba adjectives ("روسيا" → "الروسية").

A country name ends a personal name ("ودعا يلدريم إيران وروسيا"), and a government written with a
nisba ("الحكومة التركية") stands for its country in event coding.
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale

from .lexicon import fold

VARIANTS = {"أمريكا": "الولايات المتحدة", "أميركا": "الولايات المتحدة", "سورية": "سوريا",
            "السعودية": "المملكة العربية السعودية", "الإمارات": "الإمارات العربية المتحدة",
            "بريطانيا": "المملكة المتحدة", "فلسطين": "الأراضي الفلسطينية"}
GOVERNMENT_HEADS = {fold(w) for w in "الحكومة حكومة السلطات سلطات النظام الإدارة إدارة الدولة".split()}


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Folded country name → its CLDR Arabic name, for every country (two-letter code) and variant."""
    out = {}
    for code, name in Locale("ar").territories.items():
        if len(code) == 2 and code.isalpha():
            out[fold(name)] = name
    for variant, name in VARIANTS.items():
        out[fold(variant)] = name
    return out


def _nisba(folded: str) -> str:
    stem = folded[2:] if folded.startswith("ال") else folded
    if stem.endswith("يا"):
        return stem[:-2] + "ي"
    if stem.endswith("ا"):
        return stem[:-1] + "ي"
    if stem.endswith("يه"):
        return stem[:-1]
    return stem + "ي"


@lru_cache(maxsize=1)
def nisbas() -> dict[str, str]:
    """Folded nisba (masculine, "ال" dropped) → country name."""
    out = {}
    for folded, name in countries().items():
        if " " not in folded:
            out.setdefault(_nisba(folded), name)
    return out


def is_country(word: str) -> bool:
    return fold(word) in countries()


def government_country(phrase: str) -> str | None:
    """"الحكومة التركية" → "تركيا"; None when the phrase is not a government and a nisba."""
    words = fold(phrase).split()
    if len(words) != 2 or words[0] not in GOVERNMENT_HEADS or not words[1].startswith("ال"):
        return None
    adj = words[1][2:]
    adj = adj[:-1] if adj.endswith("ه") else adj
    return nisbas().get(adj)
