"""People, with the minimum of personal data the work needs (GDPR: data minimisation)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, Tracked


class Person(Tracked, Base):
    """A team member, facilitator, expert or reviewer. Residents who give feedback are not
    recorded as people unless they ask to be named; test sessions describe a segment instead.
    """

    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
