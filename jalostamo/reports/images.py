"""Photos for reports: read once, bounded to print resolution, embedded once per media id.

reportlab embeds an image as one XObject per distinct content, so handing the canvas the same
:class:`ImageReader` for a media id wherever it appears keeps the PDF small and the build fast.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PIL import Image
from reportlab.lib.utils import ImageReader

from jalostamo.errors import UserError
from jalostamo.models import Media

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
    """JPEG bytes no larger than :data:`MAX_PIXELS` on the long side, in sRGB-compatible RGB."""
    with Image.open(io.BytesIO(blob), formats=["JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF"]) as im:
        if (im.format == "JPEG" and im.mode in ("RGB", "L")
                and max(im.size) <= MAX_PIXELS):
            return blob
        im.thumbnail((MAX_PIXELS, MAX_PIXELS))
        if im.mode not in ("RGB", "L"):
            background = Image.new("RGB", im.size, "white")
            rgba = im.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            im = background
        out = io.BytesIO()
        im.save(out, "JPEG", quality=85, optimize=True)
        return out.getvalue()


class ImageStore:
    """One :class:`ImageReader` per media id, created on first use."""

    def __init__(self, services: Services, *, known: set[str], withheld: set[str]) -> None:
        self._services = services
        self._known = known
        self.withheld = withheld
        self._readers: dict[str, ImageReader | None] = {}

    def reader(self, media_id: str | None) -> ImageReader | None:
        if not media_id or media_id in self.withheld or media_id not in self._known:
            return None
        if media_id not in self._readers:
            reader: ImageReader | None = None
            blob = read_preview(self._services, media_id)
            if blob:
                try:
                    reader = ImageReader(io.BytesIO(print_ready(blob)))
                except (OSError, ValueError, Image.DecompressionBombError):
                    reader = None
            self._readers[media_id] = reader
        return self._readers[media_id]

    @property
    def loaded(self) -> int:
        return sum(1 for r in self._readers.values() if r is not None)
