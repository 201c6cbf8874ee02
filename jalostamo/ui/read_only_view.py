"""A programme opened read-only (another copy of Jalostamo has it open): its screens let the
user read, select and copy, but not change anything.

Text, number and date fields become read-only (they can still be selected and copied). The
buttons that change the programme are marked by their screen with :func:`mark_edits` and are
hidden; buttons and choices that only show something (a version, a session, the projector,
a printout) stay. An edit that gets through anyway, e.g. by a shortcut, is refused by the
services with a clear message (``file.read_only``), so nothing is written either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

EDITS_PROPERTY = "jalostamoEdits"


def mark_edits(*widgets: QWidget) -> None:
    """Mark widgets (buttons) that change the programme: not shown when it is read-only."""
    for widget in widgets:
        widget.setProperty(EDITS_PROPERTY, True)


def lock_editing(root: QWidget) -> None:
    """Make ``root``'s fields read-only and hide its marked edit buttons."""
    editors: list[QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox] = [
        *root.findChildren(QLineEdit), *root.findChildren(QTextEdit),
        *root.findChildren(QPlainTextEdit), *root.findChildren(QAbstractSpinBox)]
    for editor in editors:
        editor.setReadOnly(True)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property(EDITS_PROPERTY):
            widget.hide()
