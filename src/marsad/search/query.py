"""Query parsing: bare words (all must match) and quoted phrases, analysed like the index.

A bare word matches its surface form or its stem; a name (see `analyse.is_name`) matches only
its surface form, bare or behind a conjunction or preposition (بوتين, وبوتين, لبوتين), never a stem,
so بوتين does not find وتين. A phrase matches its words in order, by surface or by stems.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import clitics
from ..text.normalize import search, search_form
from .analyse import WORD, analyse_word, entity_names, is_name

QUOTES = re.compile(r'["“”«»„‟]([^"“”«»„‟]*)["“”«»„‟]?')
# proclitic letters a name may carry in running text
NAME_PREFIXES = ("", "و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "وك")


class QueryError(ValueError):
    """A query with nothing to search for; the message is one sentence."""


def _name_forms(surface: str) -> tuple[str, ...]:
    """A name and its clitic-prefixed forms, less those that are words or names of their own
    (ب + وتين is بوتين)."""
    if not surface.isalpha() or surface.isascii():
        return (surface,)
    known, names = clitics.stems(), entity_names()

    def own_word(form: str) -> bool:  # the form, or the form less a conjunction, is a word of its own
        return any(known.get(form[k:], 0) >= clitics.MIN_COUNT or form[k:] in names
                   for k in range(len(form) - len(surface)))

    return (surface,) + tuple(p + surface for p in NAME_PREFIXES if p and not own_word(p + surface))


@dataclass(frozen=True)
class Term:
    surface: str
    stem: str
    name: bool
    forms: tuple[str, ...] = ()  # for a name: the surface forms it matches

    def surfaces(self) -> tuple[str, ...]:
        """Surface forms that match: the word itself, and for a name its clitic-prefixed forms."""
        return self.forms if self.name else (self.surface,)

    def matches(self, surface: str, stem: str) -> bool:
        return surface in self.surfaces() or (not self.name and stem == self.stem)


@dataclass(frozen=True)
class Phrase:
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class Query:
    text: str
    parts: tuple[Term | Phrase, ...]

    def terms(self) -> list[Term]:
        out = []
        for part in self.parts:
            out.extend(part.terms if isinstance(part, Phrase) else (part,))
        return out


def _terms(text: str) -> list[Term]:
    folded = search(text)
    out = []
    for m in WORD.finditer(folded.text):
        start, end = folded.original(m.start(), m.end())
        word = text[start:end]
        surface, stem, _ = analyse_word(word)
        if search_form(word) != m.group():
            surface = stem = m.group()
        name = is_name(word)
        out.append(Term(surface, stem, name, _name_forms(surface) if name else ()))
    return out


def parse(text: str) -> Query:
    """Split a query into phrases ("…", «…») and single words; raise QueryError when it has no word."""
    parts: list[Term | Phrase] = []
    pos = 0
    for m in QUOTES.finditer(text):
        parts.extend(_terms(text[pos:m.start()]))
        inner = _terms(m.group(1))
        if len(inner) == 1:
            parts.append(inner[0])
        elif inner:
            parts.append(Phrase(tuple(inner)))
        pos = m.end()
    parts.extend(_terms(text[pos:]))
    seen, unique = set(), []
    for part in parts:  # a repeated word adds nothing but cost
        if part not in seen:
            seen.add(part)
            unique.append(part)
    if not unique:
        raise QueryError(f"the query {text!r} has no word to search for")
    return Query(text, tuple(unique))


def fts5(query: Query) -> str:
    """The query as an FTS5 MATCH expression over the `words` and `stems` columns."""
    clauses = []
    for part in query.parts:
        if isinstance(part, Phrase):
            words = " ".join(t.surface for t in part.terms)
            stems = " ".join(t.stem for t in part.terms)
            options = [f'words : "{words}"', f'stems : "{stems}"']
        else:
            options = [f'words : "{s}"' for s in part.surfaces()]
            if not part.name:
                options.append(f'stems : "{part.stem}"')
        clauses.append("(" + " OR ".join(options) + ")")
    return " AND ".join(clauses)


def tsquery(query: Query) -> str:
    """The query as a PostgreSQL tsquery over one tsvector whose lexemes are `w:surface` and `s:stem`."""
    def lex(prefix: str, value: str) -> str:
        return f"'{prefix}:{value}'"

    clauses = []
    for part in query.parts:
        if isinstance(part, Phrase):
            words = " <-> ".join(lex("w", t.surface) for t in part.terms)
            stems = " <-> ".join(lex("s", t.stem) for t in part.terms)
            clauses.append(f"(({words}) | ({stems}))")
        else:
            options = [lex("w", s) for s in part.surfaces()]
            if not part.name:
                options.append(lex("s", part.stem))
            clauses.append("(" + " | ".join(options) + ")")
    return " & ".join(clauses)
