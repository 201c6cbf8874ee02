"""Photos for reports: read once, bounded to print resolution, embedded once per media id."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

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
        picture: Image.Image = im
        if im.mode not in ("RGB", "L"):
            picture = Image.new("RGB", im.size, "white")
            rgba = im.convert("RGBA")
            picture.paste(rgba, mask=rgba.getchannel("A"))
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=85, optimize=True)
        return out.getvalue()


class ImageStore:
    """One print-ready JPEG file per media id, written on first use to a private temporary
    folder. reportlab names an image XObject after its file name, so a photo drawn many times
    is embedded once, and its pixels are never held decoded in memory."""

    def __init__(self, services: Services, *, known: set[str], withheld: set[str]) -> None:
        self._services = services
        self._known = known
        self.withheld = withheld
        self._files: dict[str, str | None] = {}
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
                except (OSError, ValueError, Image.DecompressionBombError):
                    ready = b""
                if ready:
                    if self._folder is None:
                        self._folder = tempfile.TemporaryDirectory(prefix="jalostamo-images-")
                    file = Path(self._folder.name) / f"{media_id[:40]}.jpg"
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
