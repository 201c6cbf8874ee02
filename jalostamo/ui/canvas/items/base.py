"""The common base of every board item: geometry from its row, selection, resize, badges.

Items derive from QGraphicsRectItem so that ``boundingRect`` stays in C++ (no Python call per
repaint) and paint from a device-coordinate cache; the Python ``paint`` runs only when an item
changes or the zoom does. Fonts, pens and brushes are made once per process, never per paint.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

if TYPE_CHECKING:
    from jalostamo.ui.canvas.items.connector import ConnectorItem

HANDLE = 14.0
GRID = 20.0
MIN_SIZE = 24.0


@cache
def selection_pen() -> QPen:
    pen = QPen(QColor("#1A73E8"), 2.0)
    pen.setCosmetic(True)
    return pen


@cache
def badge_font() -> QFont:
    font = QFont()
    font.setPixelSize(14)
    font.setBold(True)
    return font


@cache
def brush(color: str) -> QBrush:
    return QBrush(QColor(color))


@cache
def outline_pen(color: str = "#5F6368", width: float = 1.0) -> QPen:
    return QPen(QColor(color), width)


class BoardItem(QGraphicsRectItem):
    """A view of one ``board_items`` row; ``row`` is the last stored state."""

    def __init__(self, row: dict[str, Any]) -> None:
        super().__init__()
        self.row: dict[str, Any] = {}
        self.read_only = False
        self.connectors: list[ConnectorItem] = []
        self.dots = 0
        self._resizing = False
        self._grip = QPointF()
        self.setPen(Qt.PenStyle.NoPen)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.apply(row)

    @property
    def item_id(self) -> str:
        return str(self.row["id"])

    @property
    def locked(self) -> bool:
        return bool(self.row.get("locked"))

    def apply(self, row: dict[str, Any]) -> None:
        """Show ``row``; only what changed is touched, so an unchanged item keeps its cache."""
        old = self.row
        self.row = dict(row)
        if old.get("width") != row["width"] or old.get("height") != row["height"]:
            self.setRect(0.0, 0.0, float(row["width"]), float(row["height"]))
        if self.pos() != QPointF(row["x"], row["y"]):
            self.setPos(float(row["x"]), float(row["y"]))
        if self.zValue() != row["z"]:
            self.setZValue(float(row["z"]))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable,
                     not row.get("locked") and not self.read_only)
        if any(old.get(k) != row.get(k) for k in self.content_fields()) or not old:
            self.refresh()
            self.update()

    def content_fields(self) -> tuple[str, ...]:
        return ("text", "color", "shape", "style", "width", "height", "locked", "media_id")

    def refresh(self) -> None:
        """Recompute cached layout after the row's content changed."""

    def set_dots(self, dots: int) -> None:
        if dots != self.dots:
            self.dots = dots
            self.update()

    # --- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self.paint_content(painter)
        rect = self.rect()
        if self.isSelected():
            painter.setPen(selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if not self.locked and not self.read_only:
                painter.fillRect(self.handle_rect(), brush("#1A73E8"))
        if self.locked:  # a small padlock in the top-right corner
            painter.setPen(outline_pen("#5F6368", 1.5))
            painter.setBrush(brush("#9AA0A6"))
            painter.drawRect(QRectF(rect.right() - 18, rect.top() + 10, 12, 9))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(rect.right() - 16, rect.top() + 4, 8, 12), 0, 180 * 16)
        if self.dots:
            badge = QRectF(rect.right() - 30, rect.top() - 12, 30, 24)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush("#D93025"))
            painter.drawEllipse(badge)
            painter.setPen(outline_pen("#FFFFFF"))
            painter.setFont(badge_font())
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.dots))

    def paint_content(self, painter: QPainter) -> None:
        raise NotImplementedError

    def handle_rect(self) -> QRectF:
        rect = self.rect()
        side = min(HANDLE, rect.width() / 4, rect.height() / 4)  # small items stay draggable
        return QRectF(rect.right() - side, rect.bottom() - side, side, side)

    # --- moving and resizing ------------------------------------------------------------------

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            scene = self.scene()
            if scene is not None and getattr(scene, "snap", False) and scene.mouseGrabberItem():
                return QPointF(round(value.x() / GRID) * GRID, round(value.y() / GRID) * GRID)
        elif change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for connector in self.connectors:
                connector.follow()
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if (event.button() == Qt.MouseButton.LeftButton and self.isSelected()
                and not self.locked and not self.read_only and self.handle_rect().contains(event.pos())):
            self._resizing = True
            self._grip = self.rect().bottomRight() - event.pos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            pos = event.pos() + self._grip
            self.setRect(0.0, 0.0, max(MIN_SIZE, pos.x()), max(MIN_SIZE, pos.y()))
            self.refresh()
            for connector in self.connectors:
                connector.follow()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            self._resizing = False
            rect = self.rect()
            scene = self.scene()
            if scene is not None and hasattr(scene, "resize_requested"):
                scene.resize_requested(self, rect.width(), rect.height())
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "edit_text") and not self.locked:
            scene.edit_text(self)
            return
        super().mouseDoubleClickEvent(event)
