"""The programme (one per file), its themes, facilitators and workshops with their agendas."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import Phase


class Programme(Tracked, Base):
    """A kokeilujalostamo. A file holds exactly one programme; its id names the file's lineage."""

    __tablename__ = "programmes"

    name: Mapped[str] = mapped_column(String(200))
    organiser: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(5), default="fi")
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)


class Theme(Tracked, Base):
    """A track of the programme, e.g. Lapsiperheet (Families with children)."""

    __tablename__ = "themes"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#4C6EF5")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Facilitator(Tracked, Base):
    """A person who facilitates the programme (service designer, co-facilitator)."""

    __tablename__ = "facilitators"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(100), default="")


class ProgrammeExpert(Tracked, Base):
    """An expert invited to the programme as such (e.g. a THL specialist who comes to the
    workshops), not only through a review round; a round's expert picker offers them."""

    __tablename__ = "programme_experts"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    expertise: Mapped[str] = mapped_column(String(200), default="")


class Workshop(Tracked, Base):
    """One of the workshops; each follows one phase of the Double Diamond."""

    __tablename__ = "workshops"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    starts_at: Mapped[str] = mapped_column(String(5), default="09:00")  # local "HH:MM"
    venue: Mapped[str] = mapped_column(String(200), default="")
    phase: Mapped[Phase] = mapped_column(StrEnumType(Phase), default=Phase.DISCOVER)
    notes: Mapped[str] = mapped_column(Text, default="")


class AgendaItem(Tracked, Base):
    """A timeboxed activity of a workshop; start times follow from the order and minutes."""

    __tablename__ = "agenda_items"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    title: Mapped[str] = mapped_column(String(200))
    method_key: Mapped[str] = mapped_column(String(64), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=15)
    instructions: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(200), default="")


class Attendance(Tracked, Base):
    """Whether a person took part in a workshop."""

    __tablename__ = "attendance"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
