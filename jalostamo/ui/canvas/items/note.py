"""A sticky note (muistilappu): a coloured square whose text always fits it."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QFont, QPainter

from jalostamo.ui.canvas.items.base import SHADOW, BoardItem, brush, outline_pen, paint_shadow
from jalostamo.ui.canvas.items.text_layout import WRAP, fitting_font

NOTE_COLORS = ("#FFE066", "#FFB3C7", "#A0E7A0", "#9FD3FF", "#FFC078", "#D0B3FF", "#FFFFFF")
PADDING = 10.0


class NoteItem(BoardItem):
    _font: QFont
    _text_box: QRectF

    face_margin = SHADOW

    def flat_brush(self) -> QBrush:
        return brush(self.row.get("color") or NOTE_COLORS[0])

    def refresh(self) -> None:
        rect = self.rect()
        self._text_box = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        self._font = fitting_font(self.row.get("text", ""), self._text_box)

    def paint_content(self, painter: QPainter) -> None:
        rect = self.rect()
        paint_shadow(painter, rect)
        painter.fillRect(rect, self.flat_brush())
        painter.setPen(outline_pen("#202124"))
        painter.setFont(self._font)
        painter.drawText(self._text_box, WRAP, self.row.get("text", ""))

