"""Monitoring after the workshops: indicators, measurements, chart data, roadmap, decision.

Every write goes through :class:`~jalostamo.services.entities.Entities`, so that an undo
command is a pair of calls (``add_*`` / ``delete``, ``update_*`` / ``update`` with the old
values that ``update_*`` returns, ``delete_*`` / ``restore``). The chart data and the
on-track rule are :func:`build_chart_data`, a pure function (no database), so that the screen
and the PDF reports draw the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
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

#: Days after which a measurement is no longer "recent" when the frequency says nothing known.
DEFAULT_RECENT_DAYS = 92

#: Words of the frequency field (fi, sv, en) and how many days such a period lasts.
_FREQUENCY_DAYS = (
    (("viiko", "vecka", "veckan", "week"), 7),
    (("kuukau", "månad", "månatl", "month"), 31),
    (("neljännes", "kvartal", "quarter"), 92),
    (("puolivuo", "halvår", "half-year", "half year", "twice a year"), 183),
    (("joka toinen vuosi", "vartannat år", "every two years", "biennial", "2 vuoden"), 731),
    (("vuosi", "vuode", "årlig", "år", "year", "annual"), 366),
)

#: Lanes of the roadmap's timeline: the phenomenon first, then the experiment.
ROADMAP_LANES = (RoadmapKind.COMPONENT, RoadmapKind.EVENT, RoadmapKind.SIGNAL,
                 RoadmapKind.IMPACT_GOAL, RoadmapKind.STEP, RoadmapKind.MILESTONE)


class TrackStatus(StrEnum):
    """Where an indicator stands against its path from baseline to target."""

    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"  # no measurement yet
    NO_TARGET = "no_target"  # baseline or target missing: nothing to compare with


class TeamStatus(StrEnum):
    """A team's line in the overview across teams."""

    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    NO_RECENT = "no_recent"  # some indicator has no measurement within its frequency
    NO_INDICATORS = "no_indicators"


@dataclass(frozen=True)
class ChartData:
    """What a chart of one indicator shows; the same for the screen and the PDF reports.

    ``points`` are the measurements in date order. ``band`` is the meaningful-change band
    around the baseline (baseline ± meaningful change): a value inside it has not changed
    meaningfully. ``expected`` is the straight path from (baseline_on, baseline) to
    (target_on, target) when both dates are known. ``value_range`` and ``date_range`` cover
    everything drawn (points, baseline, target, band), so axes can be scaled from them.
    """

    indicator_id: str
    name: str
    unit: str
    points: tuple[tuple[date, float], ...]
    baseline: tuple[float, date | None] | None
    target: tuple[float, date | None] | None
    band: tuple[float, float] | None
    expected: tuple[tuple[date, float], tuple[date, float]] | None
    status: TrackStatus
    latest: tuple[date, float] | None
    recent: bool
    value_range: tuple[float, float]
    date_range: tuple[date, date] | None

    @property
    def direction(self) -> int:
        """+1 when the target is above the baseline, -1 when below, 0 when unknown."""
        if self.baseline is None or self.target is None:
            return 0
        diff = self.target[0] - self.baseline[0]
        return (diff > 0) - (diff < 0)


@dataclass(frozen=True)
class TeamOverview:
    team_id: str
    team_name: str
    experiment_title: str
    indicators: int
    on_track: int
    off_track: int
    without_data: int
    stale: int
    last_measured_on: date | None
    decision: Decision | None
    status: TeamStatus


def recent_days(frequency: str) -> int:
    """How long a measurement counts as recent, read from the frequency text (fi, sv, en)."""
    text = frequency.casefold()
    for words, days in _FREQUENCY_DAYS:
        if any(word in text for word in words):
            return days
    return DEFAULT_RECENT_DAYS


def expected_value(baseline: tuple[float, date | None], target: tuple[float, date | None],
                   on: date) -> float:
    """The value on ``on`` on the straight path from baseline to target (clamped at both ends);
    without both dates the path is flat at the baseline until the target is reached."""
    (b_value, b_date), (t_value, t_date) = baseline, target
    if b_date is None or t_date is None or t_date <= b_date:
        return b_value
    if on <= b_date:
        return b_value
    if on >= t_date:
        return t_value
    share = (on - b_date).days / (t_date - b_date).days
    return b_value + (t_value - b_value) * share


def build_chart_data(indicator: Indicator, measurements: Sequence[Measurement],
                     today: date | None = None) -> ChartData:
    """Chart data of ``indicator`` from its live ``measurements`` (pure: no database).

    On-track rule: with no measurement the status is NO_DATA; without a baseline and a target
    it is NO_TARGET. Otherwise the latest measurement is on track when it has reached the
    target, or is not behind the expected path, or is behind it by less than the meaningful
    change (a shortfall as large as the meaningful change is meaningful); else it is off
    track. ``recent`` says whether the latest
    measurement is within the period the frequency gives (:func:`recent_days`).
    """
    today = today or date.today()
    points = tuple(sorted(((m.measured_on, float(m.value)) for m in measurements
                           if m.deleted_at is None), key=lambda p: p[0]))
    baseline = ((indicator.baseline_value, indicator.baseline_on)
                if indicator.baseline_value is not None else None)
    target = ((indicator.target_value, indicator.target_on)
              if indicator.target_value is not None else None)
    change = abs(indicator.meaningful_change) if indicator.meaningful_change else None
    band = (baseline[0] - change, baseline[0] + change) if baseline and change else None
    expected = None
    if baseline and target and baseline[1] and target[1] and target[1] > baseline[1]:
        expected = ((baseline[1], baseline[0]), (target[1], target[0]))
    latest = points[-1] if points else None

    if latest is None:
        status = TrackStatus.NO_DATA
    elif baseline is None or target is None or target[0] == baseline[0]:
        status = TrackStatus.NO_TARGET
    else:
        direction = 1 if target[0] > baseline[0] else -1
        on, value = latest
        tolerance = change or 0.0
        reached = (value - target[0]) * direction >= 0
        behind = (expected_value(baseline, target, on) - value) * direction
        on_path = behind <= 0 or behind < tolerance
        status = TrackStatus.ON_TRACK if reached or on_path else TrackStatus.OFF_TRACK
    recent = latest is not None and (today - latest[0]).days <= recent_days(indicator.frequency)

    values = [v for _, v in points]
    values += [x[0] for x in (baseline, target) if x is not None]
    values += list(band or ())
    if values:
        low, high = min(values), max(values)
        if low == high:
            low, high = low - 1.0, high + 1.0
    else:
        low, high = 0.0, 1.0
    dates = [d for d, _ in points] + [x[1] for x in (baseline, target) if x and x[1]]
    date_range = (min(dates), max(dates)) if dates else None
    return ChartData(indicator_id=indicator.id, name=indicator.name, unit=indicator.unit,
                     points=points, baseline=baseline, target=target, band=band,
                     expected=expected, status=status, latest=latest, recent=recent,
                     value_range=(low, high), date_range=date_range)


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
                team_id=team.id, team_name=team.display_name,
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
