"""A photo (for example of a Lego build) drawn from a cached preview; annotations are items
placed on top of it, which it carries when it moves (like a frame).

Zoomed out, Qt fills the item in C++ with a brush made of a tiny copy of the photo, so a board
of hundreds of photos repaints as fast as plain rectangles; the preview is drawn by the face."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPixmap, QTransform

from jalostamo.ui.canvas.items.base import (
    SHADOW,
    BoardItem,
    brush,
    outline_pen,
    paint_shadow,
)
from jalostamo.ui.canvas.items.text_layout import font_of

TINY = 32  # the side of the low-detail copy of a photo, in pixels


def tiny_copy(pixmap: QPixmap) -> QPixmap:
    return pixmap.scaled(TINY, TINY, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class PhotoItem(BoardItem):
    pixmap: QPixmap | None = None
    tiny: QPixmap | None = None
    face_margin = SHADOW

    def set_pixmap(self, pixmap: QPixmap | None, tiny: QPixmap | None = None) -> None:
        """Show ``pixmap``; ``tiny`` is its low-detail copy (shared by items of one photo)."""
        self.pixmap = pixmap
        if pixmap is not None and not pixmap.isNull():
            self.tiny = tiny if tiny is not None else tiny_copy(pixmap)
        else:
            self.tiny = None
        self.sync_face(restyle=True)
        if self.face is not None:
            self.face.update()

    def _set_size(self, width: float, height: float) -> None:
        super()._set_size(width, height)
        if self.row:
            self.sync_face(restyle=True)  # the tiny photo is stretched over the new size

    def flat_brush(self) -> QBrush:
        if self.tiny is None:
            return brush("#DADCE0")
        texture = QBrush(self.tiny)
        rect = self.rect()
        texture.setTransform(QTransform.fromScale(rect.width() / self.tiny.width(),
                                                  rect.height() / self.tiny.height()))
        return texture

    def paint_content(self, painter: QPainter) -> None:
        rect = self.rect()
        paint_shadow(painter, rect)
        if self.pixmap is not None and not self.pixmap.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(rect, self.pixmap, QRectF(self.pixmap.rect()))
        else:
            painter.fillRect(rect, brush("#DADCE0"))
            painter.setPen(outline_pen("#5F6368"))
            painter.setFont(font_of(14))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "📷")
        painter.setPen(outline_pen("#FFFFFF", 4.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
