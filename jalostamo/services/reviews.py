"""Peer review between teams: criteria, rounds with a protocol, reviewer assignment, review
forms (notes in the protocol's columns, rubric scores 1–4), anonymity, status and summaries.

Anonymity: the person who wrote a review is kept in :class:`ReviewAuthor`, never on the review
itself, and :func:`reviewer_label` — which every view and report uses to name a reviewer —
returns "anonymous reviewer" for an anonymous review, hiding both the person and the team.
"""

from __future__ import annotations

import secrets
from typing import Any

from jalostamo.errors import InvalidInput
from jalostamo.i18n import translate
from jalostamo.models import (
    Person,
    Review,
    ReviewAssignment,
    ReviewAuthor,
    ReviewCriterion,
    ReviewNote,
    ReviewProtocol,
    ReviewRound,
    RubricScore,
    Team,
    TeamTheme,
    Workshop,
)
from jalostamo.services import assignment as algo
from jalostamo.services.entities import Entities
from jalostamo.services.operations import OpChanges
from jalostamo.services.review_terms import (
    DEFAULT_CRITERIA,
    DOT_COLUMN,
    MAX_REVIEWS_PER_TEAM,
    PROTOCOL_COLUMNS,
    SCORES,
    TUNING_STEPS,
    AssignmentStatus,
    ProtocolStep,
    ReceivedReview,
    TeamSummary,
    column_label,
    criterion_label,
    protocol_label,
    protocol_steps,
    reviewer_label,
)


class ReviewService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    # --- criteria -------------------------------------------------------------------------

    def criteria(self) -> list[ReviewCriterion]:
        return self.entities.list(ReviewCriterion, programme_id=self.doc.programme_id,
                                  order_by=("position", "created_at"))

    def ensure_default_criteria(self) -> list[str]:
        """Create the six default criteria if the programme has none; returns created ids."""
        if self.criteria():
            return []
        return self.entities.create_many(ReviewCriterion, [
            {"programme_id": self.doc.programme_id, "key": key, "label": "", "position": float(i)}
            for i, key in enumerate(DEFAULT_CRITERIA)
        ])

    def add_criterion(self, label: str, description: str = "") -> str:
        if not label.strip():
            raise InvalidInput("reviews.error.criterion_label")
        existing = self.criteria()
        key = f"custom_{len(existing) + 1}"
        return self.entities.create(
            ReviewCriterion, programme_id=self.doc.programme_id, key=key, label=label.strip(),
            description=description,
            position=max((c.position for c in existing), default=-1.0) + 1.0)

    def rename_criterion(self, criterion_id: str, label: str) -> dict[str, Any]:
        if not label.strip():
            raise InvalidInput("reviews.error.criterion_label")
        return self.entities.update(ReviewCriterion, criterion_id, label=label.strip())

    # --- rounds ---------------------------------------------------------------------------

    def rounds(self, workshop_id: str | None = None) -> list[ReviewRound]:
        rounds = self.entities.list(ReviewRound, programme_id=self.doc.programme_id,
                                    order_by=("created_at", "id"))
        if workshop_id is not None:
            rounds = [r for r in rounds if r.workshop_id == workshop_id]
        return rounds

    def round(self, round_id: str) -> ReviewRound:
        return self.entities.get(ReviewRound, round_id)

    def find_round(self, round_id: str) -> ReviewRound | None:
        """The live round, or None (deleted, or never there)."""
        return self.entities.find(ReviewRound, round_id)

    def new_round(self, *, workshop_id: str | None = None) -> str:
        """A new round; the default criteria are added first if the programme has none
        (one operation when run in one)."""
        self.ensure_default_criteria()
        return self.add_round(workshop_id=workshop_id)

    def add_round(self, *, workshop_id: str | None = None, title: str = "",
                  protocol: ReviewProtocol | str = ReviewProtocol.LIKE_WISH_WHATIF,
                  reviews_per_team: int = 2, seed: int | None = None, anonymous: bool = False,
                  dots_per_reviewer: int = 3) -> str:
        _check_k(reviews_per_team)
        if not title.strip():
            title = translate("reviews.round_default_title", number=len(self.rounds()) + 1)
        return self.entities.create(
            ReviewRound, programme_id=self.doc.programme_id, workshop_id=workshop_id,
            title=title.strip(), protocol=ReviewProtocol(protocol),
            reviews_per_team=reviews_per_team,
            seed=secrets.randbelow(1_000_000) if seed is None else seed,
            anonymous=anonymous, dots_per_reviewer=dots_per_reviewer)

    def update_round(self, round_id: str, **changes: Any) -> dict[str, Any]:
        if "reviews_per_team" in changes:
            _check_k(changes["reviews_per_team"])
        return self.entities.update(ReviewRound, round_id, **changes)

    def columns(self, round_id: str) -> tuple[str, ...]:
        return PROTOCOL_COLUMNS[self.round(round_id).protocol]

    # --- assignment -----------------------------------------------------------------------

    def teams(self) -> list[Team]:
        return self.entities.list(Team, programme_id=self.doc.programme_id,
                                  order_by=("position", "city", "name"))

    def team_infos(self, team_ids: list[str] | None = None) -> list[algo.TeamInfo]:
        teams = self.teams()
        if team_ids is not None:
            teams = [t for t in teams if t.id in team_ids]
        themes: dict[str, set[str]] = {}
        for link in self.entities.list(TeamTheme):
            themes.setdefault(link.team_id, set()).add(link.theme_id)
        return [algo.TeamInfo(t.id, t.city, frozenset(themes.get(t.id, ()))) for t in teams]

    def assignments(self, round_id: str) -> list[ReviewAssignment]:
        assignments = self.entities.list(ReviewAssignment, round_id=round_id)
        order = {t.id: i for i, t in enumerate(self.teams())}
        return sorted(assignments, key=lambda a: (order.get(a.reviewer_team_id or "", 999),
                                                  order.get(a.reviewee_team_id, 999)))

    def pairs(self, round_id: str) -> list[algo.Pair]:
        return [(a.reviewer_team_id, a.reviewee_team_id) for a in self.assignments(round_id)
                if a.reviewer_team_id is not None]

    def balance(self, round_id: str) -> algo.Balance:
        return algo.check(self.pairs(round_id), [t.id for t in self.teams()])

    def assign(self, round_id: str, team_ids: list[str] | None = None) -> OpChanges:
        """(Re)assign reviewers with the round's k and seed, as one operation: the team
        assignments are replaced. Returns what changed (undo reverts it).

        Refused once reviews have been written, so that no one's work is lost.
        """
        rnd = self.round(round_id)
        infos = self.team_infos(team_ids)
        if len(infos) < 2:
            raise InvalidInput("reviews.error.too_few_teams", count=len(infos))
        old = [a for a in self.assignments(round_id) if a.reviewer_team_id is not None]
        if any(self.review_for(a.id) is not None for a in old):
            raise InvalidInput("reviews.error.has_reviews")
        pairs = algo.assign(infos, rnd.reviews_per_team, rnd.seed)

        def replace() -> None:
            self.entities.delete_many(ReviewAssignment, [a.id for a in old])
            self.entities.create_many(ReviewAssignment, [
                {"round_id": round_id, "reviewer_team_id": a, "reviewee_team_id": b,
                 "manual": False} for a, b in pairs
            ])

        return self.entities.operations.perform(replace)[1]

    def add_assignment(self, round_id: str, reviewee_team_id: str,
                       reviewer_team_id: str | None = None) -> str:
        """A hand-made assignment (an invited expert when ``reviewer_team_id`` is None)."""
        self._check_pair(round_id, None, reviewer_team_id, reviewee_team_id)
        return self.entities.create(ReviewAssignment, round_id=round_id, manual=True,
                                    reviewer_team_id=reviewer_team_id,
                                    reviewee_team_id=reviewee_team_id)

    def remove_assignments(self, assignment_ids: list[str]) -> list[str]:
        return self.entities.delete_many(ReviewAssignment, assignment_ids)

    def change_assignment(self, assignment_id: str, *, reviewer_team_id: str | None = None,
                          reviewee_team_id: str | None = None) -> dict[str, Any]:
        """The facilitator's hand adjustment; returns the old values (for undo)."""
        current = self.entities.get(ReviewAssignment, assignment_id)
        reviewer = reviewer_team_id or current.reviewer_team_id
        reviewee = reviewee_team_id or current.reviewee_team_id
        self._check_pair(current.round_id, assignment_id, reviewer, reviewee)
        return self.entities.update(ReviewAssignment, assignment_id, reviewer_team_id=reviewer,
                                    reviewee_team_id=reviewee, manual=True)

    def _check_pair(self, round_id: str, assignment_id: str | None, reviewer: str | None,
                    reviewee: str) -> None:
        if reviewer is None:
            return
        if reviewer == reviewee:
            raise InvalidInput("reviews.error.self")
        for other in self.assignments(round_id):
            if other.id != assignment_id and (other.reviewer_team_id, other.reviewee_team_id) \
                    == (reviewer, reviewee):
                names = {t.id: t.display_name for t in self.teams()}
                raise InvalidInput("reviews.error.duplicate", reviewer=names.get(reviewer, "?"),
                                   reviewee=names.get(reviewee, "?"))

    # --- reviews --------------------------------------------------------------------------

    def review_for(self, assignment_id: str) -> Review | None:
        reviews = self.entities.list(Review, assignment_id=assignment_id)
        return reviews[0] if reviews else None

    def start_review(self, assignment_id: str, *, focusing_question: str = "",
                     anonymous: bool | None = None) -> str:
        """The review of an assignment (created on first use; anonymity from the round)."""
        existing = self.review_for(assignment_id)
        if existing is not None:
            return existing.id
        assignment = self.entities.get(ReviewAssignment, assignment_id)
        if anonymous is None:
            anonymous = self.round(assignment.round_id).anonymous
        return self.entities.create(Review, assignment_id=assignment_id, anonymous=anonymous,
                                    focusing_question=focusing_question)

    def update_review(self, review_id: str, **changes: Any) -> dict[str, Any]:
        return self.entities.update(Review, review_id, **changes)

    def set_author(self, review_id: str, person_id: str | None) -> list[str]:
        """Record who wrote a review (kept apart from it); returns the created link ids."""
        self.entities.delete_many(ReviewAuthor, [a.id for a in
                                                 self.entities.list(ReviewAuthor, review_id=review_id)])
        if person_id is None:
            return []
        return [self.entities.create(ReviewAuthor, review_id=review_id, person_id=person_id)]

    def known_expert(self, name: str, organisation: str) -> str | None:
        """The person already invited under this name and organisation (any letter case)."""
        wanted = (name.strip().casefold(), organisation.strip().casefold())
        for person in self.entities.list(Person):
            if (person.name.strip().casefold(),
                    (person.organisation or "").strip().casefold()) == wanted:
                return person.id
        return None

    def invite_expert(self, round_id: str, name: str, organisation: str,
                      team_ids: list[str]) -> OpChanges:
        """Invite an expert (a person from outside the teams) to review ``team_ids`` in a
        round, as one operation: the person (unless invited before under the same name and
        organisation), one assignment per team, its draft review and the review's author."""
        if not name.strip() or not team_ids:
            raise InvalidInput("input.invalid")

        def invite() -> None:
            person_id = self.known_expert(name, organisation) or self.entities.create(
                Person, name=name.strip(), organisation=organisation.strip())
            for team_id in team_ids:
                review_id = self.start_review(self.add_assignment(round_id, team_id))
                self.set_author(review_id, person_id)

        return self.entities.operations.perform(invite)[1]

    def author(self, review_id: str) -> Person | None:
        """The author, for the facilitator only: outputs go through :func:`reviewer_label`."""
        links = self.entities.list(ReviewAuthor, review_id=review_id)
        return self.entities.find(Person, links[0].person_id) if links else None

    def notes(self, review_id: str, column: str | None = None) -> list[ReviewNote]:
        filters: dict[str, Any] = {"review_id": review_id}
        if column is not None:
            filters["column"] = column
        return self.entities.list(ReviewNote, order_by=("position", "created_at"), **filters)

    def add_note(self, review_id: str, column: str, text: str) -> str:
        review = self.entities.get(Review, review_id)
        rnd = self.round(self.entities.get(ReviewAssignment, review.assignment_id).round_id)
        if column not in PROTOCOL_COLUMNS[rnd.protocol]:
            raise InvalidInput("reviews.error.column", column=column)
        if column == DOT_COLUMN:
            if len(self.notes(review_id, DOT_COLUMN)) >= rnd.dots_per_reviewer:
                raise InvalidInput("reviews.error.dots", limit=rnd.dots_per_reviewer)
        elif not text.strip():
            raise InvalidInput("reviews.error.empty_note")
        position = max((n.position for n in self.notes(review_id, column)), default=-1.0) + 1.0
        return self.entities.create(ReviewNote, review_id=review_id, column=column,
                                    text=text.strip(), position=position)

    def scores(self, review_id: str) -> dict[str, int]:
        return {s.criterion_id: s.score for s in self.entities.list(RubricScore, review_id=review_id)}

    def set_score(self, review_id: str, criterion_id: str, score: int | None) -> int | None:
        """Score a criterion 1–4 (None clears it); returns the previous score, for undo."""
        if score is not None and (isinstance(score, bool) or score not in SCORES):
            raise InvalidInput("reviews.error.score", value=score)
        existing = self.entities.list(RubricScore, review_id=review_id, criterion_id=criterion_id)
        previous = existing[0].score if existing else None
        if score is None:
            self.entities.delete_many(RubricScore, [s.id for s in existing])
        elif existing:
            self.entities.update(RubricScore, existing[0].id, score=score)
        else:
            self.entities.create(RubricScore, review_id=review_id, criterion_id=criterion_id,
                                 score=score)
        return previous

    # --- status and summaries -------------------------------------------------------------

    def status(self, round_id: str) -> list[AssignmentStatus]:
        rows = []
        for a in self.assignments(round_id):
            review = self.review_for(a.id)
            state = "missing" if review is None else ("submitted" if review.submitted else "draft")
            rows.append(AssignmentStatus(a.id, a.reviewer_team_id, a.reviewee_team_id, a.manual,
                                         review.id if review else None, state))
        return rows

    def label_for(self, assignment: ReviewAssignment, lang: str | None = None) -> str:
        review = self.review_for(assignment.id)
        author = None if review is None or review.anonymous else self.author(review.id)
        return reviewer_label(assignment, review, {t.id: t for t in self.teams()}, author, lang)

    def team_summary(self, team_id: str, lang: str | None = None) -> TeamSummary:
        """What reviewers said to a team, across rounds, with its rubric scores."""
        summary = TeamSummary(team_id, criteria=self.criteria())
        for rnd in self.rounds():
            for a in self.entities.list(ReviewAssignment, round_id=rnd.id, reviewee_team_id=team_id):
                review = self.review_for(a.id)
                if review is None:
                    continue
                notes: dict[str, list[str]] = {c: [] for c in PROTOCOL_COLUMNS[rnd.protocol]}
                for note in self.notes(review.id):
                    notes.setdefault(note.column, []).append(note.text)
                dots = len(notes.pop(DOT_COLUMN, []))
                summary.reviews.append(ReceivedReview(
                    rnd.id, rnd.title, self.label_for(a, lang), review.focusing_question, notes,
                    self.scores(review.id), dots, review.submitted))
        return summary

    def workshop_of(self, round_id: str) -> Workshop | None:
        workshop_id = self.round(round_id).workshop_id
        return self.entities.find(Workshop, workshop_id) if workshop_id else None


def _check_k(k: Any) -> None:
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_REVIEWS_PER_TEAM:
        raise InvalidInput("reviews.error.k", limit=MAX_REVIEWS_PER_TEAM, value=k)


__all__ = [
    "DEFAULT_CRITERIA",
    "DOT_COLUMN",
    "MAX_REVIEWS_PER_TEAM",
    "PROTOCOL_COLUMNS",
    "SCORES",
    "TUNING_STEPS",
    "AssignmentStatus",
    "ProtocolStep",
    "ReceivedReview",
    "ReviewService",
    "TeamSummary",
    "column_label",
    "criterion_label",
    "protocol_label",
    "protocol_steps",
    "reviewer_label",
]
