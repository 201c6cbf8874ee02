"""Photos of a JSON export being imported: ids checked, blobs re-encoded, references kept.

Every media id (and every reference to one) must be a SHA-256 in lowercase hex; anything else
(a path, an empty id, a NUL) refuses the import, naming the row. Each live photo then goes
through :func:`~jalostamo.services.stored_images.clean_stored`, or, when its original is not a
bare image as Jalostamo writes it (metadata, other formats), through
:func:`~jalostamo.services.images.process_image` like a photo imported from a camera, within
the same limits. When that changes the original, the photo's id becomes the SHA-256 of the new
bytes and every reference follows it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Final

from jalostamo.i18n import translate
from jalostamo.services.images import ImageProblem, process_image
from jalostamo.services.json_schema import JsonRefused, table_specs
from jalostamo.services.json_validate import ValidatedExport
from jalostamo.services.stored_images import CleanMedia, clean_stored

MEDIA_ID: Final = re.compile(r"[0-9a-f]{64}")


def is_media_id(value: object) -> bool:
    return isinstance(value, str) and MEDIA_ID.fullmatch(value) is not None


def _references() -> list[tuple[str, list[int]]]:
    """(table, indexes of its columns that refer to a media row), for tables that have any."""
    found = []
    for name, spec in table_specs().items():
        indexes = [i for i, column in enumerate(spec.columns)
                   if any(fk.column.table.name == "media"
                          for fk in spec.table.c[column].foreign_keys)]
        if indexes:
            found.append((name, indexes))
    return found


def _cleaned(original: bytes, preview: bytes | None, thumbnail: bytes | None) -> CleanMedia:
    try:
        return clean_stored(original, preview, thumbnail)
    except ImageProblem:
        image = process_image(original)  # the same path and limits as a camera's photo
        return CleanMedia(image.original, image.preview, image.thumbnail, image.mime_type,
                          image.width, image.height)


class MediaCleaner:
    """The photo rules of an import, row by row (the streaming import feeds rows as read):
    references must be photo ids; each photo is checked and re-encoded; ``renamed`` maps the
    ids that changed, for the references to follow."""

    def __init__(self, source: str) -> None:
        self.source = source
        columns = list(table_specs()["media"].columns)
        self.at = {name: columns.index(name) for name in (
            "id", "original", "preview", "thumbnail", "mime_type", "width", "height",
            "deleted_at")}
        self.references = dict(_references())
        self.renamed: dict[str, str] = {}

    def check_references(self, table: str, number: int, row: tuple[Any, ...]) -> None:
        indexes = self.references.get(table)
        if indexes and any(row[i] is not None and not is_media_id(row[i]) for i in indexes):
            raise JsonRefused("media.bad_id", path=self.source, table=table, row=number)

    def clean(self, number: int, row: tuple[Any, ...]) -> list[Any]:
        """The row with its photo checked and re-encoded (its id may change)."""
        at, source = self.at, self.source
        values = list(row)
        old_id = values[at["id"]]
        if not is_media_id(old_id):
            raise JsonRefused("media.bad_id", path=source, table="media", row=number)
        original = values[at["original"]]
        if not original:
            if values[at["deleted_at"]] is None:
                raise _bad_photo(source, number, old_id, ImageProblem("image.reason.empty"))
            values[at["preview"]] = values[at["thumbnail"]] = b""  # an erased photo
            return values
        try:
            clean = _cleaned(original, values[at["preview"]], values[at["thumbnail"]])
        except ImageProblem as problem:
            raise _bad_photo(source, number, old_id, problem) from None
        new_id = hashlib.sha256(clean.original).hexdigest()
        if new_id != old_id:
            self.renamed[old_id] = new_id
        for name in ("original", "preview", "thumbnail", "mime_type", "width", "height"):
            values[at[name]] = getattr(clean, name)
        values[at["id"]] = new_id
        return values

    def is_live(self, values: list[Any] | tuple[Any, ...]) -> bool:
        return values[self.at["deleted_at"]] is None


def clean_export_media(data: ValidatedExport, source: str) -> None:
    """Check and re-encode the photos of ``data`` in place; :class:`JsonRefused` names the
    first row that cannot be used."""
    cleaner = MediaCleaner(source)
    at = cleaner.at
    for table in cleaner.references:
        for number, row in enumerate(data.tables[table], start=1):
            cleaner.check_references(table, number, row)
    kept: dict[str, int] = {}
    rows: list[list[Any]] = []
    for number, row in enumerate(data.tables["media"], start=1):
        values = cleaner.clean(number, row)
        new_id = values[at["id"]]
        if new_id in kept:  # two rows became the same photo: keep one, a live one if any
            first = kept[new_id]
            if not cleaner.is_live(rows[first]) and cleaner.is_live(values):
                rows[first] = values
            continue
        kept[new_id] = len(rows)
        rows.append(values)
    data.tables["media"] = [tuple(values) for values in rows]
    renamed = cleaner.renamed
    if renamed:
        for table, indexes in cleaner.references.items():
            data.tables[table] = [
                tuple(renamed.get(v, v) if i in indexes else v for i, v in enumerate(row))
                for row in data.tables[table]]


def _bad_photo(source: str, number: int, media_id: str, problem: ImageProblem) -> JsonRefused:
    return JsonRefused("media.bad_photo", path=source, row=number, id=media_id[:16],
                       reason=translate(problem.reason, **problem.params))
