"""Joining a room from a team laptop: type or paste the code, choose the team from what the
room offers, then the app opens the laptop's copy of the programme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.live.api import JoinCode, RoomInfo
from jalostamo.ui.live import memory

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController

TEAM_ROLE = Qt.ItemDataRole.UserRole


class JoinDialog(QDialog):
    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveJoinDialog")
        self.room = room
        self.code: JoinCode | None = None
        self._joining = False
        self.info: RoomInfo | None = None
        self.code_label = QLabel(self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("joinCodeEdit")
        self.code_edit.setMaxLength(2000)
        self.code_label.setBuddy(self.code_edit)
        self.code_edit.returnPressed.connect(self.look_up)
        self.look_button = QPushButton(self)
        self.look_button.setObjectName("joinLookUp")
        self.look_button.clicked.connect(self.look_up)
        self.error = QLabel(self)
        self.error.setObjectName("joinError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C92A2A; font-weight: bold;")
        self.error.hide()
        self.progress = QLabel(self)
        self.progress.setObjectName("joinProgress")
        self.progress.setWordWrap(True)
        self.progress.hide()
        self.programme = QLabel(self)
        self.programme.setObjectName("joinProgramme")
        self.programme.setWordWrap(True)
        self.team_label = QLabel(self)
        self.teams = QListWidget(self)
        self.teams.setObjectName("joinTeams")
        self.team_label.setBuddy(self.teams)
        self.teams.itemDoubleClicked.connect(lambda _item: self.join())
        self.buttons = QDialogButtonBox(self)
        self.join_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setObjectName("joinRoom")
        self.join_button.clicked.connect(self.join)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.code_label, self.code_edit, self.look_button, self.error,
                       self.progress, self.programme, self.team_label, self.teams, self.buttons):
            layout.addWidget(widget)
        self.retranslate()
        text, self._last_team = memory.last_join()
        self.code_edit.setText(text)
        self._show_room(None)
        self.resize(560, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join the room"))
        self.code_label.setText(self.tr("&Join code (shown on the projector):"))
        self.code_edit.setPlaceholderText(self.tr("Type or paste the code"))
        self.look_button.setText(self.tr("&Find the room"))
        self.team_label.setText(self.tr("&Your team:"))
        self.join_button.setText(self.tr("Join"))
        if self.info is not None:
            self._show_room(self.info)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, exc: UserError) -> None:
        self.error.setText(exc.message(current_language()))
        self.error.show()

    def look_up(self) -> None:
        self.error.hide()
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            self.code, info = self.room.probe(self.code_edit.text())
        except UserError as exc:
            self.code = None
            self._show_room(None)
            self.show_error(exc)
            return
        finally:
            self.unsetCursor()
        self._show_room(info)

    def _show_room(self, info: RoomInfo | None) -> None:
        self.info = info
        current = self.teams.currentItem()
        chosen = current.data(TEAM_ROLE) if current is not None else self._last_team
        self.teams.clear()
        for widget in (self.programme, self.team_label, self.teams):
            widget.setVisible(info is not None)
        self.join_button.setEnabled(info is not None)
        if info is None:
            return
        self.programme.setText(self.tr("Programme: %1").replace("%1", info.programme_name))
        for team_id, label in info.teams:
            item = QListWidgetItem(label)
            item.setData(TEAM_ROLE, team_id)
            self.teams.addItem(item)
        rows = [self.teams.item(i).data(TEAM_ROLE) for i in range(self.teams.count())]
        self.teams.setCurrentRow(rows.index(chosen) if chosen in rows else 0)

    def join(self) -> None:
        item = self.teams.currentItem()
        if self.code is None or item is None or self._joining:
            return
        self.error.hide()
        self.progress.setText(self.tr("Joining the room… the programme is copied to this "
                                      "laptop."))
        self._set_joining(True)
        self.room.join_finished.connect(self._joined)
        self.room.join(self.code, self.info, str(item.data(TEAM_ROLE)))

    def _set_joining(self, on: bool) -> None:
        self._joining = on
        self.progress.setVisible(on)
        for widget in (self.join_button, self.look_button, self.code_edit, self.teams):
            widget.setEnabled(not on)
        if on:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self.room.join_finished.disconnect(self._joined)

    def _joined(self, error: UserError | None) -> None:
        self._set_joining(False)
        if error is not None:
            self.show_error(error)
        else:
            self.accept()

    def reject(self) -> None:
        if self._joining:  # given up: the join under way is dropped
            self._set_joining(False)
            self.room.leave()
        super().reject()
