"""Realistic analysed documents with every layer, for the store tests and the crash writer."""
from __future__ import annotations

from marsad.model import (
    Article, Boilerplate, Document, Entity, Event, EventArgument, Mention, Paragraph, ParagraphRef,
    Quote, Sentence, Speaker, TimeExpression, Token,
)

HEADLINE = "وزير الخارجية يزور القاهرة"
BODY = ("قال وزير الخارجية إن الزيارة ناجحة.\n\n"
        "وأضاف أن المحادثات ستستمر غداً.\n\n"
        "قال وزير الخارجية إن الزيارة ناجحة.\n\n"
        "شاهد أيضاً: أخبار أخرى")


def make_document(n: int = 0, doc_id: str | None = None, variant: str = "") -> Document:
    """A realistic analysed document with every layer; `n` and `variant` change its text."""
    text = f"{HEADLINE} {n}{variant}\n\n{BODY}"
    head_end = text.index("\n")
    starts = [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    spans = [(s, text.find("\n\n", s) if text.find("\n\n", s) != -1 else len(text)) for s in starts]
    p1, p2, p3, tail = spans

    def paragraph(start: int, end: int, dup=None) -> Paragraph:
        words, pos = [], start
        for word in text[start:end].split():
            at = text.index(word, pos)
            words.append(Token(at, at + len(word), "word", word))
            pos = at + len(word)
        stem = (words[0].start, words[0].end)
        words[0].stem = stem
        return Paragraph(start, end, [Sentence(start, end, words)], dup)

    minister = text.index("وزير الخارجية", p1[0])
    tomorrow = text.index("غداً")
    return Document(
        id=doc_id or f"doc{n:05d}", source=f"corpus/{n}.txt", text=text, published="2024-03-01",
        headlines=[text[:head_end]], headline_spans=[(0, head_end)],
        articles=[Article(0, p3[1], text[:head_end], (0, head_end), [
            paragraph(*p1), paragraph(*p2), paragraph(*p3, dup=ParagraphRef(0, 0))])],
        boilerplate=[Boilerplate(*tail, reason="see-also")],
        hashtags=[],
        entities=[Entity("E1", "وزير الخارجية", "PER",
                         [Mention(minister, minister + len("وزير الخارجية"), "PER")])],
        quotes=[Quote("reported", text.index("إن", p1[0]), p1[1],
                      Speaker("وزير الخارجية", "E1", minister, minister + 13), partial=False)],
        times=[TimeExpression(tomorrow, tomorrow + 4, "2024-03-02", "day")],
        events=[Event("CONSULT", EventArgument("وزير الخارجية", "E1"), EventArgument("القاهرة"),
                      0, head_end, "2024-03-01", EventArgument("القاهرة"))],
        meta={"outlet": "example", "url": f"https://example.com/{n}", "title": text[:head_end],
              "line": n + 1, "section": "politics"},
    )


if __name__ == "__main__":
    # the crash tests' writer: store documents FIRST..LAST-1 one at a time, as a batch would
    import sys

    from marsad.store import open_store

    db, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open_store(db) as store:
        for n in range(first, last):
            store.put(make_document(n))
