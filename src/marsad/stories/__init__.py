"""Stories: articles from many outlets grouped into stories, each with a headline, a summary and a timeline.

Signature (`units`), decision and apply (`StoryClusterer`), batch (`cluster_batch`), the story
view (`build_story`), persisted decisions (`StoryIndex`), and the CLI (`commands.register`).
"""
from __future__ import annotations

from .batch import cluster_batch
from .cluster import Decision, DocumentFrequency, StoryClusterer, story_id
from .units import ArticleUnit, units

__all__ = ["ArticleUnit", "Decision", "DocumentFrequency", "StoryClusterer", "cluster_batch",
           "story_id", "units"]
