"""Photos for reports: read once, decoded within bounds, encoded again without metadata at print
resolution, embedded once per media id."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from jalostamo.errors import UserError
from jalostamo.models import Media
from jalostamo.services.images import ImageProblem
from jalostamo.services.stored_images import fits_for_print, is_bare_jpeg, reencoded_for_print

if TYPE_CHECKING:
    from jalostamo.services import Services

#: long side in pixels: 300 dpi over about 13 cm, plenty for a board photo on A4
MAX_PIXELS = 1600


def read_preview(services: Services, media_id: str) -> bytes | None:
    """The preview blob of a photo (the media service's when it exists)."""
    try:
        media_service = services.media
    except ImportError:
        media_service = None
    if media_service is not None:
        try:
            return media_service.blob(media_id, "preview")
        except UserError:
            return None
    with services.doc.session() as session:
        row = session.get(Media, media_id)
        if row is None or row.deleted_at is not None:
            return None
        return row.preview or row.original or None


def print_ready(blob: bytes) -> bytes:
    """JPEG bytes no larger than :data:`MAX_PIXELS` on the long side, in RGB, carrying no
    metadata. A bare JPEG (nothing but image segments, as Jalostamo writes previews) of that
    size is used as it is; anything else is decoded (bounded) and encoded again. Raises
    :class:`~jalostamo.services.images.ImageProblem`."""
    if is_bare_jpeg(blob) and fits_for_print(blob, MAX_PIXELS):
        return blob
    return reencoded_for_print(blob, MAX_PIXELS)


class ImageStore:
    """One print-ready JPEG file per media id, written on first use to a private temporary
    folder. reportlab names an image XObject after its file name, so a photo drawn many times
    is embedded once, and its pixels are never held decoded in memory."""

    def __init__(self, services: Services, *, known: set[str], withheld: set[str]) -> None:
        self._services = services
        self._known = known
        self.withheld = withheld
        self._files: dict[str, str | None] = {}
        #: photos that could not be drawn, with the reason (media id, reason key and params)
        self.left_out: list[tuple[str, ImageProblem]] = []
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def reader(self, media_id: str | None) -> str | None:
        """The file to draw for ``media_id``, or None (missing, unreadable or withheld)."""
        if not media_id or media_id in self.withheld or media_id not in self._known:
            return None
        if media_id not in self._files:
            path: str | None = None
            blob = read_preview(self._services, media_id)
            if blob:
                try:
                    ready = print_ready(blob)
                except ImageProblem as problem:
                    self.left_out.append((media_id, problem))
                    ready = b""
                if ready:
                    if self._folder is None:
                        self._folder = tempfile.TemporaryDirectory(prefix="jalostamo-images-",
                                                                   ignore_cleanup_errors=True)
                    # named by a counter, never by the media id (which comes from the file)
                    file = Path(self._folder.name) / f"{len(self._files):06d}.jpg"
                    file.write_bytes(ready)
                    path = str(file)
            self._files[media_id] = path
        return self._files[media_id]

    @property
    def loaded(self) -> int:
        return sum(1 for f in self._files.values() if f is not None)

    def close(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
