"""Visual models: boards, their items, frozen versions and dot votes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import ItemKind, ShapeKind, VoteStatus


class Board(Tracked, Base):
    """A board (taulu): a team's visual model, optionally on a template background."""

    __tablename__ = "boards"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), default=None, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    template_key: Mapped[str] = mapped_column(String(64), default="empty")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class BoardItem(Tracked, Base):
    """Anything on a board. Geometry is in scene units (1 unit = 1 px at 100 % zoom)."""

    __tablename__ = "board_items"

    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ItemKind] = mapped_column(StrEnumType(ItemKind))
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    width: Mapped[float] = mapped_column(Float, default=160.0)
    height: Mapped[float] = mapped_column(Float, default=160.0)
    z: Mapped[float] = mapped_column(Float, default=0.0)
    rotation: Mapped[float] = mapped_column(Float, default=0.0)
    text: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#FFE066")
    shape: Mapped[ShapeKind | None] = mapped_column(StrEnumType(ShapeKind), default=None)
    #: the frame that carries this item, if any
    frame_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: items of one group share a group id
    group_id: Mapped[str | None] = mapped_column(String(36), default=None)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    media_id: Mapped[str | None] = mapped_column(ForeignKey("media.id", ondelete="SET NULL"), default=None)
    #: connectors: the items they join, their label and arrowheads
    source_id: Mapped[str | None] = mapped_column(String(36), default=None)
    target_id: Mapped[str | None] = mapped_column(String(36), default=None)
    label: Mapped[str] = mapped_column(String(300), default="")
    arrow_start: Mapped[bool] = mapped_column(Boolean, default=False)
    arrow_end: Mapped[bool] = mapped_column(Boolean, default=True)
    #: anything else a renderer needs (font size, stroke, annotation marks); small and flat
    style: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class BoardVersion(Tracked, Base):
    """A board as it stood at a workshop: an immutable snapshot of its items."""

    __tablename__ = "board_versions"

    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"), default=None)
    label: Mapped[str] = mapped_column(String(200), default="")
    #: list of item dicts as in :class:`BoardItem` (JSON-ready values)
    snapshot: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    item_count: Mapped[int] = mapped_column(Integer, default=0)


class DotVote(Tracked, Base):
    """A dot-voting round on a board (pisteäänestys)."""

    __tablename__ = "dot_votes"

    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    dots_per_voter: Mapped[int] = mapped_column(Integer, default=3)
    status: Mapped[VoteStatus] = mapped_column(StrEnumType(VoteStatus), default=VoteStatus.OPEN)


class Dot(Tracked, Base):
    """One dot placed on an item by a voter (a free label such as a team or a name tag)."""

    __tablename__ = "dots"

    vote_id: Mapped[str] = mapped_column(ForeignKey("dot_votes.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("board_items.id", ondelete="CASCADE"), index=True)
    voter: Mapped[str] = mapped_column(String(100), default="")
