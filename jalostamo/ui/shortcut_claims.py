"""Keys a part of the window keeps for itself while it has the focus, and undo keys that reach
the programme's undo history from an unchanged text field.

Qt runs no shortcut at all when two active ones share a key ("Ambiguous shortcut overload").
A board claims Ctrl+Z, Ctrl+0, Ctrl+1, Ctrl++ and Ctrl+- for its own undo, fit, actual size and
zoom; the feedback grid claims Ctrl+1–4 for its quadrants and Ctrl+Q for a quote. While the
focus is inside such a part, the window's actions with the same keys step aside (their menu
items still work by mouse, without the key); when the focus leaves, they have their keys back.

A text field takes Ctrl+Z for its own typing even when it has nothing to undo, so after editing
one field and pressing Tab, Ctrl+Z would do nothing in the next. :class:`UndoKeysToHistory`
lets the key through to the window's undo when the field has no typing of its own to undo.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CLAIMS = "jalostamoClaimedKeys"
ORIGINAL = "jalostamoShortcuts"


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def claim(widget: QWidget, keys: Iterable[QKeySequence | str]) -> None:
    """While the focus is in ``widget`` (or a child), ``keys`` are its own."""
    texts = {k if isinstance(k, str) else portable(k) for k in keys}
    widget.setProperty(CLAIMS, sorted(t for t in texts if t))


def claimed_at(focus: QWidget | None) -> set[str]:
    """Every key claimed by ``focus`` or one of its ancestors."""
    keys: set[str] = set()
    widget = focus
    while widget is not None:
        keys.update(widget.property(CLAIMS) or ())
        widget = widget.parentWidget()
    return keys


class ShortcutArbiter(QObject):
    """Gives the window's own actions' keys to the focused part that claims them."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutArbiter")
        self.window = window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is self.window:
            self.update_for(new)

    def update_for(self, focus: QWidget | None) -> None:
        claimed = claimed_at(focus)
        for action in self.window.actions():
            _give_way(action, claimed)


def _give_way(action: QAction, claimed: set[str]) -> None:
    original = action.property(ORIGINAL)
    if original is None:
        original = [portable(s) for s in action.shortcuts()]
        action.setProperty(ORIGINAL, original)
    wanted = [text for text in original if text not in claimed]
    if [portable(s) for s in action.shortcuts()] != wanted:
        action.setShortcuts([QKeySequence.fromString(text) for text in wanted])


class UndoKeysToHistory(QObject):
    """An application event filter: Ctrl+Z / Ctrl+Y in a text field that has nothing of its
    own to undo or redo goes to the window's undo history."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        available = _field_history(watched)
        if available is None:
            return False  # not a text field: as usual
        own = available[0] if undo else available[1]
        return not own  # filtered, not accepted: Qt goes on to the shortcuts


def _field_history(widget: QObject) -> tuple[bool, bool] | None:
    """(can undo, can redo) of a text field's own typing; None for other widgets."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit) or widget
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable(), widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isUndoAvailable(), document.isRedoAvailable()
    return None


_installed: list[UndoKeysToHistory] = []


def install_undo_keys() -> None:
    """Install :class:`UndoKeysToHistory` on the application (once)."""
    app = QApplication.instance()
    if app is not None and not _installed:
        _installed.append(UndoKeysToHistory(app))
        app.installEventFilter(_installed[0])
