"""A frame (kehys): a titled section that carries the items inside it when it moves."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from jalostamo.ui.canvas.items.base import BoardItem, brush, outline_pen, selection_pen
from jalostamo.ui.canvas.items.text_layout import font_of

TITLE_HEIGHT = 36.0
TITLE_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@cache
def frame_pen() -> QPen:
    pen = QPen(QColor("#80868B"), 1.0)
    pen.setCosmetic(True)
    return pen


class FrameItem(BoardItem):
    # frames are large and cheap to draw: a cached pixmap of one at 400 % would be huge
    face_cache = QGraphicsItem.CacheMode.NoCache

    def flat_brush(self) -> QBrush:
        color = QColor(self.row.get("color") or "#E8EAED")
        color.setAlpha(70)
        return brush(color.name(QColor.NameFormat.HexArgb))

    def flat_pen(self) -> QPen | Qt.PenStyle:
        return selection_pen() if self.isSelected() else frame_pen()  # a thin border stays

    def paint_content(self, painter: QPainter) -> None:
        rect = self.rect()
        painter.fillRect(rect, self.flat_brush())
        painter.setPen(outline_pen("#80868B", 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(outline_pen("#202124"))
        painter.setFont(font_of(20, True))
        painter.drawText(QRectF(rect.left() + 12, rect.top(), rect.width() - 24, TITLE_HEIGHT),
                         TITLE_FLAGS, self.row.get("text", ""))

    def shape(self) -> QPainterPath:
        """Only the title bar and the border grab the mouse: a drag inside the frame's body
        starts a rubber band, so items in the frame stay easy to select."""
        rect = self.rect()
        path = QPainterPath()
        path.addRect(QRectF(rect.left(), rect.top(), rect.width(), TITLE_HEIGHT))
        for edge in (QRectF(rect.left(), rect.top(), 8, rect.height()),
                     QRectF(rect.right() - 8, rect.top(), 8, rect.height()),
                     QRectF(rect.left(), rect.bottom() - 8, rect.width(), 8)):
            path.addRect(edge)
        if self.isSelected():
            path.addRect(self.handle_rect())
        return path
