"""City teams, their members and the themes they work in."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import MemberRole
from jalostamo.models.naming import team_label

__all__ = ["Team", "TeamCity", "TeamMember", "TeamTheme", "team_label"]


class Team(Tracked, Base):
    """A city team (kaupunkitiimi); one team shapes one experiment. ``city`` is the team's
    first (or only) city; a team of several cities lists the others in :class:`TeamCity`.
    Several teams of one city are told apart by their names."""

    __tablename__ = "teams"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    city: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#2F9E44")
    position: Mapped[float] = mapped_column(Float, default=0.0)

    @property
    def display_name(self) -> str:
        """The name with the first city (services/teams.py ``label`` adds the other cities)."""
        return team_label(self.name, [self.city]) or self.city


class TeamCity(Tracked, Base):
    """A further city of a team of several cities working on one shared experiment (the
    first city stays in ``teams.city``, so that a file reads the same in older versions)."""

    __tablename__ = "team_cities"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    city: Mapped[str] = mapped_column(String(100))
    position: Mapped[float] = mapped_column(Float, default=0.0)


class TeamMember(Tracked, Base):
    __tablename__ = "team_members"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(StrEnumType(MemberRole), default=MemberRole.MEMBER)


class TeamTheme(Tracked, Base):
    """A team works in one or more themes."""

    __tablename__ = "team_themes"

    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), index=True)
