"""Batch clustering (`marsad stories --recluster`, `marsad eval stories`): all articles are known.

The online pass is order-dependent: a story's first articles met it as one article and may have
started stories of their own. With the whole batch at hand, frequencies are counted over all of
it first, each article is moved once more to its best story (refinement), and stories whose
centroids agree are merged (as long as they stay cohesive and within the time window).
"""
from __future__ import annotations

import heapq
import math
from datetime import date

from ..config import StoriesConfig
from .cluster import DocumentFrequency, StoryClusterer, StoryState
from .units import ArticleUnit

MERGE_TERMS = 20  # strongest centroid terms that find candidate pairs of stories
MAX_SHARING = 50  # a term strong in more stories than this is a topic word: it proposes no pairs


def _unit(story: StoryState) -> dict[str, float]:
    norm = math.sqrt(story.norm2) or 1.0
    return {t: w / norm for t, w in story.centroid.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _days_apart(a: StoryState, b: StoryState) -> int | None:
    if not (a.first_day and b.first_day):
        return None
    if a.last_day < b.first_day:
        return (b.first_day - a.last_day).days
    if b.last_day < a.first_day:
        return (a.first_day - b.last_day).days
    return 0


def _join(clusterer: StoryClusterer, keep: StoryState, gone: StoryState, cross: float) -> None:
    """Fold story `gone` into `keep` (cross: the sum of cosines between their members)."""
    for t, w in gone.centroid.items():
        keep.centroid[t] = keep.centroid.get(t, 0.0) + w
    keep.norm2 = sum(w * w for w in keep.centroid.values())
    keep.pair_sum += gone.pair_sum + cross
    keep.entities.update(gone.entities)
    keep.members.extend(gone.members)
    keep.days.update(gone.days)
    keep.recent = sorted(keep.recent + gone.recent, key=lambda r: (r[1] is not None, r[1] or date.min))
    del keep.recent[:-clusterer.config.member_memory]
    for day in (gone.first_day, gone.last_day):
        if day:
            keep.first_day = min(keep.first_day or day, day)
            keep.last_day = max(keep.last_day or day, day)
    for key in gone.members:
        clusterer.story_of[key] = keep.id
    del clusterer.stories[gone.id]


def merge_stories(clusterer: StoryClusterer) -> int:
    """One round of merging story pairs whose centroid cosine reaches `merge_threshold`; returns merges."""
    config = clusterer.config
    stories = list(clusterer.stories.values())
    units_of = {s.id: _unit(s) for s in stories}
    index: dict[str, list[str]] = {}
    for s in stories:
        for term, _ in heapq.nlargest(MERGE_TERMS, units_of[s.id].items(), key=lambda kv: kv[1]):
            index.setdefault(term, []).append(s.id)
    pairs = {}
    for ids in index.values():
        if len(ids) > MAX_SHARING:
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if (a, b) not in pairs:
                    pairs[(a, b)] = _dot(units_of[a], units_of[b])
    merged, touched = 0, set()
    for (a, b), cosine in sorted(pairs.items(), key=lambda kv: -kv[1]):
        if cosine < config.merge_threshold:
            break
        if a in touched or b in touched:
            continue  # one merge per story per round: merged centroids are compared next round
        sa, sb = clusterer.stories[a], clusterer.stories[b]
        gap = _days_apart(sa, sb)
        if gap is not None and gap > config.window_days:
            continue
        if sa.first_day and sb.first_day:  # the same age penalty an article meets (cluster.py)
            span = (max(sa.last_day, sb.last_day) - min(sa.first_day, sb.first_day)).days
            if cosine < config.merge_threshold + config.age_penalty * max(0, span - config.window_days):
                continue
        cross = _dot(sa.centroid, sb.centroid)
        n = len(sa.members) + len(sb.members)
        if (sa.pair_sum + sb.pair_sum + cross) / (n * (n - 1) / 2) < config.cohesion:
            continue
        if cross / (len(sa.members) * len(sb.members)) < clusterer.fit_needed(n):
            continue  # the same size-dependent cohesion an article needs to join a story
        keep, gone = (sa, sb) if len(sa.members) >= len(sb.members) else (sb, sa)
        _join(clusterer, keep, gone, cross)
        touched.update((a, b))
        merged += 1
    return merged


def cluster_batch(items: list[ArticleUnit], config: StoriesConfig | None = None) -> dict[str, str]:
    """Cluster a whole batch from scratch; returns unit key -> story id."""
    config = config or StoriesConfig()
    df = DocumentFrequency(config.background)
    for unit in items:
        df.add(unit.terms)
    clusterer = StoryClusterer(config, df, learn_df=False)
    ordered = [u for _, u in sorted(enumerate(items), key=lambda iu: (iu[1].day is None,
                                                                     iu[1].day or date.min, iu[0]))]
    vectors = {}
    for unit in ordered:
        vectors[unit.key] = vec = clusterer.vector(unit)
        clusterer.apply(unit, clusterer.decide(unit, vec), vec)
    for _ in range(config.refine_passes):
        if not clusterer.refine(ordered, vectors):
            break
    for _ in range(config.merge_rounds):
        if not merge_stories(clusterer):
            break
    return dict(clusterer.story_of)
