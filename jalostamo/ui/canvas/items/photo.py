"""A photo (for example of a Lego build) drawn from a cached preview; annotations are items
placed on top of it, which it carries when it moves (like a frame)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

from jalostamo.ui.canvas.items.base import BoardItem, brush, outline_pen
from jalostamo.ui.canvas.items.text_layout import font_of


class PhotoItem(BoardItem):
    pixmap: QPixmap | None = None

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        self.pixmap = pixmap
        self.update()

    def paint_content(self, painter: QPainter) -> None:
        rect = self.rect()
        painter.fillRect(rect.translated(3, 3), brush("#33000000"))
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
