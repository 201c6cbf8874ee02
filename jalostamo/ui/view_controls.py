"""The main window's view controls: text size, presentation zoom, full screen, the window
layout remembered between runs, the settings dialog, the language and the About box.
``MainWindow`` builds on this."""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from jalostamo.i18n import current_language, set_language
from jalostamo.services.settings import FONT_SCALE_RANGE, Settings
from jalostamo.ui import errors

if TYPE_CHECKING:
    from jalostamo.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class ViewControls(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.undo_stack: QUndoStack  # the window's (MainWindow makes it)
        self.presenting = False
        self._base_point_size = QApplication.font().pointSizeF()

    def _update_state(self) -> None:
        """Refresh the checked state of actions and the title (the window overrides it)."""

    def retranslate(self) -> None:
        """Rebuild everything that shows text (the window overrides it)."""

    # --- zoom and full screen ---------------------------------------------------------------

    def apply_font_scale(self) -> None:
        factor = self.settings.font_scale * (self.settings.presentation_zoom
                                             if self.presenting else 1.0)
        font = QFont(QApplication.font())
        font.setPointSizeF(max(6.0, self._base_point_size * factor))
        QApplication.setFont(font)

    def _set_font_scale(self, value: float) -> None:
        low, high = FONT_SCALE_RANGE
        self.settings.font_scale = round(max(low, min(high, value)), 2)
        self.apply_font_scale()

    def zoom_in(self) -> None:
        self._set_font_scale(self.settings.font_scale + 0.1)

    def zoom_out(self) -> None:
        self._set_font_scale(self.settings.font_scale - 0.1)

    def zoom_reset(self) -> None:
        self._set_font_scale(1.0)

    def toggle_presentation(self) -> None:
        self.presenting = not self.presenting
        self.apply_font_scale()
        self._update_state()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._update_state()

    # --- help ---------------------------------------------------------------------------------

    def show_help(self) -> None:
        from jalostamo.ui import help_panel

        help_panel.show_help(self)

    def show_getting_started(self) -> object:
        from jalostamo.ui import help_panel

        return help_panel.show_getting_started(self)

    def after_first_paint(self) -> None:
        from jalostamo.ui import help_panel

        help_panel.after_first_paint(self)

    # --- settings, language, about -----------------------------------------------------------

    def open_settings(self) -> None:
        from jalostamo.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.open()

    def apply_settings(self, dialog: SettingsDialog) -> None:
        from jalostamo.i18n import system_language

        language = dialog.language()
        self.settings.language = language
        self.settings.font_scale = dialog.font_scale()
        self.settings.presentation_zoom = dialog.presentation_zoom()
        self.settings.reopen_last = dialog.reopen_last()
        self.settings.save()
        self.apply_font_scale()
        if (language or system_language()) != current_language():
            self.switch_language(language)  # rebuilds the screens; a running timer goes on

    def switch_language(self, lang: str | None) -> None:
        """Translate the whole window into ``lang`` (None: the system language) at once."""
        from jalostamo.i18n import system_language
        from jalostamo.ui.retranslate import retranslate_history
        from jalostamo.ui.translators import install_translators

        code, old = lang or system_language(), current_language()
        set_language(code)
        install_translators(code)
        retranslate_history(self.undo_stack, old, code)  # before the undo actions are made anew
        self.retranslate()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from jalostamo import __version__

        title = QCoreApplication.translate("MainWindow", "About Jalostamo")
        text = QCoreApplication.translate(
            "MainWindow", "Jalostamo %1 — facilitated co-design workshops for "
            "municipalities.").replace("%1", __version__)
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        errors.present(box)

    # --- layout memory ----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        try:
            if self.settings.window_geometry:
                self.restoreGeometry(_decode(self.settings.window_geometry))
            if self.settings.window_state:
                self.restoreState(_decode(self.settings.window_state))
        except ValueError:
            log.warning("window layout in the settings is unreadable; using the default")

    def save_layout(self) -> None:
        self.settings.window_geometry = _encode(self.saveGeometry())
        self.settings.window_state = _encode(self.saveState())
        self.settings.save()


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray(base64.b64decode(text, validate=True))
