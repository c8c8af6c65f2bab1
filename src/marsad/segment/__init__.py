"""The segmentation stage: headlines, boilerplate, articles, paragraphs, sentences, tokens and
in-document duplicates, all as spans of the untouched original text.

`run(doc, config)` reads `doc.text` and the reader's hints in `doc.meta`:
- `layout == "headed"` with `id_span`: the lines before the id line are the title block;
- `title` (JSON Lines, HTML, RSS): the first article's headline when the text does not repeat it.
"""
from __future__ import annotations

import re

from ..config import Config
from ..model import Article, Boilerplate, Document, Paragraph, Sentence
from ..text.sentences import split as split_sentences
from ..text.tokens import HASHTAG, TOKEN, tokenize
from . import articles, boilerplate, duplicates, headlines, paragraphs
from .lines import lines

__all__ = ["run", "segment"]


def run(doc: Document, config: Config) -> Document:
    """Fill headlines, articles (paragraphs, sentences, tokens), boilerplate, hashtags and duplicates."""
    return segment(doc, tokens=config.segment.tokens)


def segment(doc: Document, tokens: bool = True) -> Document:
    text = doc.text
    title_lines, body_start = [], 0
    id_span = doc.meta.get("id_span")
    if id_span is None and "layout" not in doc.meta and not doc.meta.get("title"):
        id_span = _id_line(text)  # a seed-style text that came without the reader's hint
    if (doc.meta.get("layout", "headed") == "headed") and id_span:
        title_lines = lines(text, 0, int(id_span[0]))
        body_start = int(id_span[1])
    body = lines(text, body_start)
    furniture = boilerplate.find(body)
    content = [line for i, line in enumerate(body) if i not in furniture]

    title_spans = [span for line in title_lines for span in headlines.split_title(text, line, content)]
    title = doc.meta.get("title") if not title_lines else None
    title = title.strip() if isinstance(title, str) else ""
    single_page = bool(title)  # one page with its own title (JSON Lines, HTML, RSS)
    known = {headlines.key(text[s:e]) for s, e in title_spans} | ({headlines.key(title)} if title else set())
    found = headlines.find(body, furniture, known, single_page)
    blocks = paragraphs.assemble(body, found, furniture)
    if single_page and blocks and blocks[0].kind == "headline" \
            and headlines.key(text[blocks[0].start:blocks[0].end]) != headlines.key(title):
        blocks[0].kind = "paragraph"  # the input's title is the headline; this line is a standfirst
    drafts = articles.group(blocks, single_page, compilation=bool(title_lines))

    doc.headlines = [text[s:e] for s, e in title_spans]
    doc.headline_spans = list(title_spans)
    if title:
        doc.headlines = [title]
        first = drafts[0].headline if drafts else None
        if first is not None and headlines.key(text[first.start:first.end]) == headlines.key(title):
            doc.headlines, doc.headline_spans = [text[first.start:first.end]], [(first.start, first.end)]
    doc.boilerplate = [Boilerplate(body[i].start, body[i].end, reason) for i, reason in sorted(furniture.items())]
    doc.articles = [_article(text, d, tokens) for d in drafts]
    _assign_title_headlines(doc, title_spans, title)
    doc.hashtags = _hashtags(doc)
    duplicates.flag(doc)
    return doc


ID_LINE = re.compile(r"^[ \t]*([0-9a-f]{32})[ \t]*\r?$", re.M)


def _id_line(text: str) -> list[int] | None:
    """[start, end] of a 32-hex id line that follows at most three title lines at the top."""
    m = ID_LINE.search(text, 0, 2000)
    if m is None or not text[:m.start()].strip() or len(lines(text, 0, m.start())) > 3:
        return None
    return [m.start(1), m.end(1)]


def _article(text: str, draft: articles.Draft, tokens: bool) -> Article:
    paras = [Paragraph(b.start, b.end, joined=list(b.joined)) for b in draft.paragraphs]
    for p in paras:
        p.sentences = [Sentence(s, e, tokenize(text, s, e) if tokens else [])
                       for s, e in split_sentences(text, p.start, p.end)]
    head = draft.headline
    start = head.start if head else paras[0].start
    end = paras[-1].end if paras else head.end
    return Article(start, end, text[head.start:head.end] if head else None,
                   (head.start, head.end) if head else None, paras)


def _assign_title_headlines(doc: Document, title_spans: list[tuple[int, int]], title: str) -> None:
    """The first article, when it has no headline line of its own, takes the title headline that no
    later article repeats (or the input's title)."""
    if not doc.articles or doc.articles[0].headline is not None:
        return
    used = {headlines.key(a.headline) for a in doc.articles if a.headline}
    for s, e in title_spans:
        if headlines.key(doc.text[s:e]) not in used:
            doc.articles[0].headline, doc.articles[0].headline_span = doc.text[s:e], (s, e)
            return
    if title:
        doc.articles[0].headline = title


def _hashtags(doc: Document) -> list[tuple[int, int]]:
    """Spans of the hashtags in the headlines and articles (in paragraphs, the rule of hashtag tokens)."""
    if "#" not in doc.text:
        return []
    heads = set(doc.headline_spans) | {a.headline_span for a in doc.articles if a.headline_span}
    out = [m.span() for s, e in heads for m in HASHTAG.finditer(doc.text, s, e)]
    for _, _, p in doc.paragraphs():
        for s in p.sentences:
            for m in HASHTAG.finditer(doc.text, s.start, s.end):
                # the same rule as the tokenizer: a # inside a URL is part of the URL
                word = TOKEN.search(doc.text, _chunk_start(doc.text, m.start(), s.start), s.end)
                while word is not None and word.end() <= m.start():
                    word = TOKEN.search(doc.text, word.end(), s.end)
                if word is not None and word.lastgroup == "hashtag" and word.span() == m.span():
                    out.append(m.span())
    return sorted(set(out))


def _chunk_start(text: str, pos: int, floor: int) -> int:
    """Start of the run of non-space characters that holds `pos` (looking back 300 at most)."""
    low = max(floor, pos - 300)
    while pos > low and not text[pos - 1].isspace():
        pos -= 1
    return pos
