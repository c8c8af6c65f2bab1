"""The central data model: Document -> Article -> Paragraph -> Sentence -> Token, plus annotation layers."""
from .codec import from_json, to_json
from .document import (
    SCHEMA, Article, Boilerplate, Document, Entity, Event, EventArgument, Mention, Paragraph,
    ParagraphRef, Quote, Rejected, Sentence, Speaker, TimeExpression, Token,
)

__all__ = [
    "SCHEMA", "Article", "Boilerplate", "Document", "Entity", "Event", "EventArgument", "Mention",
    "Paragraph", "ParagraphRef", "Quote", "Rejected", "Sentence", "Speaker", "TimeExpression", "Token",
    "from_json", "to_json",
]
