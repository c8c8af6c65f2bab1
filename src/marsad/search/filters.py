"""Search filters (date range, outlet, entity, story) as SQL over `search_items`, for either backend."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..text.normalize import search_form


class FilterError(ValueError):
    """A filter value that cannot be used; the message is one sentence."""


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    outlet: str | None = None
    entity: str | None = None  # an entity id (loc:…) or a name
    story: str | None = None

    def active(self) -> bool:
        return any((self.date_from, self.date_to, self.outlet, self.entity, self.story))


def _day(value: str, what: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise FilterError(f"the {what} date {value!r} is not a date like 2024-05-31") from None


def where(filters: Filters, mark: str, stories: bool = True) -> tuple[list[str], list]:
    """SQL conditions on `i` (search_items) and their parameters; `mark` is the backend's placeholder.
    Without the stories tables a story filter matches nothing."""
    clauses, params = [], []
    if filters.date_from:
        clauses.append(f"i.published >= {mark}")
        params.append(_day(filters.date_from, "--from").isoformat())
    if filters.date_to:  # published stamps may carry a time: compare with the next day
        clauses.append(f"i.published < {mark}")
        params.append((_day(filters.date_to, "--to") + timedelta(days=1)).isoformat())
    if filters.outlet:
        clauses.append(f"i.outlet = {mark}")
        params.append(search_form(filters.outlet).strip())
    if filters.entity:
        clauses.append(f"(i.id IN (SELECT item FROM search_entities WHERE entity = {mark} OR name = {mark})"
                       f" OR i.id IN (SELECT item FROM search_names WHERE name = {mark}))")
        name = " ".join(search_form(filters.entity).split())
        params += [filters.entity, name, name]
    if filters.story:
        if stories:
            clauses.append(f"EXISTS (SELECT 1 FROM story_articles s WHERE s.story_id = {mark}"
                           " AND s.document_id = i.document_id AND s.article = i.article)")
            params.append(filters.story)
        else:
            clauses.append("1 = 0")
    return clauses, params
