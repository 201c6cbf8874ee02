"""Content-addressed image blobs: the original (oriented, stripped, bounded), preview, thumbnail."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from jalostamo.models.base import Base, Tracked


class Media(Tracked, Base):
    """An image. Its id is the SHA-256 of the stored original, so the same photo imported on two
    laptops is one row after a merge. Blob columns are deferred: listing media never loads them.
    """

    __tablename__ = "media"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), default=None, index=True)
    #: the person pictured, when known, so that "erase this person" can find the photo
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), default=None)
    caption: Mapped[str] = mapped_column(String(300), default="")
    #: what the photo shows, for people who cannot see it (a report's alternative text;
    #: empty: the caption is used)
    alt_text: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    mime_type: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    original: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    preview: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
