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

Flag = QGraphicsItem.GraphicsItemFlag
MOVABLE = Flag.ItemIsMovable
FLAGS = Flag.ItemIsSelectable | Flag.ItemIsMovable | Flag.ItemIsFocusable
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
NO_PEN = Qt.PenStyle.NoPen
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
        self._stale = True
        self._movable = True
        self.setPen(NO_PEN)
        self.setFlags(FLAGS)
        self.setCacheMode(DEVICE_CACHE)
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
        self.row = row if not old else dict(row)
        moved = False
        if not old or old["width"] != row["width"] or old["height"] != row["height"]:
            self.setRect(0.0, 0.0, row["width"], row["height"])
            moved = True
        pos = self.pos()
        if pos.x() != row["x"] or pos.y() != row["y"]:
            self.setPos(row["x"], row["y"])
            moved = True
        if self.zValue() != row["z"]:
            self.setZValue(row["z"])
        movable = not row["locked"] and not self.read_only
        if movable != self._movable:
            self._movable = movable
            self.setFlag(MOVABLE, movable)
        if not old or any(old[k] != row[k] for k in self.content_fields()):
            self._stale = True  # layout is recomputed lazily, at the next paint
            self.update()
        if moved:
            self.follow_connectors()

    def follow_connectors(self) -> None:
        for connector in self.connectors:
            connector.follow()

    def content_fields(self) -> tuple[str, ...]:
        return ("text", "color", "shape", "style", "width", "height", "locked", "media_id")

    def refresh(self) -> None:
        """Recompute cached layout (fonts that fit) after the row's content changed."""

    def set_dots(self, dots: int) -> None:
        if dots != self.dots:
            self.dots = dots
            self.update()

    # --- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._stale:
            self._stale = False
            self.refresh()
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
            painter.drawRect(QRectF(rect.left() + 6, rect.bottom() - 15, 12, 9))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(rect.left() + 8, rect.bottom() - 21, 8, 12), 0, 180 * 16)
        if self.dots:
            # inside the item: anything outside its bounding rect would be cut off the cache
            badge = QRectF(rect.right() - 32, rect.top() + 4, 28, 24)
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
            self._stale = True
            self.follow_connectors()
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
