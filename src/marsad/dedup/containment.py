"""Articles wholly contained in another document, such as a compilation that reprints them.

Worked out from paragraph copies, both ways: an article of the new document whose paragraphs
(weighed by their shingles) are nearly all copies of paragraphs of one earlier document, and an
earlier article nearly all of whose paragraphs the new document copies. A pair of articles that
is already a copy at article level is not reported again.
"""
from __future__ import annotations

from collections import defaultdict

from .signature import ARTICLE, PARAGRAPH


def _in(values) -> str:
    return ",".join("?" * len(values))


def article_containment(index, doc_key: int, decided: list, threshold: float) -> list[tuple]:
    """Rows (contained article item, container document key, share) for one new document.
    An article shorter than `config.containment_min` shingles (a stray line) is never reported."""
    least = index.config.containment_min
    before = doc_key if doc_key >= 0 else 1 << 62  # a document not indexed comes after them all
    own = {k.id for k in decided}
    paras = [k for k in decided if k.level == PARAGRAPH]
    articles = {k.article: k for k in decided if k.level == ARTICLE}
    outside = sorted({k.root for k in paras if k.root not in own})
    if not outside:
        return []
    # the earlier paragraphs in the same groups as ours, by document
    roots_in: dict[int, set[int]] = defaultdict(set)
    covered_theirs: dict[tuple[int, int], int] = defaultdict(int)
    for i in range(0, len(outside), 400):
        part = outside[i:i + 400]
        for pid, doc, article, size, canonical in index.db.execute(
                "SELECT id, doc, article, size, canonical FROM dedup_item WHERE paragraph IS NOT NULL "
                f"AND (id IN ({_in(part)}) OR canonical IN ({_in(part)}))", part + part):
            if doc == doc_key or doc > before:  # only documents that came before this one
                continue
            roots_in[doc].add(canonical if canonical is not None else pid)
            covered_theirs[(doc, article)] += size
    docs = sorted(roots_in)
    totals, their_articles = {}, {}
    for i in range(0, len(docs), 400):
        part = docs[i:i + 400]
        for doc, article, size in index.db.execute(
                "SELECT doc, article, sum(size) FROM dedup_item WHERE paragraph IS NOT NULL "
                f"AND doc IN ({_in(part)}) GROUP BY doc, article", part):
            totals[(doc, article)] = size
        for aid, doc, article, canonical in index.db.execute(
                f"SELECT id, doc, article, canonical FROM dedup_item WHERE paragraph IS NULL "
                f"AND doc IN ({_in(part)})", part):
            their_articles[(doc, article)] = (aid, canonical if canonical is not None else aid)
    our_article_roots = {k.root for k in articles.values()}
    roots_of_their_articles: dict[int, set[int]] = defaultdict(set)
    for (doc, _), (_, root) in their_articles.items():
        roots_of_their_articles[doc].add(root)

    rows = []
    # ours within theirs
    by_article: dict[int, list] = defaultdict(list)
    for k in paras:
        by_article[k.article].append(k)
    for a, members in by_article.items():
        art = articles.get(a)
        total = sum(k.size for k in members)
        if art is None or total < least:
            continue
        for doc in docs:
            if art.root in roots_of_their_articles[doc]:
                continue
            share = sum(k.size for k in members if k.root in roots_in[doc]) / total
            if share >= threshold:
                rows.append((art.id, doc, round(share, 4)))
    # theirs within ours
    if doc_key >= 0:
        for (doc, article), covered in covered_theirs.items():
            total = totals.get((doc, article))
            found = their_articles.get((doc, article))
            if not total or total < least or found is None or found[1] in our_article_roots:
                continue
            share = min(1.0, covered / total)
            if share >= threshold:
                rows.append((found[0], doc_key, round(share, 4)))
    return rows
