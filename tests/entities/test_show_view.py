"""The view behind `marsad show`: entity mentions highlighted by type in the text, the document's
entities with ids and mention counts, and quotes, times and events in brief."""
from io import StringIO

from rich.console import Console

from marsad.model import (Article, Document, Entity, Event, EventArgument, Mention, Paragraph, Quote,
                          Speaker, TimeExpression)
from marsad.pipeline.views import ENTITY_STYLES, highlighted, rich_view

TEXT = ("قمة في موسكو\n\nقال الرئيس فلاديمير بوتين أمس في موسكو إن \"المحادثات مثمرة\". "
        "وأضاف بوتين أن روسيا ستدعم الاتفاق.")


def document() -> Document:
    def span(word: str, nth: int = 1) -> tuple[int, int]:
        start = -1
        for _ in range(nth):
            start = TEXT.index(word, start + 1)
        return start, start + len(word)

    body = (14, len(TEXT))
    putin = Entity("per:فلاديمير_بوتين", "فلاديمير بوتين", "PER",
                   [Mention(*span("فلاديمير بوتين"), "PER"), Mention(*span("بوتين", 2), "PER")])
    moscow = Entity("loc:موسكو", "موسكو", "LOC", [Mention(*span("موسكو"), "LOC"),
                                                   Mention(*span("موسكو", 2), "LOC")])
    russia = Entity("loc:روسيا", "روسيا", "LOC", [Mention(*span("روسيا"), "LOC")])
    quote = Quote("direct", *span("المحادثات مثمرة"), Speaker("فلاديمير بوتين", putin.id))
    when = TimeExpression(*span("أمس"), "2024-05-01", "day")
    event = Event("AGREE", EventArgument("روسيا", russia.id), EventArgument("الاتفاق"),
                  *span("ستدعم الاتفاق"), date="2024-05-02")
    return Document(id="d1", source="in/d1.txt", text=TEXT, published="2024-05-02",
                    headlines=["قمة في موسكو"], headline_spans=[(0, 12)],
                    articles=[Article(*body, "قمة في موسكو", (0, 12), [Paragraph(*body)])],
                    entities=[moscow, putin, russia], quotes=[quote], times=[when], events=[event])


def render(doc: Document) -> str:
    out = StringIO()
    Console(file=out, width=200, highlight=False, color_system=None).print(rich_view(doc))
    return out.getvalue()


def test_mentions_are_styled_by_type_in_the_paragraph_and_headline():
    doc = document()
    paragraph = doc.articles[0].paragraphs[0]
    text = highlighted(doc, paragraph.start, paragraph.end)
    styled = {(text.plain[s.start:s.end], str(s.style)) for s in text.spans}
    assert styled == {("فلاديمير بوتين", ENTITY_STYLES["PER"]), ("بوتين", ENTITY_STYLES["PER"]),
                      ("موسكو", ENTITY_STYLES["LOC"]), ("روسيا", ENTITY_STYLES["LOC"])}
    assert text.plain == TEXT[paragraph.start:paragraph.end]  # the text itself is untouched
    headline = highlighted(doc, 0, 12)
    assert [(headline.plain[s.start:s.end], str(s.style)) for s in headline.spans] == [
        ("موسكو", ENTITY_STYLES["LOC"])]


def test_view_lists_entities_with_counts_quotes_times_and_events():
    out = render(document())
    print(out)
    lines = out.splitlines()
    putin = next(line for line in lines if "per:فلاديمير_بوتين" in line)
    assert "PER" in putin and "│ 2 " in putin and "فلاديمير بوتين، بوتين" in putin
    russia = next(line for line in lines if "loc:روسيا" in line)
    assert "│ 1 " in russia
    # most mentioned first
    assert out.index("per:فلاديمير_بوتين") < out.index("loc:روسيا")
    assert any("فلاديمير بوتين" in line and "→" in line and "[direct] المحادثات مثمرة" in line
               for line in lines)
    assert any("أمس" in line and "→" in line and "2024-05-01 (day)" in line for line in lines)
    assert any("AGREE" in line and "روسيا" in line and "الاتفاق" in line and "2024-05-02" in line
               for line in lines)
    assert "قال الرئيس فلاديمير بوتين أمس في موسكو" in out


def test_a_document_without_layers_still_shows():
    doc = document()
    doc.entities, doc.quotes, doc.times, doc.events = [], [], [], []
    out = render(doc)
    assert "entities" not in out and "قال الرئيس" in out
