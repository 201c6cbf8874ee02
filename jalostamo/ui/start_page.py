"""The first screen: new programme, open a file, the demo programme, recent files; and
:class:`StartCommands`, the main window's commands behind those buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.ui import errors
from jalostamo.ui.cheap_qt import USER_ROLE
from jalostamo.ui.view_controls import ViewControls

PATH_ROLE = USER_ROLE
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



class StartPage(QWidget):
    def __init__(self, window: StartCommands) -> None:
        super().__init__(window)
        self.setObjectName("startPage")
        self._window = window
        title = QLabel("Jalostamo", self)
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Experiment refinery: co-design workshops for city teams"),
                          self)
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New programme…"), self)
        self.new_button.setObjectName("newProgramme")
        self.new_button.clicked.connect(window.new_programme)
        self.open_button = QPushButton(self.tr("Open a programme…"), self)
        self.open_button.setObjectName("openProgramme")
        self.open_button.clicked.connect(window.choose_and_open)
        self.demo_button = QPushButton(self.tr("Open the demo programme"), self)
        self.demo_button.setObjectName("openDemo")
        self.demo_button.clicked.connect(window.open_demo)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)

        recent_label = QLabel(self.tr("Recent programmes"), self)
        bold = recent_label.font()
        bold.setBold(True)
        recent_label.setFont(bold)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Recent programmes"))
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemDoubleClicked.connect(self._open_item)
        self.empty_note = QLabel(self.tr("No recent programmes yet."), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.empty_note)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        files = self._window.settings.existing_recent_files()
        for path in files:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.empty_note.setVisible(not files)
        if files:
            self.recent.setCurrentRow(0)

    def showEvent(self, event: object) -> None:  # the list changes while other pages show
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def _open_item(self, item: QListWidgetItem) -> None:
        self._window.open_file(Path(item.data(PATH_ROLE)))
