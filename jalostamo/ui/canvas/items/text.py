"""Free text on the board: no background; the text fits its box, aligned left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter

from jalostamo.ui.canvas.items.base import BoardItem, outline_pen
from jalostamo.ui.canvas.items.text_layout import fitting_font


class TextItem(BoardItem):
    _font: QFont
    always_face = True  # free text has no fill that could stand for it
    FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap)

    def refresh(self) -> None:
        size = int(self.row.get("style", {}).get("font_size", 24))
        self._font = fitting_font(self.row.get("text", ""), self.rect(), largest=size,
                                  flags=self.FLAGS)

    def paint_content(self, painter: QPainter) -> None:
        painter.setPen(outline_pen(self.row.get("color") or "#202124"))
        painter.setFont(self._font)
        painter.drawText(self.rect(), self.FLAGS, self.row.get("text", ""))
