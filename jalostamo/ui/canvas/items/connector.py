"""A connector (yhdysviiva): a line between two items with arrowheads and a label. It follows
its ends whenever they move, so it stays attached during a drag and after every change."""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jalostamo.ui.canvas.items.base import brush, outline_pen, selection_pen
from jalostamo.ui.canvas.items.text_layout import font_of, metrics_of

if TYPE_CHECKING:
    from jalostamo.ui.canvas.items.base import BoardItem

ARROW = 14.0
#: label font sizes (scene px): the smallest that is at least READABLE px on screen is used,
#: so a label stays readable as the board is zoomed out (it was 15 px: 6 px when fitted)
LABEL_SIZES = (18, 24, 32, 44, 60, 80, 110, 150)
READABLE = 13.0


def label_size(zoom: float) -> int:
    """The label's font size (scene px) at a view ``zoom``."""
    return next((s for s in LABEL_SIZES if s * zoom >= READABLE), LABEL_SIZES[-1])


@cache
def line_pen(color: str) -> QPen:
    return QPen(brush(color), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)


def border_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the centre of ``rect`` to ``toward`` leaves the rectangle."""
    center = rect.center()
    dx, dy = toward.x() - center.x(), toward.y() - center.y()
    if dx == 0 and dy == 0:
        return center
    scale = min(rect.width() / 2 / abs(dx) if dx else math.inf,
                rect.height() / 2 / abs(dy) if dy else math.inf)
    return QPointF(center.x() + dx * scale, center.y() + dy * scale)


def edge_point(item: BoardItem, toward: QPointF) -> QPointF:
    """Where the line from the item's centre to ``toward`` (scene) leaves the item, also when
    the item is turned (the rectangle is upright in the item's own coordinates)."""
    return item.mapToScene(border_point(item.rect(), item.mapFromScene(toward)))


def ends_line(source: BoardItem, target: BoardItem) -> QLineF:
    a = source.mapToScene(source.rect().center())
    b = target.mapToScene(target.rect().center())
    return QLineF(edge_point(source, b), edge_point(target, a))


class ConnectorItem(QGraphicsPathItem):
    def __init__(self, row: dict[str, Any]) -> None:
        super().__init__()
        self.row: dict[str, Any] = dict(row)
        self.source: BoardItem | None = None
        self.target: BoardItem | None = None
        self._label_rect = QRectF()
        self.label_px = LABEL_SIZES[0]
        self.detail = True  # False (zoomed out): Qt draws the path in C++, no text
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(float(row["z"]))

    @property
    def item_id(self) -> str:
        return str(self.row["id"])

    @property
    def locked(self) -> bool:
        return bool(self.row.get("locked"))

    def apply(self, row: dict[str, Any]) -> None:
        self.row = dict(row)
        self.setZValue(float(row["z"]))
        self.selection_changed()
        self.setBrush(brush(row.get("style", {}).get("stroke", "#3C4043")))
        self.follow()

    def selection_changed(self) -> None:
        """The pen Qt draws with zoomed out: the selection's, else the line's colour."""
        color = self.row.get("style", {}).get("stroke", "#3C4043")
        self.setPen(selection_pen() if self.isSelected() else line_pen(color))

    def attach(self, source: BoardItem | None, target: BoardItem | None) -> None:
        for end in (self.source, self.target):
            if end is not None and self in end.connectors:
                end.connectors.remove(self)
        self.source, self.target = source, target
        for end in (source, target):
            if end is not None:
                end.connectors.append(self)
        self.apply(self.row)

    def set_label_px(self, px: int) -> None:
        if px != self.label_px:
            self.label_px = px
            if self.row.get("label"):
                self.follow()

    def follow(self) -> None:
        """Recompute the path from the ends' current geometry."""
        if self.source is None or self.target is None:
            self.setPath(QPainterPath())
            return
        line = ends_line(self.source, self.target)
        path = QPainterPath(line.p1())
        path.lineTo(line.p2())
        if self.row.get("arrow_end", True):
            path.addPolygon(self._head(line))
        if self.row.get("arrow_start"):
            path.addPolygon(self._head(QLineF(line.p2(), line.p1())))
        label = self.row.get("label", "")
        if label:
            size = metrics_of(self.label_px, True).boundingRect(label)
            pad = self.label_px / 2
            mid = line.center()
            self._label_rect = QRectF(mid.x() - size.width() / 2 - pad,
                                      mid.y() - size.height() / 2 - pad / 2,
                                      size.width() + 2 * pad, size.height() + pad)
            path.addRect(self._label_rect)  # grows the bounding rect to hold the label
        self.setPath(path)

    @staticmethod
    def _head(line: QLineF) -> QPolygonF:
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()
        left = QPointF(tip.x() - ARROW * math.cos(angle - 0.45),
                       tip.y() - ARROW * math.sin(angle - 0.45))
        right = QPointF(tip.x() - ARROW * math.cos(angle + 0.45),
                        tip.y() - ARROW * math.sin(angle + 0.45))
        return QPolygonF([tip, left, right, tip])

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.source is None or self.target is None:
            return
        if not self.detail:  # thousands of them zoomed out: one call into C++ each
            super().paint(painter, option, widget)
            if self.row.get("label"):
                self._paint_label(painter)
            return
        color = self.row.get("style", {}).get("stroke", "#3C4043")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(selection_pen() if self.isSelected() else line_pen(color))
        painter.setBrush(brush(color))
        line = ends_line(self.source, self.target)
        painter.drawLine(line)
        if self.row.get("arrow_end", True):
            painter.drawPolygon(self._head(line))
        if self.row.get("arrow_start"):
            painter.drawPolygon(self._head(QLineF(line.p2(), line.p1())))
        if self.row.get("label"):
            self._paint_label(painter)

    def _paint_label(self, painter: QPainter) -> None:
        """The label on a white tag in the middle of the line, dark bold text."""
        painter.setPen(outline_pen("#9AA0A6", self.label_px / 12))
        painter.setBrush(brush("#FFFFFF"))
        radius = self.label_px / 3
        painter.drawRoundedRect(self._label_rect, radius, radius)
        painter.setPen(outline_pen("#202124"))
        painter.setFont(font_of(self.label_px, True))
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.row["label"])

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Double-click edits the label (as on a note, its text)."""
        scene = self.scene()
        if scene is not None and hasattr(scene, "edit_text") and not self.locked:
            scene.edit_text(self)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
