"""The view of one story: headline, summary, timeline, main entities, quotes and outlets.

Built from the article units of the story alone (they carry their sentences, entities, quotes and
resolved times with original offsets), so a story can be shown without reloading its documents.
"""
from __future__ import annotations

from collections import Counter

from .cluster import DocumentFrequency
from .summary import headline, summarise
from .units import ArticleUnit

MAIN_ENTITIES = 10
MAX_QUOTES = 20
# a bare year ("the 2000 act") names a period, not the day something happened
EVENT_GRANULARITY = {"day", "part-of-day", "week", "month"}


def in_story_order(members: list[ArticleUnit]) -> list[ArticleUnit]:
    """Dated articles by date, undated ones after them, each group in arrival order."""
    return [u for _, u in sorted(enumerate(members), key=lambda iu: (iu[1].published is None,
                                                                     iu[1].published or "", iu[0]))]


def _sentence_of(unit: ArticleUnit, start: int, end: int) -> list | None:
    for sentence in unit.sentences:
        if sentence[0] <= start and end <= sentence[1]:
            return sentence
    return None


def timeline(members: list[ArticleUnit]) -> list[dict]:
    """The story's articles and the dated events they report, by date (undated entries last)."""
    entries = []
    for unit in members:
        entries.append({"date": unit.published, "kind": "article", "text": unit.title or "",
                        "document": unit.document, "article": unit.article, "outlet": unit.outlet,
                        "url": unit.url})
        seen = set()
        for e in unit.events:  # coded events first: they say what happened, not only when
            sentence = _sentence_of(unit, e["start"], e["end"]) or [e["start"], e["end"], e["text"]]
            seen.add((e["date"], sentence[0]))
            entries.append({"date": e["date"], "kind": "event", "text": sentence[2], "event": e["type"],
                            "document": unit.document, "article": unit.article,
                            "start": sentence[0], "end": sentence[1], "outlet": unit.outlet})
        for t in unit.times:
            if t["granularity"] not in EVENT_GRANULARITY:
                continue
            sentence = _sentence_of(unit, t["start"], t["end"])
            if sentence is None or (t["value"], sentence[0]) in seen:
                continue
            seen.add((t["value"], sentence[0]))
            entries.append({"date": t["value"], "kind": "event", "text": sentence[2],
                            "document": unit.document, "article": unit.article,
                            "start": sentence[0], "end": sentence[1], "time": t["text"],
                            "outlet": unit.outlet})
    return sorted(entries, key=lambda e: (e["date"] is None, e["date"] or "", e["kind"] != "article"))


def main_entities(members: list[ArticleUnit]) -> list[dict]:
    """Entities named by the most articles of the story, then by mentions."""
    articles: Counter = Counter()
    mentions: Counter = Counter()
    label: dict[str, tuple[str, str]] = {}
    for unit in members:
        for key, (name, kind, count) in unit.entities.items():
            articles[key] += 1
            mentions[key] += count
            label.setdefault(key, (name, kind))
    ranked = sorted(articles, key=lambda k: (-articles[k], -mentions[k], k))[:MAIN_ENTITIES]
    return [{"name": label[k][0], "type": label[k][1], "articles": articles[k], "mentions": mentions[k]}
            for k in ranked]


def build_story(story: str, members: list[ArticleUnit], df: DocumentFrequency | None = None,
                summary_words: int = 250) -> dict:
    """The JSON-ready view of one story."""
    members = in_story_order(members)
    dates = [u.published for u in members if u.published]
    quotes = [{**q, "document": u.document, "article": u.article, "outlet": u.outlet}
              for u in members for q in u.quotes][:MAX_QUOTES]
    return {
        "id": story,
        "headline": headline(members, df),
        "size": len(members),
        "first": min(dates) if dates else None,
        "last": max(dates) if dates else None,
        "outlets": [{"outlet": o, "articles": n} for o, n in
                    Counter(u.outlet for u in members if u.outlet).most_common()],
        "summary": summarise(members, df, summary_words),
        "timeline": timeline(members),
        "entities": main_entities(members),
        "quotes": quotes,
        "articles": [{"document": u.document, "article": u.article, "title": u.title, "outlet": u.outlet,
                      "published": u.published, "url": u.url} for u in members],
    }
