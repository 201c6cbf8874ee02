"""The common base of every board item: geometry from its row, selection, resize, badges.

An item paints in two layers, so that a board of thousands of items repaints at the speed of
plain rectangles when it is zoomed out:

- the item itself is a QGraphicsRectItem painted by Qt in C++ (no Python call per repaint):
  a flat fill in the item's colour (a photo: its tiny thumbnail), the level-of-detail look;
- its *face*, a child item painted by Python into a device-coordinate cache, adds the detail:
  text, outlines, shadow, selection, padlock, dot badge. The scene shows faces only when
  items are big enough on screen to read (``detail``), and always for selected, locked and
  voted items. Faces are made the first time they are needed.

Fonts, pens and brushes are made once per process, never per paint.
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
FIXED_FLAGS = Flag.ItemIsSelectable | Flag.ItemIsFocusable
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
NO_PEN = Qt.PenStyle.NoPen
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
HANDLE = 14.0
GRID = 20.0
MIN_SIZE = 24.0
SHADOW = 3.0
TOP_VOTED = "#F29900"  # the outline of a dot vote's most-voted items


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


def paint_shadow(painter: QPainter, rect: QRectF) -> None:
    """A soft shadow right of and below ``rect`` (never under it: the fill there is Qt's)."""
    shade = brush("#33000000")
    painter.fillRect(QRectF(rect.right(), rect.top() + SHADOW, SHADOW, rect.height()), shade)
    painter.fillRect(QRectF(rect.left() + SHADOW, rect.bottom(), rect.width() - SHADOW,
                            SHADOW), shade)


@cache
def outline_pen(color: str = "#5F6368", width: float = 1.0) -> QPen:
    return QPen(QColor(color), width)


class ItemFace(QGraphicsRectItem):
    """The detailed look of a board item, painted by its owner into the face's cache. It
    takes no mouse buttons: clicks go through to the item (or to what lies below a frame)."""

    def __init__(self, owner: BoardItem) -> None:
        super().__init__(owner.face_rect(), owner)
        self.setPen(NO_PEN)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(owner.face_cache)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        owner = self.parentItem()
        if isinstance(owner, BoardItem):
            owner.paint_face(painter)


class BoardItem(QGraphicsRectItem):
    """A view of one ``board_items`` row; ``row`` is the last stored state."""

    face_cache = DEVICE_CACHE
    face_margin = 0.0  # room for a shadow below and to the right of the item
    always_face = False  # the flat fill alone would not show the item (text, outline shapes)
    # defaults shared by the class until an item sets its own (fewer attribute writes for
    # each of the 50,000 items of a big board)
    read_only = False
    dots = 0
    top_voted = False
    face: ItemFace | None = None
    _flat: bool | None = None
    _outlined = False
    _resizing = False
    _grip = QPointF()
    _stale = True

    def __init__(self, row: dict[str, Any], *, detail: bool = True) -> None:
        super().__init__(0.0, 0.0, row["width"], row["height"])
        self.connectors: list[ConnectorItem] = []
        self.detail = detail
        self._first_show(row)

    def _first_show(self, row: dict[str, Any]) -> None:
        """:meth:`apply` for a new item: nothing to compare with, each Qt setter called once
        (a board of 50,000 items makes 50,000 of these)."""
        self.row = row
        self.setPos(row["x"], row["y"])
        rotation = row.get("rotation")
        if rotation:  # turned around its centre (set when an item is turned, see apply)
            self.setTransformOriginPoint(row["width"] / 2, row["height"] / 2)
            self.setRotation(float(rotation))
        if row["z"]:
            self.setZValue(row["z"])
        self._movable = not row["locked"] and not self.read_only
        self.setFlags(FLAGS if self._movable else FIXED_FLAGS)
        if self.wants_face():
            self.sync_face(restyle=True)
        else:  # the flat look (what sync_face would do for an item not yet selected)
            self._flat = True
            self.setBrush(self.flat_brush())
            self.setPen(NO_PEN)

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
            self._set_size(row["width"], row["height"])
            moved = True
        pos = self.pos()
        if pos.x() != row["x"] or pos.y() != row["y"]:
            self.setPos(row["x"], row["y"])
            moved = True
        rotation = float(row.get("rotation") or 0.0)
        if self.rotation() != rotation:
            self.setTransformOriginPoint(self.rect().center())
            self.setRotation(rotation)
            moved = True
        if self.zValue() != row["z"]:
            self.setZValue(row["z"])
        movable = not row["locked"] and not self.read_only
        if movable != self._movable:
            self._movable = movable
            self.setFlag(MOVABLE, movable)
        if not old or any(old[k] != row[k] for k in self.content_fields()):
            self._stale = True  # layout is recomputed lazily, at the next paint
            self.sync_face(restyle=True)
            if self.face is not None:
                self.face.update()
        if moved:
            self.follow_connectors()

    def _set_size(self, width: float, height: float) -> None:
        """Resize around the top-left corner; rotation stays around the centre."""
        self.setRect(0.0, 0.0, width, height)
        self.setTransformOriginPoint(width / 2, height / 2)
        if self.face is not None:
            self.face.setRect(self.face_rect())

    def follow_connectors(self) -> None:
        for connector in self.connectors:
            connector.follow()

    def content_fields(self) -> tuple[str, ...]:
        return ("text", "color", "shape", "style", "width", "height", "locked", "media_id")

    def refresh(self) -> None:
        """Recompute cached layout (fonts that fit) after the row's content changed."""

    def flat_brush(self) -> QBrush:
        """The item's fill: Qt draws it in C++ while the face is hidden, else the face does."""
        return QBrush(Qt.BrushStyle.NoBrush)

    def flat_pen(self) -> QPen | Qt.PenStyle:
        """The outline Qt draws with the flat look: the selection's, else none."""
        return selection_pen() if self.isSelected() else NO_PEN

    def show_flat(self, on: bool) -> None:
        """Let Qt draw the flat look (the face is hidden) or nothing (the face draws all)."""
        self.setBrush(self.flat_brush() if on else NO_BRUSH)
        self.setPen(self.flat_pen() if on else NO_PEN)

    def set_dots(self, dots: int, *, top: bool = False) -> None:
        """The dots of the shown vote; ``top``: among the most voted (highlighted)."""
        if dots != self.dots or top != self.top_voted:
            self.dots = dots
            self.top_voted = top
            self.sync_face()
            if self.face is not None:
                self.face.update()

    # --- the face -----------------------------------------------------------------------------

    def face_rect(self) -> QRectF:
        return self.rect().adjusted(0.0, 0.0, self.face_margin, self.face_margin)

    def wants_face(self) -> bool:
        """Zoomed out, a selected item keeps its flat look with a blue outline Qt draws
        (``flat_pen``): selecting all of a big board must not paint thousands of faces."""
        return self.detail or self.always_face or self.locked or self.dots > 0

    def sync_face(self, *, restyle: bool = False) -> None:
        """Show the face when it is wanted (made the first time), else the flat look; one of
        the two paints the item's fill, never both. ``restyle``: the fill has changed."""
        wanted = self.wants_face()
        if self.face is None:
            if wanted:
                self.face = ItemFace(self)
        elif self.face.isVisible() != wanted:
            self.face.setVisible(wanted)
        outlined = not wanted and self.isSelected()
        if restyle or self._flat is wanted:
            self._flat = not wanted
            self._outlined = outlined
            self.show_flat(not wanted)
        elif outlined != self._outlined:
            self._outlined = outlined
            self.setPen(self.flat_pen())

    def selection_changed(self) -> None:
        self.sync_face()
        if self.face is not None:
            self.face.update()

    def paint_face(self, painter: QPainter) -> None:
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
        if self.locked:  # a small padlock in the bottom-left corner
            painter.setPen(outline_pen("#5F6368", 1.5))
            painter.setBrush(brush("#9AA0A6"))
            painter.drawRect(QRectF(rect.left() + 6, rect.bottom() - 15, 12, 9))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(rect.left() + 8, rect.bottom() - 21, 8, 12), 0, 180 * 16)
        if self.top_voted:  # a vote's winner stands out on the board (and on the projector)
            painter.setPen(outline_pen(TOP_VOTED, 6.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(3.0, 3.0, -3.0, -3.0))
        if self.dots:
            # inside the item: anything outside the face's rect would be cut off its cache
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
            self._set_size(max(MIN_SIZE, pos.x()), max(MIN_SIZE, pos.y()))
            self._stale = True
            if self.face is not None:
                self.face.update()
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
