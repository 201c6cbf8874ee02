"""The template behind a board: labelled zones (from assets/templates) drawn as background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from jalostamo.ui.canvas.items.base import brush
from jalostamo.ui.canvas.items.text_layout import font_of

LABEL_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap)


def template_rect(template: dict[str, Any]) -> QRectF:
    return QRectF(0.0, 0.0, float(template["width"]), float(template["height"]))


def draw_template(painter: QPainter, template: dict[str, Any] | None) -> None:
    """Draw the zones in scene coordinates; text labels sit at the top of each zone."""
    if not template or not template["zones"]:
        return
    border = QPen(QColor("#BDC1C6"), 2.0)
    painter.setFont(font_of(26, True))
    for zone in template["zones"]:
        rect = QRectF(zone["x"], zone["y"], zone["w"], zone["h"])
        painter.setPen(border)
        painter.setBrush(brush(zone.get("color", "#F1F3F4")))
        if zone.get("shape") == "ellipse":
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 12, 12)
        if zone["label"]:
            painter.setPen(QColor("#5F6368"))
            painter.drawText(rect.adjusted(16, 14, -16, -14), LABEL_FLAGS, zone["label"])
    arrow_pen = QPen(QColor("#80868B"), 6.0)
    painter.setPen(arrow_pen)
    for x1, y1, x2, y2 in template.get("arrows", []):
        line = QLineF(x1, y1, x2, y2)
        painter.drawLine(line)
        painter.drawLine(line.p2(), line.p2() - QLineF.fromPolar(14, line.angle() + 30).p2())
        painter.drawLine(line.p2(), line.p2() - QLineF.fromPolar(14, line.angle() - 30).p2())
