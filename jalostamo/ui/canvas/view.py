"""The board view: zoom (wheel, pinch, fit), pan (space-drag, middle button), arrow-key nudging,
rubber-band selection and dropping photo files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from jalostamo.ui.canvas.items import BoardItem
from jalostamo.ui.canvas.scene import BoardScene

TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
DETAIL_ZOOM = 0.2  # below this, a note is under ~30 px and its text too small to read
NUDGE = 1.0
NUDGE_BIG = 10.0
POINTED = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
           QEvent.Type.ContextMenu)


class BoardView(QGraphicsView):
    """``zoomed(float)`` after every zoom, ``viewport_moved()`` when the visible area changes,
    ``files_dropped(list[Path], QPointF)`` for photo files dropped at a scene position."""

    zoomed = Signal(float)
    viewport_moved = Signal()
    files_dropped = Signal(list, QPointF)
    nudge_requested = Signal(float, float)
    edit_requested = Signal()
    #: the clicked graphics item (or None), where, and whether it is the selection's menu
    menu_requested = Signal(object, QPoint, bool)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # items antialias their own drawing into their caches; the view only blits those
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        scene.template_changed.connect(self._choose_background_cache)
        self._choose_background_cache()
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space = False
        self._panning_from: QPointF | None = None
        self.horizontalScrollBar().valueChanged.connect(self.viewport_moved)
        self.verticalScrollBar().valueChanged.connect(self.viewport_moved)
        # A fitted board stays fitted while the layouts size the view (a tab is built hidden
        # and sized later) and when the window is resized, until the person zooms or pans.
        self._auto_fit = False
        self._fitted_size = self.viewport().size()
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._stop_auto_fit)
        # notes that wait as rows (lazy.py) are made as the rubber band reaches them
        self.rubberBandChanged.connect(
            lambda band, *_: scene.materialise_in(self.mapToScene(band).boundingRect()))

    def _choose_background_cache(self) -> None:
        """Cache a template's zones; a plain white background is cheaper to fill than to blit."""
        template = self.board_scene().template
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground
                          if template and template["zones"]
                          else QGraphicsView.CacheModeFlag.CacheNone)
        self.resetCachedContent()

    def board_scene(self) -> BoardScene:
        scene = self.scene()
        assert isinstance(scene, BoardScene)
        return scene

    # --- zoom ---------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def sync_detail(self) -> None:
        """Let the scene show item faces (text) only when they are big enough to read."""
        scene = self.board_scene()
        scene.set_detail(self.zoom() >= DETAIL_ZOOM or scene.force_detail > 0)
        scene.set_label_zoom(self.zoom())

    def paintEvent(self, event: QPaintEvent) -> None:
        self.sync_detail()  # the zoom may have been set from outside (fitInView, setTransform)
        self.board_scene().show_view(self.visible_scene_rect(), self.zoom())
        super().paintEvent(event)

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1.0) > 1e-6:
            self.scale(factor, factor)
            self.sync_detail()
            self.zoomed.emit(self.zoom())
            self.viewport_moved.emit()

    def zoom_to(self, zoom: float) -> None:
        self.zoom_by(zoom / self.zoom())

    def zoom_to_items(self, items: list[QGraphicsItem]) -> None:
        """Show ``items`` whole in the middle of the view, zooming in no further than 100 %
        (or the present zoom, when it is closer)."""
        if not items:
            return
        rect = QRectF(items[0].sceneBoundingRect())
        for item in items[1:]:
            rect = rect.united(item.sceneBoundingRect())
        rect = rect.adjusted(-40, -40, 40, 40)
        port = self.viewport().rect()
        fit = min(port.width() / max(rect.width(), 1.0), port.height() / max(rect.height(), 1.0))
        self.zoom_to(min(fit, max(1.0, self.zoom())))
        self.centerOn(rect.center())
        self.viewport_moved.emit()

    def fit(self) -> None:
        """Fit every item (or the template, on an empty board) in the view, and keep it fitted
        when the view changes size until the person zooms or pans."""
        self._auto_fit = True
        self._fit_now()

    def is_fitted(self) -> bool:
        """Whether the board is shown fitted to the view's current size."""
        return self._auto_fit and self._fitted_size == self.viewport().size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self._fit_now()

    def _stop_auto_fit(self, *_: object) -> None:
        self._auto_fit = False

    def _fit_now(self) -> None:
        self._fitted_size = self.viewport().size()
        scene = self.board_scene()
        rect = scene.content_rect()
        if scene.template is not None and (scene.template["zones"] or rect.isEmpty()):
            rect = rect.united(QRectF(0, 0, scene.template["width"], scene.template["height"]))
        if rect.isEmpty():
            rect = QRectF(0, 0, 1200, 800)
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        self.sync_detail()
        self.zoomed.emit(self.zoom())
        self.viewport_moved.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # scroll
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent | QContextMenuEvent) and event.type() in POINTED:
            # the item under the pointer is made, if it waits as a row (lazy.py)
            at = self.mapToScene(event.position().toPoint() if isinstance(event, QMouseEvent)
                                 else event.pos())
            self.board_scene().materialise_in(QRectF(at.x() - 2, at.y() - 2, 4, 4))
        if isinstance(event, QNativeGestureEvent) and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value())
            return True
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # --- pan ----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._typing():
            assert isinstance(event, QKeyEvent)
            if not event.modifiers() & ~TYPING_MODIFIERS:
                event.accept()  # a letter typed into a note is text, not a tool's key
                return True
        if event.type() == QEvent.Type.KeyPress and not self._typing():
            assert isinstance(event, QKeyEvent)
            if (event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                    and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
                backwards = (event.key() == Qt.Key.Key_Backtab
                             or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                if self.select_next(backwards):
                    return True
        return super().event(event)

    def _typing(self) -> bool:
        return self.board_scene().text_editor() is not None

    def select_next(self, backwards: bool = False) -> bool:
        """Select the item after (before) the selected one in reading order (rows from the
        top, left to right) and scroll it into view; False past the last (first) item, so
        that Tab goes on to the next widget."""
        scene = self.board_scene()
        items = sorted((i for i in scene.by_id.values() if isinstance(i, BoardItem)),
                       key=reading_order)
        if not items:
            return False
        selected = [i for i in scene.selectedItems() if isinstance(i, BoardItem)]
        if selected:
            at = items.index(min(selected, key=reading_order) if not backwards
                             else max(selected, key=reading_order))
            index = at - 1 if backwards else at + 1
        else:
            index = len(items) - 1 if backwards else 0
        if not 0 <= index < len(items):
            return False
        scene.select_items([items[index]])
        self.ensureVisible(items[index], 40, 40)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.board_scene()
        if self._typing():  # into the in-place editor (a clicked item has the focus too)
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() \
                & ~Qt.KeyboardModifier.KeypadModifier:
            self.edit_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape and scene.selectedItems():
            scene.clearSelection()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.key() in arrows and scene.selectedItems():
            step = NUDGE_BIG if event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                else NUDGE
            dx, dy = arrows[Qt.Key(event.key())]
            self.nudge_requested.emit(dx * step, dy * step)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._panning_from = None
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._panning_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(adding_with_shift(event))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning_from is not None:
            delta = event.position() - self._panning_from
            self._panning_from = event.position()
            self.pan_by(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning_from is not None:
            self._panning_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(adding_with_shift(event))

    def pan_by(self, dx: float, dy: float) -> None:
        self._auto_fit = False
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + int(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + int(dy))

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The right button: the clicked item's menu; the Menu key: the selection's, shown
        at the selection (else in the middle of the view)."""
        if self._typing():
            super().contextMenuEvent(event)
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            self.menu_requested.emit(self.itemAt(event.pos()), event.globalPos(), False)
        else:
            selected = self.board_scene().selectedItems()
            at = (self.mapFromScene(selected[0].sceneBoundingRect().center()) if selected
                  else self.viewport().rect().center())
            self.menu_requested.emit(None, self.viewport().mapToGlobal(at), True)
        event.accept()

    # --- drop photos --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
            return
        super().dropEvent(event)


def reading_order(item: QGraphicsItem) -> tuple[int, float]:
    """Rows of 100 scene units from the top, then left to right."""
    rect = item.sceneBoundingRect()
    return int(rect.top() // 100), rect.left()


def adding_with_shift(event: QMouseEvent) -> QMouseEvent:
    """Shift+click and Shift+drag add to the selection (as Ctrl does in Qt)."""
    if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return event
    return QMouseEvent(event.type(), event.position(), event.scenePosition(),
                       event.globalPosition(), event.button(), event.buttons(),
                       event.modifiers() | Qt.KeyboardModifier.ControlModifier,
                       event.pointingDevice())
