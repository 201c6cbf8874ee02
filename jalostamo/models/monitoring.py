"""Monitoring after the workshops: indicators, measurements and the phenomenon's roadmap."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import RoadmapKind, RoadmapStatus


class Indicator(Tracked, Base):
    __tablename__ = "indicators"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    library_key: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(50), default="")
    data_source: Mapped[str] = mapped_column(String(300), default="")
    frequency: Mapped[str] = mapped_column(String(100), default="")
    baseline_value: Mapped[float | None] = mapped_column(Float, default=None)
    baseline_on: Mapped[date | None] = mapped_column(Date, default=None)
    target_value: Mapped[float | None] = mapped_column(Float, default=None)
    target_on: Mapped[date | None] = mapped_column(Date, default=None)
    owner: Mapped[str] = mapped_column(String(200), default="")
    meaningful_change: Mapped[float | None] = mapped_column(Float, default=None)
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Measurement(Tracked, Base):
    __tablename__ = "measurements"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")


class RoadmapItem(Tracked, Base):
    """A component, event, signal or impact goal of the phenomenon, or a step or milestone of
    the experiment, on the roadmap's timeline."""

    __tablename__ = "roadmap_items"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    kind: Mapped[RoadmapKind] = mapped_column(StrEnumType(RoadmapKind))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[RoadmapStatus] = mapped_column(StrEnumType(RoadmapStatus), default=RoadmapStatus.PLANNED)
    position: Mapped[float] = mapped_column(Float, default=0.0)
