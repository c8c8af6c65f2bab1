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


def _layer_table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    return table


def rich_view(doc: Document) -> Group:
    """Every layer of a document, for a terminal."""
    parts: list = [Text(f"{doc.id}", style="bold"), Text(f"{doc.source} · {_meta_line(doc)}", style="dim")]
    parts += [Text(f"headline {i}: {h}", style="bold cyan") for i, h in enumerate(doc.headlines, 1)]
    for a, article in enumerate(doc.articles, 1):
        body = []
        for p, paragraph in enumerate(article.paragraphs, 1):
            dup = _dup(doc, paragraph)
            style = "dim" if dup else ""
            n = len(paragraph.sentences)
            label = f"¶{p} [{paragraph.start}:{paragraph.end}] {n} sentence{'' if n == 1 else 's'}"
            label += f" · {dup}" if dup else ""
            label += f" · joined: {', '.join(paragraph.joined)}" if paragraph.joined else ""
            body += [Text(label, style="yellow"), Text(doc.text[paragraph.start:paragraph.end], style=style)]
        parts.append(Panel(Group(*body), title=f"article {a}: {article.headline or '(no headline)'}",
                           title_align="left"))
    if doc.boilerplate:
        parts.append(_layer_table("boilerplate", ["reason", "span", "text"],
                                  [[b.reason, f"{b.start}:{b.end}", _one_line(doc.text[b.start:b.end], 120)]
                                   for b in doc.boilerplate]))
    if doc.entities:
        parts.append(_layer_table("entities", ["id", "type", "name", "mentions"], [
            [e.id, e.type, e.name, ", ".join(doc.text[m.start:m.end] for m in e.mentions)]
            for e in doc.entities]))
    if doc.quotes:
        parts.append(_layer_table("quotes", ["kind", "speaker", "text"], [
            [q.kind, (q.speaker.name or "?") + (" (anonymous)" if q.speaker.anonymous else ""),
             _one_line(doc.text[q.start:q.end], 120)] for q in doc.quotes]))
    if doc.times:
        parts.append(_layer_table("times", ["text", "value", "granularity"], [
            [doc.text[t.start:t.end], t.value or "?", t.granularity + (f" ({t.part_of_day})" if t.part_of_day
                                                                      else "")] for t in doc.times]))
    if doc.events:
        parts.append(_layer_table("events", ["type", "actor", "target", "date", "location"], [
            [e.type, e.actor.name, e.target.name, e.date or "", e.location.name if e.location else ""]
            for e in doc.events]))
    return Group(*parts)
