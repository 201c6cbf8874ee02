"""What the user sees when something fails.

A :class:`~jalostamo.errors.UserError` is something the user can fix: a dialog with its message
in the user's language. Anything else is a bug: its traceback goes to a crash log in the user
data directory and a dialog names that file. Installed as ``sys.excepthook`` so that an error in
a slot never ends the app and nothing already committed is lost.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from jalostamo.errors import UserError
from jalostamo.i18n import current_language, translate
from jalostamo.logs import write_crash_log

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    from PySide6.QtWidgets import QMessageBox  # not before the first paint (~3 ms)

    box = QMessageBox(QMessageBox.Icon.Warning, "Jalostamo", exc.message(current_language()),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userErrorDialog")
    present(box)


def show_unexpected_error(parent: QWidget | None, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = write_crash_log(exc)
    box = QMessageBox(QMessageBox.Icon.Critical, "Jalostamo",
                      translate("error.unexpected", log=path), QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("crashDialog")
    present(box)


def present(box: QMessageBox) -> None:
    """Show a message without blocking the caller (the app keeps running; tests can click)."""
    from PySide6.QtCore import Qt  # not at import: see cheap_qt

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()


def report(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` the way its kind deserves."""
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
    else:
        show_unexpected_error(parent, exc)


def guarded(parent: QWidget | None, action: Callable[[], object]) -> bool:
    """Run ``action``; report a failure instead of raising. True when it succeeded."""
    try:
        action()
    except Exception as exc:
        report(parent, exc)
        return False
    return True


_reporting = False


def excepthook(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    global _reporting
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if _reporting or QApplication.instance() is None:  # an error while showing an error
        sys.__excepthook__(kind, exc, tb)
        return
    _reporting = True
    try:
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        report(QApplication.activeWindow(), exc)
    finally:
        _reporting = False


def install_excepthook() -> None:
    sys.excepthook = excepthook
