"""Qt constants and small helpers for the screens of the first frame.

Touching ``PySide6.QtCore.Qt`` — directly, or through a call whose overloads or return value
involve one of its enums — makes PySide build the whole ``Qt`` enum namespace, about 30 ms. The
main window, the navigator and the overview are built before the first paint, so they use these
instead and leave Qt's namespace for after it (docs/desk.md, Startup; a test checks that the
first frame does not load it).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialog, QLabel

# Qt's item data roles are plain ints in the item APIs
BACKGROUND_ROLE = 8  # Qt.ItemDataRole.BackgroundRole: a QColor or a QBrush
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole: a QColor or a QBrush
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
KEY_ROLE = USER_ROLE  # the page key an item leads to ("overview", "team:<id>:board", ...)

D = TypeVar("D", bound=QDialog)


def might_be_markup(text: str) -> bool:
    """Whether Qt's automatic text format could take ``text`` for rich text."""
    return "<" in text or "&lt;" in text


def show_plain(label: QLabel, text: str) -> None:
    """Show people's text in ``label`` literally. A label in Qt's automatic format would show
    ``<b>Pilotti</b>`` in bold; the plain format is set only when the text could be read as
    markup, the one case where the two differ."""
    if might_be_markup(text):
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def open_and_forget(dialog: D) -> D:
    """Open ``dialog`` window-modally (the caller goes on) and delete it once it is closed.
    Returns it for tests."""
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
