"""The minimap: the whole board small, with the main view's visible area; click or drag to go.

The board is drawn flat (each item as its fill, a photo as its tiny copy, a connector as a
line) into a picture that is redrawn a moment after the board changes; panning or zooming
the main view only repaints the picture and the rectangle over it. (A second QGraphicsView
of the scene repainted every item on every scroll step of the main view.)
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QFrame, QWidget

from jalostamo.services.boards import paused_gc
from jalostamo.ui.canvas.items import BoardItem, ConnectorItem, PhotoItem
from jalostamo.ui.canvas.items.base import brush
from jalostamo.ui.canvas.items.note import NOTE_COLORS
from jalostamo.ui.canvas.scene import BoardScene
from jalostamo.ui.canvas.template_background import draw_template, template_rect
from jalostamo.ui.canvas.view import BoardView

REDRAW_DELAY_MS = 150
MARGIN = 100.0
EMPTY = QRectF(0, 0, 1200, 800)


@cache
def hairline(color: str) -> QPen:
    pen = QPen(QColor(color), 1.0)
    pen.setCosmetic(True)
    return pen


def board_rect(scene: BoardScene) -> QRectF:
    """The board's area with a margin, its edges on a grid of about a sixteenth of its size:
    an edit near an edge seldom changes it, so the picture's scale stays and the boxes kept
    for the rows that wait (lazy.py) stay good."""
    rect = scene.content_rect()
    if scene.template is not None:
        rect = rect.united(template_rect(scene.template))
    rect = (rect if not rect.isEmpty() else EMPTY).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    step = 2.0 ** math.floor(math.log2(max(rect.width(), rect.height()) / 16))
    left, top = math.floor(rect.left() / step) * step, math.floor(rect.top() / step) * step
    right, bottom = math.ceil(rect.right() / step) * step, math.ceil(rect.bottom() / step) * step
    return QRectF(left, top, right - left, bottom - top)


def paint_overview(painter: QPainter, scene: BoardScene) -> None:
    """Every item of ``scene`` as a flat shape (the painter maps scene coordinates onto the
    picture): frames first, then the other items in one ``drawRects`` call per colour, of
    whole-pixel boxes without repeats (a board of 50,000 notes is a few calls into C++ over a
    few thousand boxes), photos and turned items one by one, connectors last as lines."""
    draw_template(painter, scene.template)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    frames: list[BoardItem] = []
    one_by_one: list[BoardItem] = []
    # plain items as whole pixels of the picture, one rectangle per pixel box and colour:
    # zoomed out this far, thousands of notes share a few pixels
    world = painter.transform()
    sx, sy, dx, dy = world.m11(), world.m22(), world.dx(), world.dy()
    by_colour: dict[str, set[tuple[int, int, int, int]]] = {}
    lines: list[QLineF] = []
    for item in scene.by_id.made():  # the items made (see lazy.py), then the waiting rows
        row = item.row
        kind = row["kind"]
        if isinstance(item, ConnectorItem):
            if item.source is not None and item.target is not None:
                lines.append(QLineF(item.source.sceneBoundingRect().center(),
                                    item.target.sceneBoundingRect().center()))
        elif kind == "frame":
            frames.append(item)
        elif row.get("rotation") or kind == "photo":
            one_by_one.append(item)
        else:
            colour = (row.get("color") or NOTE_COLORS[0] if kind == "note"
                      else row.get("color") or "#DADCE0" if kind == "shape" else "#DADCE0")
            left, top = int(row["x"] * sx + dx), int(row["y"] * sy + dy)
            by_colour.setdefault(colour, set()).add(
                (left, top, max(1, int(row["width"] * sx)), max(1, int(row["height"] * sy))))
    waiting = scene.grid.boxes(sx, sy, dx, dy)
    for item in sorted(frames, key=lambda i: i.zValue()):
        rect = item.rect().translated(item.pos())
        painter.fillRect(rect, item.flat_brush())
        painter.setPen(hairline("#80868B"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
    painter.save()
    painter.resetTransform()
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, boxes in by_colour.items():
        painter.setBrush(brush(colour))
        painter.drawRects([QRect(*box) for box in boxes])
    for colour, rects in waiting.items():
        painter.setBrush(brush(colour))
        painter.drawRects(rects)
    painter.restore()
    for item in sorted(one_by_one, key=lambda i: i.zValue()):
        painter.save()
        painter.setTransform(item.sceneTransform(), True)
        rect = item.rect()
        if isinstance(item, PhotoItem) and item.tiny is not None:
            painter.drawPixmap(rect, item.tiny, QRectF(item.tiny.rect()))
        else:
            painter.fillRect(rect, item.flat_brush())
        painter.restore()
    if lines:
        painter.setPen(hairline("#5F6368"))
        painter.drawLines(lines)


class Minimap(QFrame):
    def __init__(self, main: BoardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.setFixedSize(220, 150)
        self.setFrameShape(QFrame.Shape.Box)
        self.setToolTip(self.tr("Minimap: click to move the view there"))
        self.picture = QPixmap()
        self._to_map = QTransform()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self.redraw)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.redraw)
        self._pen = QPen(QColor("#1A73E8"), 2.0)
        main.viewport_moved.connect(self.update)
        scene = main.board_scene()
        scene.contents_changed.connect(self._redraw.start)
        scene.template_changed.connect(self._redraw.start)

    def redraw(self) -> None:
        """Draw the board into the picture, fitted and centred in the frame."""
        self._soon.stop()
        scene = self.main.board_scene()
        area = self._fit()
        ratio = self.devicePixelRatioF()
        picture = QPixmap(int(area.width() * ratio), int(area.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.white)
        painter = QPainter(picture)
        painter.translate(-area.x(), -area.y())
        painter.setTransform(self._to_map, True)
        with paused_gc():  # tens of thousands of small boxes, none in a cycle
            paint_overview(painter, scene)
        painter.end()
        self.picture = picture
        self.update()

    def _fit(self) -> QRectF:
        """Map the board onto the frame (fitted, centred); returns the frame's inside."""
        scene = self.main.board_scene()
        area = QRectF(self.contentsRect())
        source = board_rect(scene)
        scale = min(area.width() / source.width(), area.height() / source.height())
        offset = QPointF((area.width() - source.width() * scale) / 2,
                         (area.height() - source.height() * scale) / 2)
        self._to_map = (QTransform.fromTranslate(-source.x(), -source.y())
                        * QTransform.fromScale(scale, scale)
                        * QTransform.fromTranslate(area.x() + offset.x(),
                                                   area.y() + offset.y()))
        return area

    def scene_at(self, point: QPointF) -> QPointF:
        inverse, _ok = self._to_map.inverted()
        return inverse.map(point)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame
        painter = QPainter(self)
        painter.drawPixmap(self.contentsRect().topLeft(), self.picture)
        painter.setClipRect(self.contentsRect())
        painter.setPen(self._pen)
        painter.setBrush(QColor(26, 115, 232, 30))
        painter.drawRect(self._to_map.mapRect(self.main.visible_scene_rect()))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
        self._soon.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Clicks map to the board at once; the picture is drawn right after the window's
        first paint (not before it)."""
        super().showEvent(event)
        self._fit()
        self._soon.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.main.centerOn(self.scene_at(event.position()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.main.centerOn(self.scene_at(event.position()))
