"""The main window's file commands behind the start screen's buttons and the File menu: new
programme, open a file, open the demo. (The start screen itself is in
:mod:`jalostamo.ui.start_page`, built only when it is shown.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from jalostamo.ui import errors
from jalostamo.ui.view_controls import ViewControls

FILE_FILTER = "Jalostamo (*.jalostamo)"


class StartCommands(ViewControls):
    """New programme, open a file, open the demo: the main window's file commands."""

    def open_file(self, path: Path | str, *, read_only: bool = False) -> bool:
        raise NotImplementedError  # the window opens files

    def create_programme(self, path: Path | str, name: str, organiser: str = "") -> bool:
        raise NotImplementedError  # the window creates them

    def new_programme(self) -> None:
        from jalostamo.ui.dialogs import NewProgrammeDialog

        dialog = NewProgrammeDialog(self)
        dialog.accepted.connect(lambda: self.create_programme(dialog.path(), dialog.name(),
                                                              dialog.organiser()))
        dialog.open()

    def choose_and_open(self) -> None:
        start = str(Path(self.settings.last_file).parent) if self.settings.last_file else ""
        from PySide6.QtWidgets import QFileDialog

        title = QCoreApplication.translate("MainWindow", "Open a programme")
        path, _ = QFileDialog.getOpenFileName(self, title, start, FILE_FILTER)
        if path:
            self.open_file(path)

    def open_demo(self) -> None:
        from PySide6.QtCore import Qt

        from jalostamo.ui.demo import demo_path

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first time builds it
        try:
            path = demo_path()
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            errors.report(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self.open_file(path)
