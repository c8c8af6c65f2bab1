"""The groups of copies the index holds: each canonical (first seen) with everywhere it appeared."""
from __future__ import annotations

from collections import defaultdict

from .index import DedupIndex
from .signature import ARTICLE, PARAGRAPH


def _where(document: str, input_id, outlet, published, article, paragraph) -> dict:
    out = {"document": document, "outlet": outlet, "published": published, "article": article}
    if input_id is not None:  # stored under another id than the input's
        out["input_id"] = input_id
    if paragraph is not None:
        out["paragraph"] = paragraph
    return out


def groups(index: DedupIndex, level: str = ARTICLE) -> list[dict]:
    """Groups of copies at one level (article or paragraph), canonical first, in arrival order.

    Each group: {"level", "canonical": where, "copies": [where + kind + score]}; at article level,
    articles wholly contained in another document come as {"level", "contained": where, "in":
    where, "share"}.
    """
    paragraph_test = "IS NOT NULL" if level == PARAGRAPH else "IS NULL"
    rows = index.db.execute(
        "SELECT i.canonical, i.id, d.document, d.input_id, d.outlet, d.published, i.article, i.paragraph,"
        " i.kind, i.score FROM dedup_item i JOIN dedup_document d ON d.id = i.doc "
        f"WHERE i.canonical IS NOT NULL AND i.paragraph {paragraph_test} ORDER BY i.canonical, i.id")
    copies: dict[int, list[dict]] = defaultdict(list)
    for canonical, _, document, input_id, outlet, published, article, paragraph, kind, score in rows:
        copies[canonical].append({**_where(document, input_id, outlet, published, article, paragraph),
                                  "kind": kind, "score": round(score, 3)})
    heads = {}
    ids = sorted(copies)
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for cid, document, input_id, outlet, published, article, paragraph in index.db.execute(
                "SELECT i.id, d.document, d.input_id, d.outlet, d.published, i.article, i.paragraph"
                " FROM dedup_item i"
                f" JOIN dedup_document d ON d.id = i.doc WHERE i.id IN ({','.join('?' * len(part))})", part):
            heads[cid] = _where(document, input_id, outlet, published, article, paragraph)
    out = [{"level": level, "canonical": heads[c], "copies": copies[c]} for c in ids]
    if level == ARTICLE:
        for row in index.db.execute(
                "SELECT d.document, d.input_id, d.outlet, d.published, i.article, k.document, k.outlet,"
                " k.published, c.share FROM dedup_containment c JOIN dedup_item i ON i.id = c.item"
                " JOIN dedup_document d ON d.id = i.doc JOIN dedup_document k ON k.id = c.container"
                " ORDER BY c.item, c.container"):
            out.append({"level": level, "contained": _where(*row[:5], None),
                        "in": {"document": row[5], "outlet": row[6], "published": row[7]},
                        "share": round(row[8], 3)})
    return out


def summary(index: DedupIndex) -> dict[str, int]:
    """Counts for a closing line: documents, items, copies per level, containments."""
    db = index.db
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": one("SELECT count(*) FROM dedup_document"),
        "paragraphs": one("SELECT count(*) FROM dedup_item WHERE paragraph IS NOT NULL"),
        "paragraph_copies": one("SELECT count(*) FROM dedup_item WHERE paragraph IS NOT NULL"
                                " AND canonical IS NOT NULL"),
        "article_copies": one("SELECT count(*) FROM dedup_item WHERE paragraph IS NULL"
                              " AND canonical IS NOT NULL"),
        "article_groups": one("SELECT count(DISTINCT canonical) FROM dedup_item WHERE paragraph IS NULL"
                              " AND canonical IS NOT NULL"),
        "contained": one("SELECT count(*) FROM dedup_containment"),
    }
