"""Tests with the target audience: sessions, consent, the feedback capture grid, learning cards."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import Decision, Quadrant


class TestSession(Tracked, Base):
    """One test with the target audience. People are described as a segment; no names needed."""

    __tablename__ = "test_sessions"
    __test__ = False  # not a pytest test class

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    segment: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(200), default="")
    board_version_id: Mapped[str | None] = mapped_column(
        ForeignKey("board_versions.id", ondelete="SET NULL"), default=None
    )
    consent_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    has_minors: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_guardian: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_quotes: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_recording: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class FeedbackNote(Tracked, Base):
    """A note in one quadrant of the feedback capture grid."""

    __tablename__ = "feedback_notes"

    session_id: Mapped[str] = mapped_column(ForeignKey("test_sessions.id", ondelete="CASCADE"), index=True)
    quadrant: Mapped[Quadrant] = mapped_column(StrEnumType(Quadrant))
    text: Mapped[str] = mapped_column(Text, default="")
    is_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    #: for observations: 1 (minor) to 3 (blocking); None when not an observation
    severity: Mapped[int | None] = mapped_column(Integer, default=None)
    media_id: Mapped[str | None] = mapped_column(ForeignKey("media.id", ondelete="SET NULL"), default=None)
    #: the person quoted, only when they asked to be named
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), default=None)
    position: Mapped[float] = mapped_column(Float, default=0.0)


class InsightNote(Tracked, Base):
    """An insight's supporting feedback note."""

    __tablename__ = "insight_notes"

    insight_id: Mapped[str] = mapped_column(ForeignKey("insights.id", ondelete="CASCADE"), index=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("feedback_notes.id", ondelete="CASCADE"), index=True)


class LearningCard(Tracked, Base):
    """What a round of testing taught: hypothesis, what we saw, insight, decision."""

    __tablename__ = "learning_cards"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"), default=None)
    hypothesis: Mapped[str] = mapped_column(Text, default="")
    observed: Mapped[str] = mapped_column(Text, default="")
    insight: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[Decision | None] = mapped_column(StrEnumType(Decision), default=None)
