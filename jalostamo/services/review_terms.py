"""The vocabulary of peer review: protocols and their columns and steps, default criteria,
labels in the user's language, and the plain records the review service returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from jalostamo.i18n import translate
from jalostamo.models import (
    Person,
    Review,
    ReviewAssignment,
    ReviewCriterion,
    ReviewProtocol,
    Team,
)

DEFAULT_CRITERIA = ("new", "concrete", "bounded", "measurable", "user_tested", "scalable")
SCORES = (1, 2, 3, 4)
MAX_REVIEWS_PER_TEAM = 4

PROTOCOL_COLUMNS: dict[ReviewProtocol, tuple[str, ...]] = {
    ReviewProtocol.LIKE_WISH_WHATIF: ("like", "wish", "what_if"),
    ReviewProtocol.TUNING: ("warm", "cool"),
    ReviewProtocol.GALLERY_WALK: ("comment", "dot"),
}
DOT_COLUMN = "dot"


@dataclass(frozen=True)
class ProtocolStep:
    key: str
    minutes: int

    def label(self, lang: str | None = None) -> str:
        return translate(f"reviews.step.{self.key}", lang)


#: the tuning protocol's timed steps (after the School Reform Initiative's protocol)
TUNING_STEPS: tuple[ProtocolStep, ...] = (
    ProtocolStep("introduction", 3),
    ProtocolStep("presentation", 10),
    ProtocolStep("clarifying", 5),
    ProtocolStep("reflection", 2),
    ProtocolStep("warm_cool", 10),
    ProtocolStep("response", 5),
    ProtocolStep("debrief", 5),
)


def protocol_label(protocol: ReviewProtocol | str, lang: str | None = None) -> str:
    return translate(f"reviews.protocol.{ReviewProtocol(protocol).value}", lang)


def column_label(column: str, lang: str | None = None) -> str:
    return translate(f"reviews.column.{column}", lang)


def protocol_steps(protocol: ReviewProtocol | str) -> tuple[ProtocolStep, ...]:
    return TUNING_STEPS if ReviewProtocol(protocol) == ReviewProtocol.TUNING else ()


def criterion_label(criterion: ReviewCriterion, lang: str | None = None) -> str:
    """A programme's own label, or the default criterion's label in the user's language."""
    if criterion.label.strip():
        return criterion.label
    if criterion.key in DEFAULT_CRITERIA:
        return translate(f"reviews.criterion.{criterion.key}", lang)
    return criterion.key


def reviewer_label(assignment: ReviewAssignment, review: Review | None,
                   teams: dict[str, Team], author: Person | None = None,
                   lang: str | None = None) -> str:
    """How a reviewer is named in every view and output; anonymous reviews name nobody."""
    if review is not None and review.anonymous:
        return translate("reviews.anonymous", lang)
    if assignment.reviewer_team_id and assignment.reviewer_team_id in teams:
        name = teams[assignment.reviewer_team_id].display_name
        return f"{name} ({author.name})" if author is not None else name
    return author.name if author is not None else translate("reviews.expert", lang)


@dataclass(frozen=True)
class AssignmentStatus:
    assignment_id: str
    reviewer_team_id: str | None
    reviewee_team_id: str
    manual: bool
    review_id: str | None
    state: str  # "missing" | "draft" | "submitted"


@dataclass
class ReceivedReview:
    round_id: str
    round_title: str
    reviewer: str
    focusing_question: str
    notes: dict[str, list[str]]
    scores: dict[str, int]  # criterion id -> score
    dots: int
    submitted: bool


@dataclass
class TeamSummary:
    team_id: str
    reviews: list[ReceivedReview] = field(default_factory=list)
    criteria: list[ReviewCriterion] = field(default_factory=list)

    def averages(self, round_id: str | None = None) -> dict[str, float]:
        """Mean score per criterion id (over one round, or all), only where there are scores."""
        sums: dict[str, list[int]] = {}
        for review in self.reviews:
            if round_id is not None and review.round_id != round_id:
                continue
            for criterion_id, score in review.scores.items():
                sums.setdefault(criterion_id, []).append(score)
        return {cid: sum(values) / len(values) for cid, values in sums.items()}

    def round_ids(self) -> list[str]:
        seen: list[str] = []
        for review in self.reviews:
            if review.round_id not in seen:
                seen.append(review.round_id)
        return seen
