"""The join screen for the projector: the join code in big type and as a QR code, when it
expires, a new code, and the laptops in the room (with revoke)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.live.api import JoinCode
from jalostamo.ui import errors
from jalostamo.ui.live.qr import qr_image
from jalostamo.ui.live.screens import screen_name

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController

DEVICE_ROLE = Qt.ItemDataRole.UserRole


def clock_text(ms: int) -> str:
    """A host-clock instant as local time of day (hh.mm in Finnish, hh:mm elsewhere)."""
    from jalostamo.i18n import current_language

    moment = dt.datetime.fromtimestamp(ms / 1000)
    return moment.strftime("%H.%M" if current_language() == "fi" else "%H:%M")


def big_code(text: str, per_line: int = 4) -> str:
    """The code in lines of a few groups, for reading off the wall (pasting it back works: the
    code's reader skips white space)."""
    groups = text.split("-")
    lines = ["-".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line)]
    return "-\n".join(lines)


class JoinScreen(QWidget):
    """A window of its own (the facilitator drags it to the projector or shows it full screen)."""

    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("liveJoinScreen")
        self.room = room
        self.code: JoinCode | None = None
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#liveJoinScreen {background: white;}")
        self.heading = QLabel(self)
        self.heading.setObjectName("joinHeading")
        self.heading.setWordWrap(True)
        self.steps = QLabel(self)
        self.steps.setObjectName("joinSteps")
        self.steps.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("joinCode")
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("font-family: monospace;")
        self.qr = QLabel(self)
        self.qr.setObjectName("joinQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.expiry = QLabel(self)
        self.expiry.setObjectName("joinExpiry")
        self.new_code_button = QPushButton(self)
        self.new_code_button.setObjectName("joinNewCode")
        self.new_code_button.clicked.connect(self.new_code)
        self.full_screen_button = QPushButton(self)
        self.full_screen_button.setObjectName("joinFullScreen")
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.toggled.connect(self._full_screen)
        self.people_label = QLabel(self)
        self.people = QTreeWidget(self)
        self.people.setObjectName("joinPresence")
        self.people.setRootIsDecorated(False)
        self.people.setColumnCount(3)
        self.people.itemSelectionChanged.connect(self._selection)
        self.revoke_button = QPushButton(self)
        self.revoke_button.setObjectName("joinRevoke")
        self.revoke_button.clicked.connect(self.revoke_selected)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.steps)
        left.addSpacing(12)
        left.addWidget(self.code_label)
        left.addWidget(self.expiry)
        row = QHBoxLayout()
        row.addWidget(self.new_code_button)
        row.addWidget(self.full_screen_button)
        row.addStretch(1)
        left.addLayout(row)
        left.addSpacing(12)
        left.addWidget(self.people_label)
        left.addWidget(self.people, 1)
        left.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addLayout(left, 3)
        layout.addWidget(self.qr, 2)
        self._fonts()
        self.retranslate()
        room.changed.connect(self.refresh)
        self.ticker = QTimer(self)  # the code's expiry is noticed without an event
        self.ticker.setInterval(5000)
        self.ticker.timeout.connect(self.refresh)
        self.resize(1280, 720)
        self.refresh()

    def _fonts(self) -> None:
        for label, scale, bold in ((self.heading, 2.4, True), (self.steps, 1.3, False),
                                   (self.code_label, 2.6, True), (self.expiry, 1.3, False),
                                   (self.people_label, 1.3, True), (self.people, 1.3, False)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join the room — Jalostamo"))
        self.heading.setText(self.tr("Join the room"))
        self.steps.setText(self.tr(
            "On your laptop: Room → Join a room… (or Join a room… on the start screen), type "
            "or paste this code or scan the QR code, then choose your team."))
        self.new_code_button.setText(self.tr("New code"))
        self.new_code_button.setToolTip(self.tr(
            "The old code stops working for new laptops; those already in the room stay."))
        self.full_screen_button.setText(self.tr("Full screen"))
        self.people_label.setText(self.tr("Laptops in the room"))
        self.people.setHeaderLabels([self.tr("Team"), self.tr("Laptop"), self.tr("Screen")])
        self.revoke_button.setText(self.tr("Remove from the room"))
        self.revoke_button.setToolTip(self.tr(
            "Disconnects the laptop; it cannot join again with this room's codes."))
        self.refresh()

    def showEvent(self, event: object) -> None:
        self.ticker.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self.ticker.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        state = self.room.state
        code = state.join_code if state is not None else None
        if code != self.code:
            self.code = code
            if code is not None:
                self.code_label.setText(big_code(code.text()))
                self.qr.setPixmap(QPixmap.fromImage(qr_image(code.text(), 10)))
            else:
                self.code_label.setText("")
                self.qr.clear()
        if code is not None and code.expires_ms <= self.room.clock():
            self.expiry.setText(self.tr("The code has expired: press New code."))
        elif code is not None:
            self.expiry.setText(self.tr("The code works until %1.").replace(
                "%1", clock_text(code.expires_ms)))
        else:
            self.expiry.setText(self.tr("The room is closed."))
        self.new_code_button.setEnabled(self.room.host is not None)
        selected = self._selected_device()
        self.people.clear()
        for presence in state.presences if state is not None else ():
            if not presence.connected:
                continue
            team = presence.team_label or self.tr("Observer")
            item = QTreeWidgetItem([team, presence.device_name, screen_name(presence.screen)])
            item.setData(0, DEVICE_ROLE, presence.device_id)
            self.people.addTopLevelItem(item)
            if presence.device_id == selected:
                item.setSelected(True)
        for column in range(3):
            self.people.resizeColumnToContents(column)
        self._selection()

    def _selected_device(self) -> str | None:
        items = self.people.selectedItems()
        return str(items[0].data(0, DEVICE_ROLE)) if items else None

    def _selection(self) -> None:
        self.revoke_button.setEnabled(self._selected_device() is not None)

    def new_code(self) -> None:
        errors.guarded(self, self.room.new_code)

    def revoke_selected(self) -> None:
        device = self._selected_device()
        if device is not None:
            errors.guarded(self, lambda: self.room.revoke(device))

    def _full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
