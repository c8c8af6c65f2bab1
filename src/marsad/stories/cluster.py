"""Online story clustering: each article unit joins the most similar active story or starts one.

Three steps, as for every corpus-wide stage: the unit's signature (units.py) is made locally;
`decide` compares it with the active stories (TF-IDF cosine to the story centroid, plus shared
entities, gated by time); `apply` records the decision and updates the story. Stories whose last
article is older than the window are no longer candidates, so a topic that comes back months
later (another dispute, another rate decision) starts a new story.
"""
from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..config import StoriesConfig
from .units import ArticleUnit


def story_id(first_member: str) -> str:
    """Stable id of a story, from the key of the article that started it."""
    return "s" + hashlib.sha1(first_member.encode("utf-8")).hexdigest()[:12]


class DocumentFrequency:
    """How many units hold each term; IDF is computed from it at decision time.

    `background=True` starts from the shipped counts over general news (background.py).
    """

    def __init__(self, background: bool = False) -> None:
        self.n = 0
        self.df: Counter = Counter()
        if background:
            from ..text.background import load  # not at import: `python -m ...background` rebuilds it
            n, df = load()
            self.n, self.df = n, Counter(df)

    def add(self, terms) -> None:
        self.n += 1
        self.df.update(terms.keys() if isinstance(terms, dict) else terms)

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 1)) + 1.0


@dataclass
class StoryState:
    id: str
    centroid: dict[str, float] = field(default_factory=dict)  # sum of member vectors
    norm2: float = 0.0
    pair_sum: float = 0.0  # sum of the members' pairwise cosines: how tightly the story holds together
    entities: Counter = field(default_factory=Counter)
    members: list[str] = field(default_factory=list)
    # the newest members' strongest terms (key, day, weights): a new article is compared with
    # them, not only with the centroid, which drifts towards a topic's common words as it grows
    recent: list[tuple[str, date | None, dict[str, float]]] = field(default_factory=list)
    days: Counter = field(default_factory=Counter)  # members per day (None for undated ones)
    first_day: date | None = None
    last_day: date | None = None

    def size_near(self, day: date | None, window: int) -> int:
        """How many members fall within `window` days of `day` (all of them for an undated article)."""
        if day is None:
            return len(self.members)
        return sum(n for d, n in self.days.items() if d is None or abs((day - d).days) <= window)

    def gap(self, day: date | None) -> int | None:
        """Days between `day` and the story's span of days; None when either is undated."""
        if day is None or self.last_day is None:
            return None
        if day > self.last_day:
            return (day - self.last_day).days
        if self.first_day and day < self.first_day:
            return (self.first_day - day).days
        return 0


@dataclass
class MemberFit:
    """How an article compares with a story's recent members in its time window."""
    nearest: float  # mean cosine to its `link_members` most similar members
    mean: float  # mean cosine to all of them: does it fit the story, not just one member?
    best: float  # cosine to the most similar member (a reprint is close to 1)
    size: int  # the story's members within the window, remembered or not


@dataclass
class Decision:
    unit: str  # the unit's key
    story: str | None  # the story it joins; None starts a new one
    score: float
    reason: str  # similar | reprint (of a member, by cosine) | copy (from dedup) | fragment | new


class StoryClusterer:
    def __init__(self, config: StoriesConfig | None = None, df: DocumentFrequency | None = None,
                 learn_df: bool = True) -> None:
        self.config = config or StoriesConfig()
        self.df = df or DocumentFrequency(self.config.background)
        self.learn_df = learn_df  # False when the frequencies were counted over the whole batch first
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}  # unit key -> story id
        # dicts used as ordered sets, so that ties break the same way in every run
        self.document_stories: dict[str, dict[str, None]] = defaultdict(dict)  # document id -> its stories
        self.postings: dict[str, dict[str, None]] = defaultdict(dict)  # term -> active story ids
        self.newest: date | None = None

    # -- signature to vector --------------------------------------------------------------
    def vector(self, unit: ArticleUnit) -> dict[str, float]:
        """Sublinear TF-IDF of the unit's terms, its strongest terms only, L2-normalised."""
        weights = {t: (1.0 + math.log(n)) * self.df.idf(t) for t, n in unit.terms.items() if n > 0}
        if len(weights) > self.config.vector_terms:
            weights = dict(heapq.nlargest(self.config.vector_terms, weights.items(), key=lambda kv: kv[1]))
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    # -- decision -------------------------------------------------------------------------
    def _active(self, story: StoryState, day: date | None) -> bool:
        gap = story.gap(day)
        if gap is None:  # an undated article: the story must not be stale against the newest date
            if story.last_day is None or self.newest is None:
                return True
            return (self.newest - story.last_day).days <= self.config.window_days
        return gap <= self.config.window_days

    def _candidates(self, vec: dict[str, float]) -> list[str]:
        """Stories sharing the unit's strongest terms, ranked by the weight they share."""
        shared: dict[str, float] = defaultdict(float)
        query = heapq.nlargest(self.config.query_terms, vec.items(), key=lambda kv: kv[1])
        for term, weight in query:
            for sid in self.postings.get(term, ()):
                if sid in self.stories:
                    shared[sid] += weight
        return heapq.nlargest(self.config.candidates, shared, key=shared.__getitem__)

    def entity_evidence(self, unit: ArticleUnit, story: StoryState) -> float:
        """From -1 to 1: the share of the unit's named entities the story also names, centred on
        one half (naming half of them is neutral); 0 when either side has no entities."""
        if not unit.entities or not story.entities:
            return 0.0
        names = set(unit.entities)
        return 2 * len(names & story.entities.keys()) / len(names) - 1

    def score(self, unit: ArticleUnit, vec: dict[str, float], story: StoryState) -> tuple[float, float]:
        """(cosine to the centroid plus the entity bonus, mean cosine to the members)."""
        dot = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items())
        cosine = dot / (math.sqrt(story.norm2) or 1.0)
        return cosine + self.config.entity_weight * self.entity_evidence(unit, story), dot

    def cohesion_after(self, story: StoryState, dot: float) -> float:
        """Mean pairwise cosine of the story's members if the unit (with `dot` to the centroid) joined.

        A centroid drifts towards a topic's common words as a story grows; this floor stops a
        story from turning into a loose topic (every royal audience, every transfer rumour).
        """
        n = len(story.members)
        return (story.pair_sum + dot) / (n * (n + 1) / 2)

    def _overage(self, story: StoryState, day: date | None) -> int:
        """Days the article comes after the story's first window: an event's reports mostly fall
        within a few days, so a story going on longer must be ever more clearly about one thing."""
        if day is None or story.first_day is None:
            return 0
        return max(0, (day - story.first_day).days - self.config.window_days)

    def member_fit(self, vec: dict[str, float], story: StoryState, day: date | None) -> MemberFit | None:
        """Cosines to the story's recent members within the window of `day`; None when none is."""
        window = self.config.window_days
        sims = sorted((sum(w * vec.get(t, 0.0) for t, w in sig.items())
                       for _, d, sig in story.recent
                       if day is None or d is None or abs((day - d).days) <= window), reverse=True)
        if not sims:
            return None
        k = self.config.link_members
        return MemberFit(sum(sims[:k]) / len(sims[:k]), sum(sims) / len(sims), sims[0],
                         story.size_near(day, window))

    def fit_needed(self, size: int) -> float:
        """Mean cosine to the recent members an article needs to join a story of `size` members.

        A topic gathers articles faster than an event does, and the more members a story has in
        its window, the likelier some of them resemble any article of the same beat; so a story
        must hold tighter together the larger it grows (nothing extra up to `free_size`).
        """
        extra = self.config.cohesion_growth * math.log(size / self.config.free_size) \
            if size > self.config.free_size else 0.0
        return self.config.member_cohesion + extra

    def decide(self, unit: ArticleUnit, vec: dict[str, float] | None = None) -> Decision:
        """Which story `unit` belongs to; reads the state, never changes it.

        A story is one event: the article must be close to the story's centroid, to its nearest
        recent members (`link`) and, on average, to all its recent members (`member_cohesion`),
        so that a run of articles on a daily beat cannot chain into one topical story. A reprint
        of a member (cosine >= `copy_cosine`) joins whatever the rest says.
        """
        config = self.config
        if unit.copy_of:
            original = self.story_of.get(f"{unit.copy_of[0]}#{unit.copy_of[1]}")
            if original in self.stories:
                return Decision(unit.key, original, 1.0, "copy")
        vec = self.vector(unit) if vec is None else vec
        siblings = self.document_stories.get(unit.document, {})
        if len(unit.terms) < config.min_terms and siblings:
            # too little text to place on its own: a fragment goes with the article before it
            previous = self.story_of.get(f"{unit.document}#{unit.article - 1}")
            if previous in self.stories:
                return Decision(unit.key, previous, 0.0, "fragment")
        scored = []
        for sid in dict.fromkeys([*self._candidates(vec), *siblings]):
            story = self.stories.get(sid)
            if story is not None and self._active(story, unit.day):
                scored.append((*self.score(unit, vec, story), sid, story))
        scored.sort(key=lambda item: -item[0])
        best, best_score, reason = None, 0.0, "new"
        for rank, (value, dot, sid, story) in enumerate(scored):
            relax = config.same_document if sid in siblings else 1.0  # one publisher, one document
            needed = (config.threshold + config.gap_penalty * (story.gap(unit.day) or 0)
                      + config.age_penalty * self._overage(story, unit.day)) * relax
            if value < needed and rank >= config.copy_candidates:
                continue  # the member comparison is dearer: only close stories get it
            fit = self.member_fit(vec, story, unit.day)
            if fit is None:
                continue
            if (value >= needed and fit.nearest >= config.link * relax
                    and fit.mean >= self.fit_needed(fit.size) * relax
                    and self.cohesion_after(story, dot) >= config.cohesion * relax):
                rank_score, why = value + fit.nearest, "similar"
            elif fit.best >= config.copy_cosine:
                rank_score, why = value + fit.best, "reprint"
            else:
                continue
            if best is None or rank_score > best_score:
                best, best_score, reason = sid, rank_score, why
        return Decision(unit.key, best, best_score, reason)

    # -- apply ----------------------------------------------------------------------------
    def apply(self, unit: ArticleUnit, decision: Decision, vec: dict[str, float] | None = None) -> str:
        """Record the decision: add the unit to its story (or a new one); returns the story id."""
        vec = self.vector(unit) if vec is None else vec
        sid = decision.story or story_id(unit.key)
        story = self.stories.get(sid)
        if story is None:
            story = self.stories[sid] = StoryState(sid)
        dot = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items())
        for t, w in vec.items():
            story.centroid[t] = story.centroid.get(t, 0.0) + w
        story.norm2 += 2 * dot + sum(w * w for w in vec.values())
        story.pair_sum += dot
        if len(story.centroid) > 2 * self.config.centroid_terms:
            self._prune(story)
        story.entities.update(unit.entities.keys())
        story.members.append(unit.key)
        story.days[unit.day] += 1
        signature = dict(heapq.nlargest(self.config.member_terms, vec.items(), key=lambda kv: kv[1]))
        story.recent.append((unit.key, unit.day, signature))
        if len(story.recent) > self.config.member_memory:
            del story.recent[0]
        day = unit.day
        if day is not None:
            story.first_day = min(story.first_day or day, day)
            story.last_day = max(story.last_day or day, day)
            self.newest = max(self.newest or day, day)
        for term, _ in heapq.nlargest(self.config.query_terms, vec.items(), key=lambda kv: kv[1]):
            self.postings[term][sid] = None
        self.story_of[unit.key] = sid
        self.document_stories[unit.document][sid] = None
        return sid

    def _prune(self, story: StoryState) -> None:
        kept = heapq.nlargest(self.config.centroid_terms, story.centroid.items(), key=lambda kv: kv[1])
        story.centroid = dict(kept)
        story.norm2 = sum(w * w for w in story.centroid.values())

    def expire(self) -> None:
        """Drop postings of stories that aged out of the window, to keep candidate lists short."""
        if self.newest is None:
            return
        stale = {sid for sid, s in self.stories.items()
                 if s.last_day is not None and (self.newest - s.last_day).days > self.config.window_days}
        if stale:
            for term in list(self.postings):
                kept = {sid: None for sid in self.postings[term] if sid not in stale}
                if kept:
                    self.postings[term] = kept
                else:
                    del self.postings[term]

    def add(self, unit: ArticleUnit) -> Decision:
        """Decide and apply for one unit (the online path)."""
        if self.learn_df:
            self.df.add(unit.terms)
        vec = self.vector(unit)
        decision = self.decide(unit, vec)
        self.apply(unit, decision, vec)
        return decision


    # -- batch refinement -------------------------------------------------------------------
    def remove(self, unit: ArticleUnit, vec: dict[str, float]) -> None:
        """Take a unit out of its story (the story goes when it is left empty)."""
        sid = self.story_of.pop(unit.key)
        story = self.stories[sid]
        story.members.remove(unit.key)
        story.recent = [r for r in story.recent if r[0] != unit.key]
        story.days[unit.day] -= 1
        if not story.members:
            del self.stories[sid]
            return
        for t, w in vec.items():
            if t in story.centroid:
                story.centroid[t] -= w
        story.norm2 = sum(w * w for w in story.centroid.values())
        story.pair_sum -= sum(w * story.centroid.get(t, 0.0) for t, w in vec.items())
        for name in unit.entities:
            story.entities[name] -= 1
        story.entities += Counter()  # drop names no member has any more

    def refine(self, items: list[ArticleUnit], vectors: dict[str, dict[str, float]]) -> int:
        """One pass that moves each unit to the best story now that every story is complete.

        A single pass is order-dependent: the first articles of a story met it as one article,
        and may have started stories of their own. Returns how many units moved.
        """
        moved = 0
        for unit in items:
            vec = vectors[unit.key]
            current = self.story_of[unit.key]
            self.remove(unit, vec)
            decision = self.decide(unit, vec)
            target = self.apply(unit, decision, vec)
            moved += target != current
        return moved
