"""Plain views of what a report shows; built by :mod:`jalostamo.reports.data`, read by the
report modules. Every text in them has already passed the report's privacy rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jalostamo.i18n import translate
from jalostamo.reports.images import ImageStore
from jalostamo.reports.privacy import Privacy

Item = dict[str, Any]


@dataclass
class VoteView:
    """A dot vote's result: ``(rank, item text, dots)``, most dots first."""

    title: str
    closed: bool
    ranked: list[tuple[int, str, int]]


@dataclass
class BoardView:
    title: str
    label: str
    items: list[Item]
    workshop_number: int | None = None
    #: the board's template (its background: zones, rings, arrows), by key
    template_key: str = "empty"
    #: dots of the vote the board shows (the open one, else the one that ended last), by item
    dots: dict[str, int] = field(default_factory=dict)
    #: dot-vote results (only the board as it stands has them: versions keep no votes)
    votes: list[VoteView] = field(default_factory=list)


@dataclass
class BoardSet:
    title: str
    versions: list[BoardView]
    current: BoardView
    votes: list[VoteView] = field(default_factory=list)


@dataclass
class NoteView:
    quadrant: str
    text: str
    withheld: bool = False
    is_quote: bool = False
    #: 1–3 (shown as !, !!, !!!), None when not rated
    severity: int | None = None


@dataclass
class SessionView:
    held_on: date | None
    place: str
    segment: str
    participants: int
    method: str
    has_minors: bool
    consent_guardian: bool
    notes: list[NoteView]


@dataclass
class ReviewView:
    round_title: str
    workshop_number: int | None
    protocol: str
    reviewer: str
    reviewer_team_id: str | None
    reviewee_team_id: str
    anonymous_round: bool
    focusing_question: str
    summary: str
    notes: list[tuple[str, str]]
    scores: dict[str, int]
    #: the team that wrote it; used only to list a team's given reviews, never shown for
    #: anonymous rounds
    given_by: str | None = None
    #: the reviewer asked not to be named (or the round is anonymous): neither the reviewer
    #: nor their team is shown, and the review is not listed among the team's given reviews
    anonymous: bool = False


@dataclass
class IndicatorView:
    name: str
    definition: str
    unit: str
    data_source: str
    frequency: str
    owner: str
    baseline_value: float | None
    baseline_on: date | None
    target_value: float | None
    target_on: date | None
    meaningful_change: float | None
    measurements: list[tuple[date, float]]
    #: on_track | off_track | no_data | no_target (services.monitoring.TrackStatus)
    status: str = "no_data"


@dataclass
class TeamView:
    id: str
    name: str
    city: str
    color: str
    themes: list[str]
    #: (name, role, title and organisation: "" when pseudonymised)
    members: list[tuple[str, str, str]]
    card: dict[str, str]
    card_theme: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    decision: str | None = None
    decision_reasoning: str = ""
    boards: list[BoardSet] = field(default_factory=list)
    sessions: list[SessionView] = field(default_factory=list)
    insights: list[tuple[str, str]] = field(default_factory=list)
    hmw: list[tuple[int | None, str]] = field(default_factory=list)
    learning: list[tuple[int | None, str, str, str, str | None]] = field(default_factory=list)
    reviews_received: list[ReviewView] = field(default_factory=list)
    reviews_given: list[ReviewView] = field(default_factory=list)
    indicators: list[IndicatorView] = field(default_factory=list)
    roadmap: list[tuple[str, str, str, date | None, date | None, str]] = field(
        default_factory=list)


@dataclass
class AgendaRow:
    starts: str
    ends: str
    title: str
    method_key: str
    minutes: int
    who: str
    instructions: str = ""


@dataclass
class WorkshopView:
    id: str
    number: int
    title: str
    held_on: date | None
    venue: str
    phase: str
    agenda: list[AgendaRow]
    #: who was present: (group, names as the report may show them), for the workshop report
    present: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass
class ReportData:
    lang: str
    privacy: Privacy
    images: ImageStore
    programme_name: str
    organiser: str
    description: str
    venue: str
    starts_on: date | None
    ends_on: date | None
    themes: list[tuple[str, str, list[str]]]
    facilitators: list[tuple[str, str]]
    workshops: list[WorkshopView]
    teams: list[TeamView]
    criteria: list[tuple[str, str]]  # (criterion id, label in the report's language)
    review_protocols: list[str]
    #: facilitators and invited experts: (name, title and organisation, role in the programme)
    people: list[tuple[str, str, str]] = field(default_factory=list)
    #: every team's name, also those a team report does not show in full
    team_names: dict[str, str] = field(default_factory=dict)
    #: the language user-entered content is written in (the programme's), for /Lang spans
    content_lang: str = "fi"
    #: each photo's description for alternative text (its alt text, else its caption)
    photo_alt: dict[str, str] = field(default_factory=dict)

    def t(self, key: str, **params: Any) -> str:
        return translate(f"report.{key}", self.lang, **params)

    def tr(self, key: str, **params: Any) -> str:
        """A message of any area (``t`` is for ``report.`` keys) in the report's language."""
        return translate(key, self.lang, **params)

    def team(self, team_id: str) -> TeamView:
        return next(t for t in self.teams if t.id == team_id)

    def team_name(self, team_id: str | None) -> str:
        return self.team_names.get(team_id or "", "")

    def workshop(self, number: int) -> WorkshopView | None:
        return next((w for w in self.workshops if w.number == number), None)
