"""Build the shipped knowledge-base tables (`data/kb.jsonl`, `data/demonyms.tsv`).

Run at build time only (`marsad build kb`), never at run time. Sources:
- countries: CLDR territory names (babel) and ISO 3166 names (pycountry), plus common news spellings;
- demonyms/nisba adjectives and city and region names: ArWikiCats 0.2.3 (MIT), read from its JSON
  tables when it is installed (`pip install ArWikiCats==0.2.3`);
- `data/curated.tsv`: people, organisations and places in the news, kept by hand;
- `data/cues.tsv`: words that, near an alias two entities share (عمان), point to one of them;
- people harvested from the PER mentions of the training corpora (data/ner/, training side only).
"""
from __future__ import annotations

import gettext
import importlib.util
import json
from collections import Counter
from pathlib import Path

from .words import norm

DATA = Path(__file__).parent / "data"

# common news spellings CLDR and ISO do not give
COUNTRY_EXTRA = {
    "SY": ["سورية", "سوريا"], "US": ["أمريكا", "أميركا", "الولايات المتحدة", "الولايات المتحدة الأمريكية",
                                     "الولايات المتحدة الأميركية"],
    "NO": ["النروج", "النرويج"], "DK": ["الدانمارك", "الدنمارك"], "ES": ["اسبانيا", "إسبانيا"],
    "GB": ["بريطانيا", "المملكة المتحدة"], "AE": ["الإمارات", "دولة الإمارات"], "RU": ["روسيا الاتحادية"],
    "PS": ["فلسطين", "دولة فلسطين"], "SA": ["السعودية", "المملكة العربية السعودية", "المملكة"],
    "KR": ["كوريا الجنوبية"], "KP": ["كوريا الشمالية"], "CZ": ["التشيك"], "NL": ["هولندا"],
    "IL": ["إسرائيل", "اسرائيل"], "TR": ["تركيا"], "IR": ["إيران", "ايران"], "EG": ["مصر"],
    "IQ": ["العراق"], "DE": ["ألمانيا", "المانيا"], "MA": ["المغرب"], "CD": ["الكونغو الديمقراطية"],
    "BA": ["البوسنة", "البوسنة والهرسك"], "CH": ["سويسرا"], "VA": ["الفاتيكان"], "LY": ["ليبيا"],
    "AZ": ["أذربيجان"], "KZ": ["كازاخستان"], "UZ": ["أوزبكستان"], "MM": ["ميانمار", "بورما"],
}
# nisba forms ArWikiCats lacks or spells differently from news use
DEMONYM_EXTRA = {"US": ["أميركي", "أمريكي"], "AT": ["نمساوي"], "GB": ["بريطاني"], "SY": ["سوري"],
                 "SA": ["سعودي"], "AE": ["إماراتي"], "PS": ["فلسطيني"], "IL": ["إسرائيلي"]}


def _arwikicats() -> Path | None:
    spec = importlib.util.find_spec("ArWikiCats")
    return Path(spec.origin).parent / "jsons" if spec and spec.origin else None


def _slug(kind: str, name: str) -> str:
    return f"{kind.lower()}:{norm(name).replace(' ', '_')}"


def _countries() -> dict[str, dict]:
    import pycountry
    from babel import Locale

    cldr = Locale("ar").territories
    try:
        iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"]).gettext
    except OSError:
        iso = lambda s: s  # noqa: E731
    out = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [cldr.get(code, "")] + COUNTRY_EXTRA.get(code, [])
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and iso(value) != value:
                names.append(iso(value))
        names = [n for n in dict.fromkeys(n.strip() for n in names) if n]
        if not names:
            continue
        name = COUNTRY_EXTRA.get(code, [names[0]])[0] if code in ("SY", "US", "GB", "AE", "SA") else names[0]
        out[code] = {"id": _slug("LOC", name), "name": name, "type": "LOC", "kind": "country",
                     "country": code, "aliases": names, "english": country.name, "strong": True}
    return out


def _demonyms(countries: dict[str, dict], jsons: Path | None) -> dict[str, str]:
    """nisba form (normalised) -> country code."""
    by_english = {c["english"].lower(): code for code, c in countries.items()}
    by_arabic = {norm(a): code for code, c in countries.items() for a in c["aliases"]}
    forms: dict[str, str] = {}

    def add_base(base: str, code: str) -> None:
        base = norm(base)
        for f in (base, base + "ه", base + "ون", base + "ين"):
            forms.setdefault(f, code)
            forms.setdefault("ال" + f, code)

    if jsons:
        table = json.loads((jsons / "nationalities" / "nationalities_data.json").read_text("utf-8"))
        for entry in table.values():
            code = by_arabic.get(norm(entry.get("ar", ""))) or by_english.get(entry.get("en", "").lower())
            if not code or " " in entry.get("male", " "):
                continue
            add_base(entry["male"], code)
            for key in ("males", "females", "the_male", "the_female", "female"):
                if entry.get(key) and " " not in entry[key]:
                    forms.setdefault(norm(entry[key]), code)
    for code, bases in DEMONYM_EXTRA.items():
        for base in bases:
            add_base(base, code)
    return forms


def _places(jsons: Path | None, known: set[str]) -> list[dict]:
    if not jsons:
        return []
    names: dict[str, str] = {}
    for rel in ("cities/cities_full.json", "geography/P17_PP.json"):
        for english, arabic in json.loads((jsons / rel).read_text("utf-8")).items():
            arabic = arabic.split("(")[0].strip()
            if len(norm(arabic)) >= 3 and norm(arabic) not in known and english[:1].isalpha():
                names.setdefault(arabic, english)
    return [{"id": _slug("LOC", a), "name": a, "type": "LOC", "kind": "place", "aliases": [a],
             "english": e, "strong": False} for a, e in names.items()]


def _curated(path: Path) -> list[dict]:
    return list(read_entities_file(path, strong=True))


def read_entities_file(path: str | Path, strong: bool = True):
    """Entities of a TSV (type, canonical, aliases|..., country) or JSON Lines file."""
    path = Path(path)
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if path.suffix in (".jsonl", ".json"):
            row = json.loads(line)
            kind, english = row["type"], row.get("name") or row["aliases"][0]
            aliases, country = list(row.get("aliases", [])), row.get("country", "")
        else:
            cols = line.split("\t") + ["", ""]
            if len(cols) < 5:
                raise ValueError(f"{path}:{n}: expected type, name and aliases separated by tabs")
            kind, english, aliases, country = cols[0], cols[1], cols[2].split("|"), cols[3]
        if kind not in ("PER", "ORG", "LOC", "MISC"):
            raise ValueError(f"{path}:{n}: unknown entity type {kind!r} (use PER, ORG, LOC or MISC)")
        aliases = [a.strip() for a in aliases if a.strip()]
        if not aliases:
            raise ValueError(f"{path}:{n}: an entity needs at least one Arabic alias")
        yield {"id": _slug(kind, aliases[0]), "name": aliases[0], "type": kind, "kind": "curated",
               "country": country.strip() or None, "aliases": aliases, "english": english, "strong": strong}


def _harvested(known: set[str], min_count: int = 2) -> list[dict]:
    """Multi-word person names seen at least `min_count` times in the training side of the corpora."""
    from .corpus import spans
    from .training import training_sentences

    counts: Counter[str] = Counter()
    for sentence in training_sentences()[0]:
        tokens = [t for t, _ in sentence]
        for s, e, kind in spans([g for _, g in sentence]):
            if kind == "PER" and e - s >= 2:
                counts[" ".join(tokens[s:e])] += 1
    out = []
    for name, count in counts.items():
        if count >= min_count and norm(name) not in known:
            out.append({"id": _slug("PER", name), "name": name, "type": "PER", "kind": "harvested",
                        "aliases": [name], "strong": False})
    return out


def _given_names(jsons: Path | None) -> set[str]:
    """Given names (search form): the curated list, one- and two-word (عبد الله), and the first
    word of ArWikiCats' Arabic person names."""
    names: set[str] = set()
    for line in (DATA / "given_names_curated.txt").read_text("utf-8").splitlines():
        if not line.startswith("#"):
            words = line.split()
            names |= {norm(w) for w in words if w != "عبد"}
            names |= {f"عبد{norm(b)}" for a, b in zip(words, words[1:]) if a == "عبد"}
    if jsons:
        people = json.loads((jsons / "people" / "peoples.json").read_text("utf-8"))
        firsts = Counter(norm(arabic.split()[0]) for arabic in people.values() if " " in arabic.strip())
        names |= {n for n, c in firsts.items() if c >= 2 and len(n) >= 3}
    return names


def _distinct_ids(entities: list[dict], countries: dict[str, dict]) -> None:
    """An entity of another country whose id is taken (Amman and Oman are both عمان) gets its
    country's name after it; spellings of one place folded to one id (أدا, آدا) stay one."""
    seen: dict[str, str | None] = {}
    for e in entities:
        country = countries.get(e.get("country") or "")
        if e["id"] in seen and country and seen[e["id"]] != e["country"]:
            e["id"] += "_" + norm(country["name"]).replace(" ", "_")
        seen.setdefault(e["id"], e.get("country"))


def _add_cues(entities: list[dict], path: Path) -> None:
    """Hand-kept cues (`entity id<TAB>cue|cue|...`) on the entities they name."""
    by_id = {e["id"]: e for e in entities}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        eid, _, cues = line.partition("\t")
        if eid not in by_id:
            raise ValueError(f"{path}:{n}: no entity has the id {eid!r}")
        by_id[eid]["cues"] = [c.strip() for c in cues.split("|") if c.strip()]


def build(out_dir: Path = DATA) -> dict[str, int]:
    jsons = _arwikicats()
    countries = _countries()
    entities = list(countries.values()) + _curated(DATA / "curated.tsv")
    known = {norm(a) for e in entities for a in e["aliases"]}
    entities += _places(jsons, known)
    known |= {norm(a) for e in entities for a in e["aliases"]}
    entities += _harvested(known)
    demonyms = _demonyms(countries, jsons)
    _distinct_ids(entities, countries)
    _add_cues(entities, DATA / "cues.tsv")
    with open(out_dir / "kb.jsonl", "w", encoding="utf-8") as fh:
        for e in entities:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    given = _given_names(jsons)
    (out_dir / "given_names.txt").write_text("\n".join(sorted(given)) + "\n", encoding="utf-8")
    with open(out_dir / "demonyms.tsv", "w", encoding="utf-8") as fh:
        fh.writelines(f"{form}\t{countries[code]['id']}\n" for form, code in sorted(demonyms.items()))
    return {"entities": len(entities), "demonyms": len(demonyms), "given names": len(given)}
