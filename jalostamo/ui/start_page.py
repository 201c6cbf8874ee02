"""The first screen: new programme, open a file, the demo programme, recent files. The
commands behind its buttons are the window's (:mod:`jalostamo.ui.start_commands`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.ui.cheap_qt import USER_ROLE

if TYPE_CHECKING:
    from jalostamo.ui.start_commands import StartCommands

PATH_ROLE = USER_ROLE


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
        self.join_button = QPushButton(QCoreApplication.translate("LiveStart", "Join a room…"), self)
        self.join_button.setObjectName("joinRoomFromStart")
        self.join_button.clicked.connect(self._join_room)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        room_row = QHBoxLayout()  # a team laptop in a workshop joins the facilitator's room
        self.join_button.setMinimumHeight(40)
        room_row.addWidget(self.join_button)
        room_row.addStretch(1)

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
        layout.addLayout(room_row)
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

    def _join_room(self) -> None:
        from jalostamo.ui import live  # the room's code is loaded when asked for

        live.open_join_dialog(self._window)

    def _open_item(self, item: QListWidgetItem) -> None:
        self._window.open_file(Path(item.data(PATH_ROLE)))
