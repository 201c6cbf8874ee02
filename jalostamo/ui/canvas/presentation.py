"""Presentation mode: the board's frames one at a time, in reading order, on the projector.

A second view of the editor's own scene (nothing is copied: an edit made during the talk
shows at once), full screen on the second screen when there is one, as the timer's projector
window is. Next: Right, Down, Page Down, Space, N; previous: Left, Up, Page Up, Backspace, P;
Home and End; Esc ends.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QWidget

from jalostamo.errors import InvalidInput
from jalostamo.ui.canvas.items import BoardItem
from jalostamo.ui.canvas.scene import BoardScene
from jalostamo.ui.canvas.view import reading_order

NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_N)
PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace,
            Qt.Key.Key_P)
MARGIN = 24.0


def frames_in_order(scene: BoardScene) -> list[BoardItem]:
    """The board's frames, rows from the top, left to right (as Tab walks items)."""
    frames = [i for i in scene.by_id.made()  # frames are made at once (lazy.py)
              if isinstance(i, BoardItem) and i.row["kind"] == "frame"]
    return sorted(frames, key=reading_order)


class PresentationWindow(QGraphicsView):
    """``closed()`` when the presentation ends."""

    closed = Signal()

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("boardPresentation")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)  # looked at, not edited: clicks neither select nor move
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.board = scene
        self.frame_ids = [f.item_id for f in frames_in_order(scene)]
        if not self.frame_ids:
            raise InvalidInput("board17.no_frames")
        self.index = 0
        scene.force_detail += 1  # text on every frame, however the editor is zoomed
        scene.set_detail(True)
        scene.clearSelection()
        self.show_frame(0)

    def current_id(self) -> str:
        return self.frame_ids[self.index]

    def frame_rect(self) -> QRectF:
        item = self.board.by_id.get(self.current_id())
        if item is None:  # deleted during the talk
            return self.board.itemsBoundingRect()
        return item.sceneBoundingRect()

    def show_frame(self, index: int) -> None:
        self.index = max(0, min(index, len(self.frame_ids) - 1))
        shown = self.frame_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.board.materialise_in(shown)  # the frame's notes with their text (lazy.py)
        self.fitInView(shown, Qt.AspectRatioMode.KeepAspectRatio)
        item = self.board.by_id.get(self.current_id())
        title = item.row.get("text", "") if item is not None else ""
        self.setWindowTitle(f"{title} — {self.index + 1}/{len(self.frame_ids)}")

    def next(self) -> None:
        self.show_frame(self.index + 1)

    def previous(self) -> None:
        self.show_frame(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT:
            self.next()
        elif key in PREVIOUS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show_frame(0)
        elif key == Qt.Key.Key_End:
            self.show_frame(len(self.frame_ids) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_frame(self.index)

    def show_on_projector(self) -> None:
        """Full screen on the second screen; with one screen, a large window."""
        screens = QApplication.screens()
        primary = QApplication.primaryScreen()
        target = next((s for s in screens if s is not primary), primary)
        if len(screens) > 1 and target is not None:
            self.setGeometry(target.geometry())
            self.show()
            self.windowHandle().setScreen(target)
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()
        self.activateWindow()
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.board.force_detail = max(0, self.board.force_detail - 1)
        self.closed.emit()
        super().closeEvent(event)
