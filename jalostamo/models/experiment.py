"""The experiment card (kokeilukortti), insights and how-might-we questions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import Decision

#: Text fields of the card in the order the card shows them.
CARD_TEXT_FIELDS = (
    "title",
    "phenomenon",
    "problem",
    "hypothesis",
    "target_group",
    "place",
    "practice",
    "learning_goals",
    "carried_out_by",
    "budget",
    "resources",
    "schedule",
    "milestones",
    "risks",
    "success_criteria",
)


class ExperimentCard(Tracked, Base):
    """One per team. A real experiment is new, concrete and bounded: a defined group, place and
    duration, then evaluation."""

    __tablename__ = "experiment_cards"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[str | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"), default=None)
    title: Mapped[str] = mapped_column(String(300), default="")
    phenomenon: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    hypothesis: Mapped[str] = mapped_column(Text, default="")  # "Uskomme, että…"
    target_group: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    practice: Mapped[str] = mapped_column(Text, default="")  # what is tried in practice
    learning_goals: Mapped[str] = mapped_column(Text, default="")
    carried_out_by: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    schedule: Mapped[str] = mapped_column(Text, default="")
    milestones: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision: Mapped[Decision | None] = mapped_column(StrEnumType(Decision), default=None)
    decision_reasoning: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)


class Insight(Tracked, Base):
    """An insight (oivallus): from the Discover phase, or clustered from test feedback."""

    __tablename__ = "insights"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    test_session_id: Mapped[str | None] = mapped_column(
        ForeignKey("test_sessions.id", ondelete="SET NULL"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class HowMightWe(Tracked, Base):
    """A how-might-we question (Kuinka voisimme…?)."""

    __tablename__ = "how_might_we"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"), default=None)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[float] = mapped_column(Float, default=0.0)
