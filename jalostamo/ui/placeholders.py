"""Clean places for screens that other parts of the app provide (board, tests, reviews, ...)."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def not_available_text() -> str:
    return QCoreApplication.translate("Placeholders", "This part is not available in this version.")


class NotAvailable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notAvailable")
        label = QLabel(not_available_text(), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


def not_available_box(parent: QWidget | None) -> QMessageBox:
    return QMessageBox(QMessageBox.Icon.Information, "Jalostamo", not_available_text(),
                       QMessageBox.StandardButton.Ok, parent)


def load_view(module: str, name: str, *args: Any) -> QWidget:
    """``module.name(*args)`` when that screen exists in this version, else a polite note."""
    try:
        factory = getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name is None or not module.startswith(exc.name):
            raise  # the screen exists but something it needs is missing: a real error
        log.info("%s.%s is not available", module, name)
        return NotAvailable()
    except AttributeError:
        log.info("%s has no %s", module, name)
        return NotAvailable()
    widget: QWidget = factory(*args)
    return widget
