"""Presentation mode: the board's frames one at a time, in reading order, on the projector.

A second view of the editor's own scene (nothing is copied: an edit made during the talk
shows at once), full screen on the second screen when there is one, as the timer's projector
window is. Next: Right, Down, Page Down, Space, N; previous: Left, Up, Page Up, Backspace, P;
Home and End; Esc ends.

A dot vote's result (the one the editor's side panel shows, ranked) stands in the top right
corner while the frame shown holds items it counts.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QLabel, QWidget

from jalostamo.errors import InvalidInput
from jalostamo.ui.canvas.items import BoardItem
from jalostamo.ui.canvas.scene import BoardScene
from jalostamo.ui.canvas.view import reading_order

NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_N)
PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace,
            Qt.Key.Key_P)
MARGIN = 24.0
RESULT_STYLE = ("QLabel#presentationResult { background: rgba(255, 255, 255, 235);"
                " color: #212529; border: 2px solid #212529; border-radius: 6px;"
                " padding: 10px; }")


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
        self.result = QLabel(self.viewport())
        self.result.setObjectName("presentationResult")
        self.result.setStyleSheet(RESULT_STYLE)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.hide()
        self._result: tuple[str, list[str], list[str]] = ("", [], [])
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
        self._place_result()

    def show_result(self, title: str, lines: list[str], item_ids: list[str]) -> None:
        """The dot vote's result to show beside the frames holding its items."""
        self._result = (title, list(lines), list(item_ids))
        self._place_result()

    def result_text(self) -> str:
        """The result as shown (plain), or "" when none is shown with this frame."""
        if self.result.isHidden():
            return ""
        title, lines, _ids = self._result
        return "\n".join([title, *lines])

    def _place_result(self) -> None:
        title, lines, item_ids = self._result
        frame = self.frame_rect()
        counted = [self.board.by_id.get(i) for i in item_ids]
        if not any(item is not None and frame.intersects(item.sceneBoundingRect())
                   for item in counted):
            self.result.hide()
            return
        font = self.result.font()
        font.setPixelSize(max(16, self.viewport().height() // 28))
        self.result.setFont(font)
        self.result.setText(f"<b>{html.escape(title)}</b><br>"
                            + "<br>".join(html.escape(line) for line in lines))
        self.result.setWordWrap(False)
        width = min(self.result.sizeHint().width(), max(200, self.viewport().width() // 3))
        self.result.setWordWrap(True)  # a long title wraps; the height follows the width
        self.result.resize(width, self.result.heightForWidth(width))
        self.result.move(self.viewport().width() - self.result.width() - 16, 16)
        self.result.show()

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
