"""A programme opened read-only (another copy of Jalostamo has it open): its screens let the
user read, select and copy text but not type into it.

Buttons and choices stay as they are, since many of them only show things (a version, a
session, a chart); an edit that gets through is refused by the services with a clear message
(``file.read_only``), so nothing is written either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def lock_text_editing(root: QWidget) -> None:
    """Make every text field and number or date field under ``root`` read-only."""
    editors: list[QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox] = [
        *root.findChildren(QLineEdit), *root.findChildren(QTextEdit),
        *root.findChildren(QPlainTextEdit), *root.findChildren(QAbstractSpinBox)]
    for editor in editors:
        editor.setReadOnly(True)
