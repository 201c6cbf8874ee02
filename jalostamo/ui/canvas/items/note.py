"""A sticky note (muistilappu): a coloured square whose text always fits it."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainter

from jalostamo.ui.canvas.items.base import BoardItem, brush, outline_pen
from jalostamo.ui.canvas.items.text_layout import WRAP, fitting_font

NOTE_COLORS = ("#FFE066", "#FFB3C7", "#A0E7A0", "#9FD3FF", "#FFC078", "#D0B3FF", "#FFFFFF")
PADDING = 10.0


class NoteItem(BoardItem):
    _font: QFont
    _text_box: QRectF

    def refresh(self) -> None:
        rect = self.rect()
        self._text_box = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        self._font = fitting_font(self.row.get("text", ""), self._text_box)

    def paint_content(self, painter: QPainter) -> None:
        rect = self.rect()
        painter.fillRect(rect.translated(3, 3), brush("#33000000"))
        painter.fillRect(rect, brush(self.row.get("color") or NOTE_COLORS[0]))
        painter.setPen(outline_pen("#202124"))
        painter.setFont(self._font)
        painter.drawText(self._text_box, WRAP, self.row.get("text", ""))

