"""Human views of one analysed document: a plain-text outline (`marsad read --format text`)
and a rich view with every layer (`marsad show`)."""
from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Document

SNIPPET = 90  # characters of a paragraph the outline shows


def _one_line(text: str, width: int | None) -> str:
    text = " ".join(text.split())
    return text if width is None or len(text) <= width else text[:width - 1] + "…"


def _meta_line(doc: Document) -> str:
    parts = [f"published {doc.published}" if doc.published else "no publication date"]
    parts += [f"{key} {doc.meta[key]}" for key in ("outlet", "url", "author") if doc.meta.get(key)]
    return " · ".join(parts)


def _dup(doc: Document, paragraph) -> str:
    ref = paragraph.duplicate_of
    if ref is None:
        return ""
    where = f"article {ref.article + 1} ¶{ref.paragraph + 1}"
    return f"duplicate of {where}" + (f" of {ref.document}" if ref.document else "")


def outline(doc: Document, width: int | None = SNIPPET) -> str:
    """Headlines, articles with their paragraphs, duplicates and boilerplate, as plain text."""
    lines = [f"document {doc.id}  ({doc.source})", f"  {_meta_line(doc)}"]
    if doc.headlines:
        lines.append("  headlines:")
        lines += [f"    {i}. {h}" for i, h in enumerate(doc.headlines, 1)]
    for a, article in enumerate(doc.articles, 1):
        lines.append(f"  article {a}: {article.headline or '(no headline)'}  "
                     f"[{article.start}:{article.end}, {len(article.paragraphs)} paragraphs]")
        for p, paragraph in enumerate(article.paragraphs, 1):
            dup = _dup(doc, paragraph)
            body = f"= {dup}" if dup else _one_line(doc.text[paragraph.start:paragraph.end], width)
            lines.append(f"    ¶{p} {body}")
    if doc.boilerplate:
        lines.append("  boilerplate:")
        lines += [f"    [{b.reason or 'boilerplate'}] {_one_line(doc.text[b.start:b.end], width)}"
                  for b in doc.boilerplate]
    if doc.hashtags:
        lines.append("  hashtags: " + " ".join(doc.text[s:e] for s, e in doc.hashtags))
    counts = [f"{len(items)} {name}" for name, items in
              (("entities", doc.entities), ("quotes", doc.quotes), ("times", doc.times),
               ("events", doc.events)) if items]
    if counts:
        lines.append("  layers: " + ", ".join(counts))
    return "\n".join(lines) + "\n"


# a style per entity type, used for the mentions in the text and the entity list alike
ENTITY_STYLES = {"PER": "bold magenta", "ORG": "bold cyan", "LOC": "bold green", "MISC": "bold yellow"}


def _layer_table(title: str, columns: list[str], rows: list[list]) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    for column in columns:
        table.add_column(column)
    for row in rows:  # cells are plain text: a bracket in a document is no markup
        table.add_row(*(cell if isinstance(cell, Text) else Text(cell) for cell in row))
    return table


def highlighted(doc: Document, start: int, end: int, style: str = "") -> Text:
    """doc.text[start:end] with every entity mention inside it styled by the entity's type."""
    text = Text(doc.text[start:end], style=style)
    for entity in doc.entities:
        for m in entity.mentions:
            if start <= m.start and m.end <= end:
                text.stylize(ENTITY_STYLES.get(entity.type, "bold"), m.start - start, m.end - start)
    return text


def _entity_rows(doc: Document) -> list[list]:
    """id, type, name, mention count and the distinct forms, most mentioned first."""
    rows = []
    for e in sorted(doc.entities, key=lambda e: -len(e.mentions)):
        forms = list(dict.fromkeys(doc.text[m.start:m.end] for m in e.mentions))
        rows.append([e.id, Text(e.type, style=ENTITY_STYLES.get(e.type, "")), e.name, str(len(e.mentions)),
                     _one_line("، ".join(forms), 80)])
    return rows


def _argument(arg) -> str:
    return arg.name if arg else ""


def rich_view(doc: Document) -> Group:
    """Every layer of a document, for a terminal; entity mentions are highlighted in the text."""
    parts: list = [Text(f"{doc.id}", style="bold"), Text(f"{doc.source} · {_meta_line(doc)}", style="dim")]
    for i, h in enumerate(doc.headlines, 1):
        line = Text(f"headline {i}: ", style="bold cyan")
        span = doc.headline_spans[i - 1] if i <= len(doc.headline_spans) else None
        line.append_text(highlighted(doc, *span, style="bold cyan") if span else Text(h, style="bold cyan"))
        parts.append(line)
    if doc.entities:
        parts.append(Text.assemble("entities: ", *[(f"{t} ", s) for t, s in ENTITY_STYLES.items()],
                                   style="dim"))
    for a, article in enumerate(doc.articles, 1):
        body = []
        for p, paragraph in enumerate(article.paragraphs, 1):
            dup = _dup(doc, paragraph)
            style = "dim" if dup else ""
            n = len(paragraph.sentences)
            label = f"¶{p} [{paragraph.start}:{paragraph.end}] {n} sentence{'' if n == 1 else 's'}"
            label += f" · {dup}" if dup else ""
            label += f" · joined: {', '.join(paragraph.joined)}" if paragraph.joined else ""
            body += [Text(label, style="yellow"), highlighted(doc, paragraph.start, paragraph.end, style)]
        parts.append(Panel(Group(*body), title=f"article {a}: {article.headline or '(no headline)'}",
                           title_align="left"))
    if doc.boilerplate:
        parts.append(_layer_table("boilerplate", ["reason", "span", "text"],
                                  [[b.reason, f"{b.start}:{b.end}", _one_line(doc.text[b.start:b.end], 120)]
                                   for b in doc.boilerplate]))
    if doc.entities:
        parts.append(_layer_table("entities", ["id", "type", "name", "mentions", "forms"], _entity_rows(doc)))
    if doc.quotes:
        parts.append(_layer_table("quotes", ["speaker", "", "text"], [
            [(q.speaker.name or "?") + (" (anonymous)" if q.speaker.anonymous else ""), "→",
             f"[{q.kind}] " + _one_line(doc.text[q.start:q.end], 100)] for q in doc.quotes]))
    if doc.times:
        parts.append(_layer_table("times", ["text", "", "value"], [
            [doc.text[t.start:t.end], "→", (t.value or "?") + f" ({t.granularity}"
             + (f", {t.part_of_day}" if t.part_of_day else "") + ")"] for t in doc.times]))
    if doc.events:
        parts.append(_layer_table("events", ["type", "actor", "target", "date", "location"], [
            [e.type, _argument(e.actor), _argument(e.target), e.date or "", _argument(e.location)]
            for e in doc.events]))
    return Group(*parts)
