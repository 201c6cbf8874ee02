"""Monitoring after the workshops: indicators, measurements, chart data, roadmap, decision.

Every write goes through :class:`~jalostamo.services.entities.Entities`, so that an undo
command is a pair of calls (``add_*`` / ``delete``, ``update_*`` / ``update`` with the old
values that ``update_*`` returns, ``delete_*`` / ``restore``). The chart data and the
on-track rule are :func:`build_chart_data`, a pure function (no database), so that the screen
and the PDF reports draw the same thing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from jalostamo.errors import InvalidInput, NotFound
from jalostamo.models import (
    Decision,
    ExperimentCard,
    Indicator,
    Measurement,
    RoadmapItem,
    RoadmapKind,
    RoadmapStatus,
    Team,
)
from jalostamo.services.entities import Entities
from jalostamo.services.indicator_library import LibraryIndicator, library_indicator, load_library
from jalostamo.services.monitoring_chart import (
    ROADMAP_LANES,
    ChartData,
    TeamOverview,
    TeamStatus,
    TrackStatus,
    build_chart_data,
    expected_value,
    recent_days,
)


class MonitoringService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    # --- indicators -------------------------------------------------------------------------

    @staticmethod
    def library() -> tuple[LibraryIndicator, ...]:
        return load_library()

    def indicators(self, team_id: str) -> list[Indicator]:
        return self.entities.list(Indicator, team_id=team_id, order_by=("position", "created_at"))

    def indicator(self, indicator_id: str) -> Indicator:
        return self.entities.get(Indicator, indicator_id)

    def find_indicator(self, indicator_id: str) -> Indicator | None:
        """The live indicator, or None (deleted, or never there)."""
        return self.entities.find(Indicator, indicator_id)

    def add_indicator(self, team_id: str, name: str, **fields: Any) -> str:
        """A custom indicator; ``fields`` are any columns of :class:`Indicator`."""
        self.entities.get(Team, team_id)
        values = {"name": name, **fields}
        _check_indicator(values)
        values["name"] = name.strip()
        existing = self.indicators(team_id)
        values.setdefault("position", (existing[-1].position + 1.0) if existing else 1.0)
        return self.entities.create(Indicator, team_id=team_id, **values)

    def add_library_indicator(self, team_id: str, key: str, lang: str | None = None,
                              **overrides: Any) -> str:
        """A copy of a library indicator in ``lang``, adapted with ``overrides``."""
        fields = library_indicator(key).indicator_fields(lang)
        fields.update(overrides)
        name = fields.pop("name")
        return self.add_indicator(team_id, name, **fields)

    def update_indicator(self, indicator_id: str, **changes: Any) -> dict[str, Any]:
        """Change an indicator; returns the old values of what changed (for undo)."""
        current = self.indicator(indicator_id)
        merged = {name: getattr(current, name) for name in
                  ("name", "baseline_on", "target_on", "meaningful_change")}
        merged.update(changes)
        _check_indicator(merged)
        if "name" in changes:
            changes["name"] = str(changes["name"]).strip()
        return self.entities.update(Indicator, indicator_id, **changes)

    def delete_indicator(self, indicator_id: str) -> None:
        """Tombstone the indicator (its measurements stay, hidden with it; restore lifts it)."""
        self.entities.delete(Indicator, indicator_id)

    def restore_indicator(self, indicator_id: str) -> None:
        self.entities.restore(Indicator, indicator_id)

    # --- measurements -------------------------------------------------------------------------

    def measurements(self, indicator_id: str) -> list[Measurement]:
        return self.entities.list(Measurement, indicator_id=indicator_id,
                                  order_by=("measured_on", "created_at"))

    def add_measurement(self, indicator_id: str, measured_on: date | str, value: float,
                        note: str = "", source: str = "") -> str:
        self.indicator(indicator_id)
        return self.entities.create(Measurement, indicator_id=indicator_id,
                                    measured_on=measured_on, value=value, note=note,
                                    source=source)

    def find_measurement(self, measurement_id: str) -> Measurement | None:
        return self.entities.find(Measurement, measurement_id)

    def update_measurement(self, measurement_id: str, **changes: Any) -> dict[str, Any]:
        if "indicator_id" in changes:
            raise InvalidInput("input.unknown_field", field="indicator_id")
        return self.entities.update(Measurement, measurement_id, **changes)

    def delete_measurement(self, measurement_id: str) -> None:
        self.entities.delete(Measurement, measurement_id)

    def restore_measurement(self, measurement_id: str) -> None:
        self.entities.restore(Measurement, measurement_id)

    # --- charts and overview ------------------------------------------------------------------

    def chart_data(self, indicator_id: str, today: date | None = None) -> ChartData:
        """See :func:`build_chart_data`."""
        return build_chart_data(self.indicator(indicator_id), self.measurements(indicator_id),
                                today)

    def team_charts(self, team_id: str, today: date | None = None) -> list[ChartData]:
        return [build_chart_data(ind, self.measurements(ind.id), today)
                for ind in self.indicators(team_id)]

    def overview(self, today: date | None = None) -> list[TeamOverview]:
        """Every team of the programme: on track, off track, no recent measurement."""
        teams = self.entities.list(Team, programme_id=self.doc.programme_id,
                                   order_by=("position", "city", "name"))
        cards = {c.team_id: c for c in self.entities.list(ExperimentCard)}
        by_indicator: dict[str, list[Measurement]] = {}
        for m in self.entities.list(Measurement):
            by_indicator.setdefault(m.indicator_id, []).append(m)
        by_team: dict[str, list[Indicator]] = {}
        for ind in self.entities.list(Indicator, order_by=("position", "created_at")):
            by_team.setdefault(ind.team_id, []).append(ind)
        from jalostamo.services.teams import TeamService

        labels = TeamService(self.entities).labels()  # "Oulu: Lapsiperheet", "Espoo, Vantaa"
        result = []
        for team in teams:
            charts = [build_chart_data(ind, by_indicator.get(ind.id, []), today)
                      for ind in by_team.get(team.id, [])]
            on = sum(c.status is TrackStatus.ON_TRACK for c in charts)
            off = sum(c.status is TrackStatus.OFF_TRACK for c in charts)
            without = sum(c.status is TrackStatus.NO_DATA for c in charts)
            stale = sum(not c.recent for c in charts)
            lasts = [c.latest[0] for c in charts if c.latest]
            if not charts:
                status = TeamStatus.NO_INDICATORS
            elif stale:
                status = TeamStatus.NO_RECENT
            elif off:
                status = TeamStatus.OFF_TRACK
            else:
                status = TeamStatus.ON_TRACK
            card = cards.get(team.id)
            result.append(TeamOverview(
                team_id=team.id, team_name=labels.get(team.id, team.display_name),
                experiment_title=card.title if card else "", indicators=len(charts),
                on_track=on, off_track=off, without_data=without, stale=stale,
                last_measured_on=max(lasts) if lasts else None,
                decision=card.decision if card else None, status=status))
        return result

    # --- roadmap ------------------------------------------------------------------------------

    def roadmap(self, team_id: str) -> list[RoadmapItem]:
        """Roadmap items in lane order, then by start date (undated last), then position."""
        items = self.entities.list(RoadmapItem, team_id=team_id,
                                   order_by=("position", "created_at"))
        lane = {kind: i for i, kind in enumerate(ROADMAP_LANES)}
        return sorted(items, key=lambda it: (lane[it.kind], it.starts_on is None,
                                             it.starts_on or date.max, it.position))

    def add_roadmap_item(self, team_id: str, kind: RoadmapKind | str, title: str,
                         **fields: Any) -> str:
        self.entities.get(Team, team_id)
        values = {"kind": kind, "title": title, **fields}
        _check_roadmap(values)
        values["title"] = title.strip()
        items = self.entities.list(RoadmapItem, team_id=team_id)
        values.setdefault("position", max((it.position for it in items), default=0.0) + 1.0)
        return self.entities.create(RoadmapItem, team_id=team_id, **values)

    def find_roadmap_item(self, item_id: str) -> RoadmapItem | None:
        return self.entities.find(RoadmapItem, item_id)

    def update_roadmap_item(self, item_id: str, **changes: Any) -> dict[str, Any]:
        current = self.entities.get(RoadmapItem, item_id)
        merged: dict[str, Any] = {"title": current.title, "starts_on": current.starts_on,
                                  "ends_on": current.ends_on}
        merged.update(changes)
        _check_roadmap(merged)
        if "title" in changes:
            changes["title"] = str(changes["title"]).strip()
        return self.entities.update(RoadmapItem, item_id, **changes)

    def set_roadmap_status(self, item_id: str, status: RoadmapStatus | str) -> dict[str, Any]:
        return self.entities.update(RoadmapItem, item_id, status=status)

    def delete_roadmap_item(self, item_id: str) -> None:
        self.entities.delete(RoadmapItem, item_id)

    def restore_roadmap_item(self, item_id: str) -> None:
        self.entities.restore(RoadmapItem, item_id)

    # --- the decision -------------------------------------------------------------------------

    def card(self, team_id: str) -> ExperimentCard:
        cards = self.entities.list(ExperimentCard, team_id=team_id)
        if not cards:
            raise NotFound("not_found.row", kind="experiment_cards", id=team_id)
        return cards[0]

    def decide(self, team_id: str, decision: Decision | str | None, reasoning: str = "",
               decided_on: date | str | None = None) -> dict[str, Any]:
        """Record the decision at the end with its reasoning; ``None`` clears it.

        Returns the old values (for undo: ``entities.update(ExperimentCard, card_id, **old)``).
        """
        card = self.card(team_id)
        if decision is None:
            return self.entities.update(ExperimentCard, card.id, decision=None,
                                        decision_reasoning=reasoning.strip(), decided_on=None)
        if not reasoning.strip():
            raise InvalidInput("monitoring.decision.reasoning_required")
        return self.entities.update(ExperimentCard, card.id, decision=decision,
                                    decision_reasoning=reasoning.strip(),
                                    decided_on=decided_on or date.today())


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput("input.bad_date", value=str(value)) from None


def _check_indicator(values: dict[str, Any]) -> None:
    if not str(values.get("name") or "").strip():
        raise InvalidInput("monitoring.indicator.name_required")
    change = values.get("meaningful_change")
    if isinstance(change, int | float) and not isinstance(change, bool) and change < 0:
        raise InvalidInput("monitoring.indicator.negative_change")
    baseline_on = _as_date(values.get("baseline_on"))
    target_on = _as_date(values.get("target_on"))
    if baseline_on and target_on and target_on < baseline_on:
        raise InvalidInput("monitoring.indicator.target_before_baseline")


def _check_roadmap(values: dict[str, Any]) -> None:
    if not str(values.get("title") or "").strip():
        raise InvalidInput("monitoring.roadmap.title_required")
    starts_on = _as_date(values.get("starts_on"))
    ends_on = _as_date(values.get("ends_on"))
    if starts_on and ends_on and ends_on < starts_on:
        raise InvalidInput("monitoring.roadmap.ends_before_start")


__all__ = ["ROADMAP_LANES", "ChartData", "MonitoringService", "TeamOverview", "TeamStatus",
           "TrackStatus", "build_chart_data", "expected_value", "recent_days"]
