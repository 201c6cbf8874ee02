"""City teams, their members and the themes they work in."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import MemberRole


class Team(Tracked, Base):
    """A city team (kaupunkitiimi); one team shapes one experiment."""

    __tablename__ = "teams"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    city: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#2F9E44")
    position: Mapped[float] = mapped_column(Float, default=0.0)

    @property
    def display_name(self) -> str:
        return self.name or self.city


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
