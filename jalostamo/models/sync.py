"""What merging needs to remember: which files were merged, and every conflict it resolved."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, StrEnumType, Tracked
from jalostamo.models.enums import ConflictStatus


class MergeRecord(Tracked, Base):
    """One merge of a source file into this one, with its counts per table."""

    __tablename__ = "merge_records"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_device_id: Mapped[str] = mapped_column(String(36), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    conflict_count: Mapped[int] = mapped_column(Integer, default=0)


class Conflict(Tracked, Base):
    """A row both sides changed: the newer edit won; the other is kept here to be reviewed and,
    if the facilitator wants, chosen instead."""

    __tablename__ = "conflicts"

    merge_id: Mapped[str | None] = mapped_column(ForeignKey("merge_records.id", ondelete="SET NULL"), default=None)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64), index=True)
    #: the one field both sides changed (``winner``/``loser`` hold ``{field: value}`` and the
    #: stamps); None for a whole-row conflict logged before field-level merging
    field: Mapped[str | None] = mapped_column(String(64), default=None)
    winner: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    loser: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[ConflictStatus] = mapped_column(StrEnumType(ConflictStatus), default=ConflictStatus.OPEN)


class Erasure(Tracked, Base):
    """A person erased from the programme. It travels with the programme, so that a merge
    (or a JSON import) does not bring the person back: rows linking to ``person_id`` are
    refused and the name's forms in incoming text are replaced by the pseudonym.

    The name itself is not kept: ``forms`` holds salted, shortened SHA-256 hashes of the
    lower-cased name and its inflected forms (services/erasure_record.py), ``words`` how many
    words the name has.
    """

    __tablename__ = "erasures"

    person_id: Mapped[str] = mapped_column(String(36), index=True)
    salt: Mapped[str] = mapped_column(String(32), default="")
    words: Mapped[int] = mapped_column(Integer, default=1)
    forms: Mapped[list[str]] = mapped_column(JSON, default=list)
    quotes: Mapped[bool] = mapped_column(Boolean, default=True)
    photos: Mapped[bool] = mapped_column(Boolean, default=True)
    erased_at: Mapped[str] = mapped_column(String(27), default="")
