"""Editing an item's text in place: a text editor laid over the item until it loses focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsTextItem

from jalostamo.ui.canvas.items.text_layout import font_of


class InlineEditor(QGraphicsTextItem):
    """Emits ``finished(text)`` on focus out, Escape or Ctrl+Enter: leaving the editor keeps
    what was typed (one undo step takes it back)."""

    finished = Signal(str)

    def __init__(self, text: str, width: float) -> None:
        super().__init__()
        self.setPlainText(text)
        self.setFont(font_of(18))
        self.setTextWidth(max(80.0, width))
        self.setDefaultTextColor(Qt.GlobalColor.black)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1e9)
        self._done = False

    def paint(self, painter, option, widget=None):  # type: ignore[no-untyped-def]
        painter.fillRect(self.boundingRect(), Qt.GlobalColor.white)
        painter.setPen(Qt.GlobalColor.darkBlue)
        painter.drawRect(self.boundingRect().adjusted(0, 0, -1, -1))
        super().paint(painter, option, widget)

    def finish(self) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.finish()
            return
        super().keyPressEvent(event)
