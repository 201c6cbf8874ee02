"""Editors that commit when the user is done with a value (focus leaves, Enter), so that each
edit is one undo step and is written at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class CommitLineEdit(QLineEdit):
    """Emits ``committed(text)`` when editing finished and the text differs from the stored."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.editingFinished.connect(self._finish)

    def set_stored(self, text: str) -> None:
        self._stored = text
        if self.text() != text:
            self.setText(text)

    def has_pending(self) -> bool:
        """The user has typed something that is not committed yet."""
        return self.text() != self._stored

    def show_stored(self, text: str) -> None:
        """Show a value that changed in the document, unless the user is in the middle of
        typing into this field."""
        if not (self.hasFocus() and self.has_pending()):
            self.set_stored(text)

    def _finish(self) -> None:
        if self.text() != self._stored:
            self._stored = self.text()
            self.committed.emit(self.text())


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field; emits ``committed(text)`` when focus leaves with a changed text."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.setTabChangesFocus(True)  # keyboard users leave the field with Tab

    def set_stored(self, text: str) -> None:
        self._stored = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def has_pending(self) -> bool:
        return self.toPlainText() != self._stored

    def show_stored(self, text: str) -> None:
        if not (self.hasFocus() and self.has_pending()):
            self.set_stored(text)

    def commit(self) -> None:
        if self.toPlainText() != self._stored:
            self._stored = self.toPlainText()
            self.committed.emit(self._stored)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)
