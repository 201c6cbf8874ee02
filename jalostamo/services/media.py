"""Photos: import (checked, rotated, stripped of metadata, bounded), blobs, listing.

A photo is stored inside the programme file as a :class:`~jalostamo.models.Media` row whose id is
the SHA-256 of the stored original; the same photo imported twice is one row. Processing is in
:mod:`jalostamo.services.images` (Pillow only); this module adds the database and the messages.

For an undo command around an import, use :meth:`MediaService.import_photo`, which says whether
the row was created, restored from a tombstone or already there: only the first two are undone
(by :meth:`delete`); a photo that was already there must not be deleted by undoing its re-import.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select

from jalostamo.errors import ImageRefused, NotFound, UserError
from jalostamo.i18n import translate
from jalostamo.models import Media, Person, Team
from jalostamo.services.entities import Entities, table_of
from jalostamo.services.images import (
    MAX_FILE_BYTES,
    ImageProblem,
    ProcessedImage,
    process_image,
)

BlobKind = Literal["original", "preview", "thumbnail"]
BLOB_KINDS: tuple[BlobKind, ...] = ("original", "preview", "thumbnail")


@dataclass(frozen=True)
class ImportedPhoto:
    """The outcome of importing one photo."""

    id: str
    name: str
    width: int
    height: int
    created: bool  # a new row was written
    restored: bool  # a tombstoned row (the same photo, deleted earlier) was brought back

    @property
    def changed(self) -> bool:
        """Whether the import changed the file (and so is worth an undo step)."""
        return self.created or self.restored


@dataclass
class ImportReport:
    """What a batch import did: photos imported, by name, and photos refused, with the reason."""

    imported: list[tuple[str, str]] = field(default_factory=list)  # (name, media id)
    refused: list[tuple[str, UserError]] = field(default_factory=list)  # (name, error)
    photos: list[ImportedPhoto] = field(default_factory=list)  # details of the imported ones

    @property
    def ok(self) -> bool:
        return not self.refused


class PhotoRefused(ImageRefused):
    """An :class:`ImageRefused` that also keeps the reason's key and parameters, so that a
    caller can tell the reasons apart (``image.reason.corrupt``, ``...too_large``, ...)."""

    def __init__(self, name: str, reason_key: str, **reason_params: Any) -> None:
        super().__init__("image.refused", name=name,
                         reason=translate(reason_key, **reason_params))
        self.name = name
        self.reason_key = reason_key
        self.reason_params = reason_params


def refusal(name: str, reason: str, **params: Any) -> PhotoRefused:
    """A refusal naming the photo, with the reason in the user's language."""
    return PhotoRefused(name, reason, **params)


class MediaService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    # --- importing ----------------------------------------------------------------------------

    def processed_image(self, data: bytes, name: str) -> ProcessedImage:
        """Decode and normalise ``data`` without storing it; refuse it by ``name`` if bad."""
        try:
            return process_image(data)
        except ImageProblem as problem:
            raise refusal(name, problem.reason, **problem.params) from None

    def import_photo(self, data: bytes, name: str, *, team_id: str | None = None,
                     caption: str = "", person_id: str | None = None,
                     alt_text: str = "") -> ImportedPhoto:
        """Import one photo from bytes; ``name`` (usually the file name) is used in messages.

        The same photo again returns the existing row untouched; a tombstoned one is restored
        (with the team, caption and person of this import). Nothing is written when refused.
        """
        self._check_links(team_id, person_id)
        image = self.processed_image(data, name)
        media_id = image.sha256
        existing = self._row_state(media_id)
        if existing is None:
            self.entities.create(
                Media, id=media_id, team_id=team_id, person_id=person_id, caption=caption,
                alt_text=alt_text, mime_type=image.mime_type, width=image.width, height=image.height,
                original=image.original, preview=image.preview, thumbnail=image.thumbnail,
            )
            return ImportedPhoto(media_id, name, image.width, image.height, True, False)
        if existing.deleted_at is not None:
            self.entities.restore(Media, media_id)
            self.entities.update(Media, media_id, team_id=team_id, person_id=person_id,
                                 caption=caption, alt_text=alt_text)
            return ImportedPhoto(media_id, name, image.width, image.height, False, True)
        return ImportedPhoto(media_id, name, image.width, image.height, False, False)

    def store_processed(self, images: Sequence[tuple[str, ProcessedImage]], *,
                        team_id: str | None = None) -> builtins.list[ImportedPhoto]:
        """Store photos already decoded (:meth:`processed_image`, e.g. on a worker thread):
        the new ones in one transaction, so that a cancel before this call leaves the file as
        it was and nothing is half stored. Repeats and tombstones are treated as in
        :meth:`import_photo`."""
        self._check_links(team_id, None)
        photos: builtins.list[ImportedPhoto] = []
        new_rows: builtins.list[dict[str, Any]] = []
        seen: set[str] = set()
        for name, image in images:
            media_id = image.sha256
            existing = None if media_id in seen else self._row_state(media_id)
            created = restored = False
            if media_id in seen:
                pass
            elif existing is None:
                new_rows.append({"id": media_id, "team_id": team_id, "caption": "",
                                 "mime_type": image.mime_type, "width": image.width,
                                 "height": image.height, "original": image.original,
                                 "preview": image.preview, "thumbnail": image.thumbnail})
                created = True
            elif existing.deleted_at is not None:
                self.entities.restore(Media, media_id)
                self.entities.update(Media, media_id, team_id=team_id, caption="")
                restored = True
            seen.add(media_id)
            photos.append(ImportedPhoto(media_id, name, image.width, image.height, created,
                                        restored))
        self.entities.create_many(Media, new_rows)
        return photos

    def import_bytes(self, data: bytes, name: str, *, team_id: str | None = None,
                     caption: str = "", person_id: str | None = None) -> str:
        """Import one photo from bytes; returns its media id. Raises :class:`ImageRefused`."""
        return self.import_photo(data, name, team_id=team_id, caption=caption,
                                 person_id=person_id).id

    def read_photo_file(self, path: Path) -> bytes:
        """The bytes of a photo file, or :class:`ImageRefused` (missing, a folder, too big)."""
        path = Path(path)
        try:
            if not path.exists():
                raise refusal(path.name, "media.reason.missing")
            if path.is_dir():
                raise refusal(path.name, "media.reason.folder")
            if not path.is_file():  # a device or a pipe: never read from one
                raise refusal(path.name, "image.reason.unreadable")
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise refusal(path.name, "image.reason.file_too_large",
                              size=f"{size / (1024 * 1024):.0f}",
                              limit=f"{MAX_FILE_BYTES / (1024 * 1024):.0f}")
            with path.open("rb") as fh:
                return fh.read(MAX_FILE_BYTES + 1)
        except OSError:
            raise refusal(path.name, "image.reason.unreadable") from None

    def import_file(self, path: Path, *, team_id: str | None = None, caption: str = "") -> str:
        """Import one photo file; returns its media id. Raises :class:`ImageRefused`."""
        path = Path(path)
        return self.import_bytes(self.read_photo_file(path), path.name, team_id=team_id,
                                 caption=caption)

    def import_files(self, paths: Sequence[Path], *, team_id: str | None = None) -> ImportReport:
        """Import many photo files: the good ones land, each bad one is refused by name.

        A team that does not exist is an error for the whole batch (nothing is imported).
        """
        self._check_links(team_id, None)
        report = ImportReport()
        for raw_path in paths:
            path = Path(raw_path)
            try:
                photo = self.import_photo(self.read_photo_file(path), path.name,
                                          team_id=team_id)
            except ImageRefused as exc:
                report.refused.append((path.name, exc))
                continue
            report.imported.append((path.name, photo.id))
            report.photos.append(photo)
        return report

    # --- reading ------------------------------------------------------------------------------

    def blob(self, media_id: str, kind: BlobKind, *, include_deleted: bool = False) -> bytes:
        """The stored bytes of one photo: the bounded original, the preview or the thumbnail."""
        if kind not in BLOB_KINDS:
            raise ValueError(f"unknown blob kind {kind!r}")
        table = table_of(Media)
        stmt = select(table.c[kind]).where(table.c.id == media_id)
        if not include_deleted:
            stmt = stmt.where(table.c.deleted_at.is_(None))
        with self.doc.session() as session:
            data = session.execute(stmt).scalar_one_or_none()
        if data is None:
            raise NotFound("not_found.row", kind="media", id=media_id)
        return bytes(data)

    def get(self, media_id: str) -> Media:
        """One photo's row (blobs not loaded)."""
        return self.entities.get(Media, media_id)

    def list(self, *, team_id: str | None = None) -> builtins.list[Media]:
        """Live photos, oldest first; of one team when ``team_id`` is given. Blobs not loaded."""
        filters: dict[str, Any] = {} if team_id is None else {"team_id": team_id}
        return self.entities.list(Media, **filters)

    # --- changing -----------------------------------------------------------------------------

    def describe(self, media_id: str, *, caption: str | None = None,
                 alt_text: str | None = None) -> dict[str, Any]:
        """Change the caption and/or the alt text (what the photo shows, for people who
        cannot see it); returns the old values of what changed (for undo)."""
        fields = {k: v for k, v in (("caption", caption), ("alt_text", alt_text))
                  if v is not None}
        return self.entities.update(Media, media_id, **fields) if fields else {}

    def delete(self, media_id: str) -> None:
        """Tombstone a photo (undo with :meth:`restore`)."""
        self.entities.delete(Media, media_id)

    def restore(self, media_id: str) -> None:
        self.entities.restore(Media, media_id)

    # --- helpers ------------------------------------------------------------------------------

    def _check_links(self, team_id: str | None, person_id: str | None) -> None:
        if team_id is not None:
            self.entities.get(Team, team_id)
        if person_id is not None:
            self.entities.get(Person, person_id)

    def _row_state(self, media_id: str) -> Any:
        table = table_of(Media)
        with self.doc.session() as session:
            return session.execute(
                select(table.c.id, table.c.deleted_at).where(table.c.id == media_id)
            ).first()
