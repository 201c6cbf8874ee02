"""Where each team stands: the teams × workshops matrix of the programme overview.

Per team: how much of the experiment card is filled and its themes; per team and workshop: the
version of the visual model saved for that workshop, test sessions held before it (since the
previous workshop), reviews given and received in its review rounds. Reads only the columns it
needs (board snapshots are large), in one session.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from jalostamo.models import (
    CARD_TEXT_FIELDS,
    Board,
    BoardVersion,
    ExperimentCard,
    Review,
    ReviewAssignment,
    ReviewRound,
    Team,
    TeamTheme,
    TestSession,
    Theme,
    Workshop,
)
from jalostamo.services.entities import Entities


@dataclass(frozen=True)
class WorkshopProgress:
    model_version: str | None  # label of the model version saved for this workshop
    model_items: int
    tests: int
    reviews_given: int
    reviews_received: int


@dataclass(frozen=True)
class TeamProgress:
    team_id: str
    name: str
    card_filled: int
    card_total: int
    theme_names: tuple[str, ...]
    workshops: dict[str, WorkshopProgress] = field(default_factory=dict)

    @property
    def card_missing(self) -> int:
        return self.card_total - self.card_filled


@dataclass(frozen=True)
class ProgrammeProgress:
    workshops: list[Workshop]
    teams: list[TeamProgress]
    themes: list[Theme]
    next_workshop: Workshop | None


class ProgressService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    def overview(self, today: date | None = None) -> ProgrammeProgress:
        pid = self.doc.programme_id
        today = today or date.today()
        with self.doc.session() as s:
            workshops = list(s.scalars(select(Workshop).where(
                Workshop.programme_id == pid, Workshop.deleted_at.is_(None))
                .order_by(Workshop.number, Workshop.held_on)))
            teams = list(s.scalars(select(Team).where(
                Team.programme_id == pid, Team.deleted_at.is_(None))
                .order_by(Team.position, Team.city, Team.name)))
            themes = list(s.scalars(select(Theme).where(
                Theme.programme_id == pid, Theme.deleted_at.is_(None))
                .order_by(Theme.position, Theme.name)))
            team_ids = [t.id for t in teams]
            cards = {c.team_id: c for c in s.scalars(select(ExperimentCard).where(
                ExperimentCard.team_id.in_(team_ids), ExperimentCard.deleted_at.is_(None)))}
            theme_links = s.execute(select(TeamTheme.team_id, TeamTheme.theme_id).where(
                TeamTheme.team_id.in_(team_ids), TeamTheme.deleted_at.is_(None))).all()
            versions = s.execute(
                select(Board.team_id, BoardVersion.workshop_id, BoardVersion.label,
                       BoardVersion.item_count, BoardVersion.created_at)
                .join(Board, Board.id == BoardVersion.board_id)
                .where(Board.team_id.in_(team_ids), BoardVersion.deleted_at.is_(None),
                       Board.deleted_at.is_(None), BoardVersion.workshop_id.is_not(None))
                .order_by(BoardVersion.created_at)).all()
            sessions = s.execute(select(TestSession.team_id, TestSession.held_on).where(
                TestSession.team_id.in_(team_ids), TestSession.deleted_at.is_(None))).all()
            reviews = s.execute(
                select(ReviewRound.workshop_id, ReviewAssignment.reviewer_team_id,
                       ReviewAssignment.reviewee_team_id, func.count(Review.id))
                .join(ReviewAssignment, ReviewAssignment.id == Review.assignment_id)
                .join(ReviewRound, ReviewRound.id == ReviewAssignment.round_id)
                .where(Review.deleted_at.is_(None), Review.submitted.is_(True),
                       ReviewAssignment.deleted_at.is_(None), ReviewRound.deleted_at.is_(None),
                       ReviewRound.programme_id == pid)
                .group_by(ReviewRound.workshop_id, ReviewAssignment.reviewer_team_id,
                          ReviewAssignment.reviewee_team_id)).all()

        theme_names = {t.id: t.name for t in themes}
        team_themes: dict[str, list[str]] = {}
        for team_id, theme_id in theme_links:
            if theme_id in theme_names:
                team_themes.setdefault(team_id, []).append(theme_names[theme_id])
        model: dict[tuple[str, str], tuple[str | None, int]] = {}
        for version in versions:  # ordered by time: the newest wins
            if version.team_id and version.workshop_id:
                model[(version.team_id, version.workshop_id)] = (version.label or "✓",
                                                                 version.item_count)
        tests = Counter(_test_counts([(r[0], r[1]) for r in sessions], workshops))
        given: Counter[tuple[str, str]] = Counter()
        received: Counter[tuple[str, str]] = Counter()
        for workshop_id, reviewer, reviewee, count in reviews:
            if workshop_id is None:
                continue
            if reviewer:
                given[(reviewer, workshop_id)] += count
            received[(reviewee, workshop_id)] += count

        result = []
        for team in teams:
            card = cards.get(team.id)
            filled = sum(1 for f in CARD_TEXT_FIELDS if card and str(getattr(card, f)).strip())
            per_workshop = {}
            for w in workshops:
                key = (team.id, w.id)
                label, items = model.get(key, (None, 0))
                per_workshop[w.id] = WorkshopProgress(label, items, tests[key], given[key],
                                                      received[key])
            result.append(TeamProgress(team.id, team.display_name, filled, len(CARD_TEXT_FIELDS),
                                       tuple(sorted(team_themes.get(team.id, []))), per_workshop))
        upcoming = [w for w in workshops if w.held_on and w.held_on >= today]
        next_ws = min(upcoming, key=lambda w: w.held_on or today) if upcoming else None
        return ProgrammeProgress(workshops, result, themes, next_ws)


def _test_counts(sessions: list[tuple[str, date | None]], workshops: list[Workshop]
                 ) -> list[tuple[str, str]]:
    """A test session counts for the first workshop on or after its date (it is reported
    there); sessions after the last workshop count for the last one."""
    dated = sorted((w.held_on, w.id) for w in workshops if w.held_on)
    keys = []
    for team_id, held_on in sessions:
        if held_on is None or not dated:
            continue
        target = next((wid for day, wid in dated if held_on <= day), dated[-1][1])
        keys.append((team_id, target))
    return keys
