"""Shapes: rectangle, ellipse and diamond, with optional centred text."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QFont, QPainter, QPolygonF

from jalostamo.ui.canvas.items.base import BoardItem, brush, outline_pen
from jalostamo.ui.canvas.items.text_layout import WRAP, fitting_font


class ShapeItem(BoardItem):
    _font: QFont
    _text_box: QRectF
    _diamond: QPolygonF

    def flat_brush(self) -> QBrush:
        """Zoomed out, a rectangle is its fill; an ellipse or a diamond keeps its face."""
        if self.is_rectangle():
            return brush(self.row.get("color") or "#FFFFFF")
        return QBrush()

    def is_rectangle(self) -> bool:
        return (self.row.get("shape") or "rectangle") not in ("ellipse", "diamond")

    def wants_face(self) -> bool:
        return super().wants_face() or not self.is_rectangle()

    def refresh(self) -> None:
        rect = self.rect()
        inset = 0.25 if self.row.get("shape") in ("ellipse", "diamond") else 0.06
        self._text_box = rect.adjusted(rect.width() * inset, rect.height() * inset,
                                       -rect.width() * inset, -rect.height() * inset)
        self._font = fitting_font(self.row.get("text", ""), self._text_box)
        self._diamond = QPolygonF([QPointF(rect.center().x(), rect.top() + 1),
                                   QPointF(rect.right() - 1, rect.center().y()),
                                   QPointF(rect.center().x(), rect.bottom() - 1),
                                   QPointF(rect.left() + 1, rect.center().y())])

    def paint_content(self, painter: QPainter) -> None:
        rect = self.rect().adjusted(1, 1, -1, -1)
        painter.setPen(outline_pen(self.row.get("style", {}).get("stroke", "#3C4043"), 2.0))
        painter.setBrush(brush(self.row.get("color") or "#FFFFFF"))
        shape = self.row.get("shape") or "rectangle"
        if shape == "ellipse":
            painter.drawEllipse(rect)
        elif shape == "diamond":
            painter.drawPolygon(self._diamond)
        else:
            painter.drawRect(rect)
        painter.setPen(outline_pen("#202124"))
        painter.setFont(self._font)
        painter.drawText(self._text_box, WRAP, self.row.get("text", ""))
