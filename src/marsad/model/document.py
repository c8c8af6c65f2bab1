"""The one data model every stage reads and extends.

A Document owns one immutable original text (the decoded input). Everything
else is a span of Python string offsets into that text: `text[start:end]`.
Stages never rewrite `text`; derived strings (cleaned, search forms) live
beside it and map back to these offsets.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "marsad.document/1"


@dataclass
class Token:
    start: int
    end: int
    kind: str = "word"  # word | number | punct | hashtag | url | email | handle | latin
    norm: str = ""  # search form of the token (diacritics and letter variants folded)
    # clitic layer: offsets of the proclitics, the stem and the pronoun suffix
    proclitics: list[tuple[int, int]] = field(default_factory=list)
    stem: tuple[int, int] | None = None
    suffix: tuple[int, int] | None = None


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass
class ParagraphRef:
    """Where a copy's canonical paragraph lives; document is None inside one document."""
    article: int
    paragraph: int
    document: str | None = None


@dataclass
class Paragraph:
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    duplicate_of: ParagraphRef | None = None
    # why a paragraph spans more than one source block ("joined-broken", "quote-intro")
    joined: list[str] = field(default_factory=list)


@dataclass
class Article:
    start: int
    end: int
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Boilerplate:
    start: int
    end: int
    reason: str = ""  # see-also, share, subscribe, related-teaser, ...


@dataclass
class Mention:
    start: int
    end: int
    type: str = ""  # the tagger's type for this mention
    hashtag: bool = False


@dataclass
class Entity:
    id: str
    name: str
    type: str  # PER | ORG | LOC | MISC
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Speaker:
    name: str | None = None
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    anonymous: bool = False


@dataclass
class Quote:
    kind: str  # direct | reported
    start: int
    end: int
    speaker: Speaker = field(default_factory=Speaker)
    partial: bool = False


@dataclass
class TimeExpression:
    start: int
    end: int
    value: str | None  # ISO date, month (YYYY-MM) or year; None when unresolved
    granularity: str  # day | month | year | part-of-day | week | unknown
    part_of_day: str | None = None  # morning | evening | night, when said


@dataclass
class EventArgument:
    name: str
    entity: str | None = None


@dataclass
class Event:
    type: str
    actor: EventArgument
    target: EventArgument
    start: int
    end: int
    date: str | None = None
    location: EventArgument | None = None


@dataclass
class Document:
    id: str
    source: str
    text: str
    published: str | None = None
    headlines: list[str] = field(default_factory=list)
    headline_spans: list[tuple[int, int]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    hashtags: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # input metadata: url, outlet, title, author, line, plus any unknown input fields
    meta: dict[str, Any] = field(default_factory=dict)

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def paragraphs(self):
        """Every (article index, paragraph index, paragraph), in text order."""
        for a, article in enumerate(self.articles):
            for p, paragraph in enumerate(article.paragraphs):
                yield a, p, paragraph


@dataclass
class Rejected:
    """An input (or part of one) that was not stored, and why. Rejections are data."""
    source: str  # file path, "-" for standard input, plus member name inside archives
    reason: str  # one clear sentence
    line: int | None = None
    kind: str = "error"  # empty | binary | encoding | mojibake | json | truncated | no-text | too-large | ...
    raw: bytes | None = None  # the input bytes kept aside for inspection (may be capped)
    raw_size: int | None = None  # size of the whole input, when raw was capped
