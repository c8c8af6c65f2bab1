"""Story decisions kept in the store's SQLite file (tables of migration 0040_stories).

`StoryIndex` replays the stored decisions into a `StoryClusterer` (frequencies from every stored
article, centroids of the stories still in the window), assigns new documents online and records
each decision, or reclusters everything in batch.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone

from ..config import StoriesConfig
from ..model import Document
from .batch import cluster_batch
from .cluster import Decision, DocumentFrequency, StoryClusterer
from .story import build_story
from .summary import headline
from .units import ArticleUnit, units


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class StoryIndex:
    """Stories of one store; `path` is the SQLite file the store keeps (its migrations made the tables)."""

    def __init__(self, path: str, config: StoriesConfig | None = None) -> None:
        self.config = config or StoriesConfig()
        self.db = sqlite3.connect(path, timeout=60.0, isolation_level=None)
        exists = self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'story_articles'").fetchone()
        if not exists:
            raise ValueError(f"the store at {path} has no story tables yet (run `marsad migrate`)")
        self._clusterer: StoryClusterer | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "StoryIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- state ----------------------------------------------------------------------------
    def assigned(self) -> set[str]:
        return {d for (d,) in self.db.execute("SELECT DISTINCT document_id FROM story_articles")}

    def clusterer(self) -> StoryClusterer:
        """The online clusterer with the stored decisions replayed (active stories only)."""
        if self._clusterer is not None:
            return self._clusterer
        df = DocumentFrequency(self.config.background)
        for (terms,) in self.db.execute("SELECT json_extract(unit, '$.terms') FROM story_articles"):
            df.add(json.loads(terms))  # every stored article counts, active or not
        newest = self.db.execute("SELECT max(published) FROM story_articles").fetchone()[0]
        horizon = (date.fromisoformat(newest[:10]) - timedelta(days=self.config.window_days)).isoformat() \
            if newest else ""
        # only the stories still in the window are rebuilt, from their articles' whole signatures
        replay = [(sid, ArticleUnit.from_json(json.loads(u))) for sid, u in self.db.execute(
            "SELECT story_id, unit FROM story_articles WHERE story_id IN (SELECT story_id FROM "
            "story_articles WHERE published IS NULL OR published >= ?) ORDER BY seq", (horizon,))]
        clusterer = StoryClusterer(self.config, df)
        for sid, unit in replay:
            clusterer.apply(unit, Decision(unit.key, sid, 1.0, "replay"))
        self._clusterer = clusterer
        return clusterer

    # -- writing --------------------------------------------------------------------------
    def _record(self, cur, rows: list[tuple[ArticleUnit, Decision, str]], refresh: bool = True) -> None:
        seq = cur.execute("SELECT coalesce(max(seq), 0) FROM story_articles").fetchone()[0]
        cur.executemany(
            "INSERT OR REPLACE INTO story_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(u.document, u.article, sid, seq + i + 1, round(d.score, 4), d.reason, u.published, _now(),
              json.dumps(u.to_json(), ensure_ascii=False)) for i, (u, d, sid) in enumerate(rows)])
        if refresh:
            self._refresh(cur, {sid for _, _, sid in rows})

    def _refresh(self, cur, stories: set[str]) -> None:
        """Recompute the listed stories' rows (headline, size, dates) from their members."""
        df = self._clusterer.df if self._clusterer else None
        for sid in stories:
            members = [ArticleUnit.from_json(json.loads(u)) for (u,) in cur.execute(
                "SELECT unit FROM story_articles WHERE story_id = ? ORDER BY seq", (sid,))]
            dates = [u.published for u in members if u.published]
            title = headline(members, df)
            cur.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                        (sid, title["text"] if title else None, len(members),
                         min(dates) if dates else None, max(dates) if dates else None, _now()))

    def _write(self, work) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            work(self.db.cursor())
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def place(self, doc: Document) -> list[tuple[ArticleUnit, Decision, str]]:
        """Decide and apply each article of one new document in memory; `write` persists the rows."""
        clusterer = self.clusterer()
        rows = []
        for unit in units(doc):
            clusterer.df.add(unit.terms)
            vec = clusterer.vector(unit)
            decision = clusterer.decide(unit, vec)
            rows.append((unit, decision, clusterer.apply(unit, decision, vec)))
        return rows

    def write(self, rows: list[tuple[ArticleUnit, Decision, str]], refresh: set[str] = frozenset()) -> None:
        """Persist decisions and recompute the `refresh` stories' rows, in one transaction."""
        def work(cur) -> None:
            self._record(cur, rows, refresh=False)
            self._refresh(cur, set(refresh))

        self._write(work)

    def assign(self, docs: Iterable[Document], flush: int = 1000) -> list[tuple[str, Decision, str]]:
        """Cluster new documents online (those already assigned are skipped), writing the decisions
        every `flush` articles; returns (article key, decision, story id) for each."""
        done = self.assigned()
        pending, decided, touched = [], [], set()
        for doc in docs:
            if doc.id in done:
                continue
            done.add(doc.id)
            for unit, decision, sid in self.place(doc):
                pending.append((unit, decision, sid))
                decided.append((unit.key, decision, sid))
                touched.add(sid)
            if len(pending) >= flush:
                batch, pending = pending, []
                self.write(batch)
        self.write(pending, touched)  # once per run: a big story's headline is not redone per batch
        return decided

    def recluster(self, docs: Iterable[Document]) -> int:
        """Forget every decision and cluster all the documents again in batch; returns the story count."""
        items = [u for doc in docs for u in units(doc)]
        story_of = cluster_batch(items, self.config)
        df = DocumentFrequency(self.config.background)
        for unit in items:
            df.add(unit.terms)
        self._clusterer = StoryClusterer(self.config, df)
        rows = [(u, Decision(u.key, story_of[u.key], 1.0, "batch"), story_of[u.key]) for u in items]

        def work(cur) -> None:
            cur.execute("DELETE FROM story_articles")
            cur.execute("DELETE FROM stories")
            self._record(cur, rows)

        self._write(work)
        self._clusterer = None  # replayed from the new decisions when next needed
        return len(set(story_of.values()))

    # -- reading --------------------------------------------------------------------------
    def stories(self, since: str | None = None, limit: int | None = None) -> list[dict]:
        """Stories, most recently active first (undated ones last), optionally those active since a date."""
        sql = "SELECT id, headline, size, first_published, last_published FROM stories"
        args: list = []
        if since:
            sql += " WHERE last_published >= ?"
            args.append(since)
        sql += " ORDER BY last_published IS NULL, last_published DESC, size DESC, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [{"id": i, "headline": h, "size": n, "first": f, "last": last}
                for i, h, n, f, last in self.db.execute(sql, args)]

    def members(self, story: str) -> list[ArticleUnit]:
        return [ArticleUnit.from_json(json.loads(u)) for (u,) in self.db.execute(
            "SELECT unit FROM story_articles WHERE story_id = ? ORDER BY seq", (story,))]

    def story(self, story: str) -> dict | None:
        """The full view of one story, or None when there is no such story."""
        members = self.members(story)
        if not members:
            return None
        return build_story(story, members, self.clusterer().df, self.config.summary_words)
