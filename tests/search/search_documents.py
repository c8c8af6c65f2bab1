"""Small hand-made documents for the search tests: articles of paragraphs over an original text."""
from __future__ import annotations

from marsad.model import Article, Document, Entity, Mention, Paragraph

FILLER = [  # unrelated articles, so that BM25's idf is positive for the words under test
    "ارتفعت أسعار النفط في الأسواق العالمية اليوم",
    "فاز الفريق المحلي بالمباراة النهائية للبطولة",
    "هطلت أمطار غزيرة على المناطق الجنوبية",
    "افتتح معرض الكتاب أبوابه أمام الزوار",
    "تراجعت البورصة بعد صدور نتائج الشركات",
    "بدأ العام الدراسي الجديد في المدارس",
]


def make(doc_id: str, *articles: str, published: str | None = "2024-03-10", outlet: str | None = None,
         entities: list[tuple[str, str, str]] = ()) -> Document:
    """A document whose articles are the given texts (paragraphs split at new lines); `entities` are
    (id, name, mentioned word) triples, mentioned where the word first occurs."""
    text, spans = "", []
    for body in articles:
        if text:
            text += "\n\n"
        start = len(text)
        paragraphs, pos = [], start
        for line in body.split("\n"):
            paragraphs.append(Paragraph(pos, pos + len(line)))
            pos += len(line) + 1
        text += body
        spans.append(Article(start, len(text), paragraphs=paragraphs))
    doc = Document(id=doc_id, source="test", text=text, published=published, articles=spans,
                   meta={"outlet": outlet} if outlet else {})
    for eid, name, word in entities:
        at = text.index(word)
        doc.entities.append(Entity(eid, name, "PER", [Mention(at, at + len(word))]))
    return doc


def fill(store) -> None:
    for n, body in enumerate(FILLER):
        store.put(make(f"filler{n}", body))
