"""Photo pixmaps per media id, decoded once from the stored preview and shared by every item
(and every board) that shows the same photo."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QImage, QPixmap

from jalostamo.services import Services
from jalostamo.services.board_export import media_blobs
from jalostamo.ui.canvas.items.photo import tiny_copy


class PhotoCache:
    def __init__(self, services: Services, kind: str = "preview") -> None:
        self.services = services
        self.kind = kind
        self._pixmaps: dict[str, QPixmap] = {}
        self._tiny: dict[str, QPixmap] = {}

    def load(self, media_ids: Iterable[str]) -> None:
        """Decode every missing photo, reading the blobs in one query."""
        missing = sorted({m for m in media_ids if m and m not in self._pixmaps})
        if not missing:
            return
        for media_id, data in media_blobs(self.services.boards, missing, self.kind).items():
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self._pixmaps[media_id] = pixmap

    def put(self, media_id: str, image: QImage, tiny: QImage | None = None) -> None:
        """A photo decoded elsewhere (a worker decodes into a QImage; only the conversion to a
        pixmap happens on the UI thread)."""
        self._pixmaps[media_id] = QPixmap.fromImage(image)
        if tiny is not None:
            self._tiny[media_id] = QPixmap.fromImage(tiny)

    def get(self, media_id: str | None) -> QPixmap | None:
        if not media_id:
            return None
        if media_id not in self._pixmaps:
            self.load([media_id])
        return self._pixmaps.get(media_id)

    def tiny(self, media_id: str | None) -> QPixmap | None:
        """A tiny copy of the photo, for drawing it zoomed out (made once per photo)."""
        pixmap = self.get(media_id)
        if not media_id or pixmap is None or pixmap.isNull():
            return None
        if media_id not in self._tiny:
            self._tiny[media_id] = tiny_copy(pixmap)
        return self._tiny[media_id]
