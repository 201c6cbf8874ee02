"""Peer review between teams: criteria, rounds, assignments, reviews, notes and rubric scores."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import ReviewProtocol


class ReviewCriterion(Tracked, Base):
    """A rubric criterion scored 1–4; editable per programme."""

    __tablename__ = "review_criteria"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class ReviewRound(Tracked, Base):
    """A round of peer review in one workshop, with one protocol."""

    __tablename__ = "review_rounds"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"), default=None)
    title: Mapped[str] = mapped_column(String(200), default="")
    protocol: Mapped[ReviewProtocol] = mapped_column(
        StrEnumType(ReviewProtocol), default=ReviewProtocol.LIKE_WISH_WHATIF
    )
    reviews_per_team: Mapped[int] = mapped_column(Integer, default=2)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    dots_per_reviewer: Mapped[int] = mapped_column(Integer, default=3)


class ReviewAssignment(Tracked, Base):
    """Team (or invited expert) X reviews team Y in a round."""

    __tablename__ = "review_assignments"

    round_id: Mapped[str] = mapped_column(ForeignKey("review_rounds.id", ondelete="CASCADE"), index=True)
    reviewer_team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), default=None)
    reviewee_team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)


class Review(Tracked, Base):
    """The review form filled for an assignment. Who wrote an anonymous review is kept apart,
    in :class:`ReviewAuthor`, so that outputs can leave it out entirely."""

    __tablename__ = "reviews"

    assignment_id: Mapped[str] = mapped_column(ForeignKey("review_assignments.id", ondelete="CASCADE"), index=True)
    focusing_question: Mapped[str] = mapped_column(Text, default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    submitted: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewAuthor(Tracked, Base):
    """The person who wrote a review (an expert, or a named team member)."""

    __tablename__ = "review_authors"

    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)


class ReviewNote(Tracked, Base):
    """A note in one of the protocol's columns (e.g. like / wish / what_if, warm / cool)."""

    __tablename__ = "review_notes"

    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    column: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class RubricScore(Tracked, Base):
    __tablename__ = "rubric_scores"

    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(ForeignKey("review_criteria.id", ondelete="CASCADE"), index=True)
    score: Mapped[int] = mapped_column(Integer)
