"""Chart data and the on-track rule of an indicator: pure functions, no database, so that the
monitoring screen and the PDF reports draw the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jalostamo.models import Decision, Indicator, Measurement, RoadmapKind

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
    latest = points[-1] if points else None
    recent = latest is not None and (today - latest[0]).days <= recent_days(indicator.frequency)
    return ChartData(indicator_id=indicator.id, name=indicator.name, unit=indicator.unit,
                     points=points, baseline=baseline, target=target, band=band,
                     expected=expected_path(baseline, target),
                     status=track_status(latest, baseline, target, change),
                     latest=latest, recent=recent,
                     value_range=value_range(points, baseline, target, band),
                     date_range=date_range(points, baseline, target))


Mark = tuple[float, date | None]  # a baseline or a target: its value and date


def expected_path(baseline: Mark | None, target: Mark | None
                  ) -> tuple[tuple[date, float], tuple[date, float]] | None:
    """The straight path from baseline to target, when both dates are known and in order."""
    if baseline and target and baseline[1] and target[1] and target[1] > baseline[1]:
        return (baseline[1], baseline[0]), (target[1], target[0])
    return None


def track_status(latest: tuple[date, float] | None, baseline: Mark | None,
                 target: Mark | None, change: float | None) -> TrackStatus:
    """The on-track rule of :func:`build_chart_data` for the latest measurement."""
    if latest is None:
        return TrackStatus.NO_DATA
    if baseline is None or target is None or target[0] == baseline[0]:
        return TrackStatus.NO_TARGET
    direction = 1 if target[0] > baseline[0] else -1
    on, value = latest
    tolerance = change or 0.0
    reached = (value - target[0]) * direction >= 0
    behind = (expected_value(baseline, target, on) - value) * direction
    on_path = behind <= 0 or behind < tolerance
    return TrackStatus.ON_TRACK if reached or on_path else TrackStatus.OFF_TRACK


def value_range(points: Sequence[tuple[date, float]], baseline: Mark | None,
                target: Mark | None, band: tuple[float, float] | None) -> tuple[float, float]:
    """The values a chart draws (points, baseline, target, band), never an empty range."""
    values = [v for _, v in points]
    values += [x[0] for x in (baseline, target) if x is not None]
    values += list(band or ())
    if not values:
        return 0.0, 1.0
    low, high = min(values), max(values)
    return (low - 1.0, high + 1.0) if low == high else (low, high)


def date_range(points: Sequence[tuple[date, float]], baseline: Mark | None,
               target: Mark | None) -> tuple[date, date] | None:
    """The dates a chart draws (points, baseline, target), if any."""
    dates = [d for d, _ in points] + [x[1] for x in (baseline, target) if x and x[1]]
    return (min(dates), max(dates)) if dates else None
