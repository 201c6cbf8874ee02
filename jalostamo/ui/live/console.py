"""The facilitator's console: every laptop at a glance (team, screen, phase, last activity),
the timer for everyone, an announcement, "eyes on the projector" and "bring everyone to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.live.api import Presence
from jalostamo.ui import errors
from jalostamo.ui.live.screens import SCREENS, screen_name
from jalostamo.ui.timer import format_seconds

if TYPE_CHECKING:
    from jalostamo.services import Services
    from jalostamo.ui.live.controller import RoomController

COLUMNS = 6  # team, laptop, screen, phase, last activity, connection


class FacilitatorConsole(QWidget):
    def __init__(self, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("liveConsole")
        self.room = room
        self.summary = QLabel(self)
        self.summary.setObjectName("consoleSummary")
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("consoleTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.timer_box = QGroupBox(self)
        self.timer_label = QLabel(self.timer_box)
        self.timer_label.setObjectName("consoleTimer")
        self.timer_label.setWordWrap(True)
        self.timer_clock = QLabel(self.timer_box)
        self.timer_clock.setObjectName("consoleTimerClock")
        clock_font = self.timer_clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 2.2)
        clock_font.setBold(True)
        self.timer_clock.setFont(clock_font)
        self.timer_button = QPushButton(self.timer_box)
        self.timer_button.setObjectName("consoleTimerToggle")
        self.timer_button.clicked.connect(self.toggle_timer)
        timer_layout = QVBoxLayout(self.timer_box)
        timer_layout.addWidget(self.timer_label)
        timer_layout.addWidget(self.timer_clock)
        timer_layout.addWidget(self.timer_button)

        self.message_box = QGroupBox(self)
        self.announcement = QLineEdit(self.message_box)
        self.announcement.setObjectName("consoleAnnouncement")
        self.announcement.setMaxLength(300)
        self.announcement.returnPressed.connect(self.announce)
        self.send_button = QPushButton(self.message_box)
        self.send_button.setObjectName("consoleAnnounce")
        self.send_button.clicked.connect(self.announce)
        self.clear_button = QPushButton(self.message_box)
        self.clear_button.setObjectName("consoleClearAnnouncement")
        self.clear_button.clicked.connect(self.clear_announcement)
        message_layout = QGridLayout(self.message_box)
        message_layout.addWidget(self.announcement, 0, 0, 1, 2)
        message_layout.addWidget(self.send_button, 1, 0)
        message_layout.addWidget(self.clear_button, 1, 1)

        self.room_box = QGroupBox(self)
        self.eyes_button = QPushButton(self.room_box)
        self.eyes_button.setObjectName("consoleEyesOn")
        self.eyes_button.setCheckable(True)
        self.eyes_button.toggled.connect(self.set_eyes_on)
        self.screen_box = QComboBox(self.room_box)
        self.screen_box.setObjectName("consoleScreen")
        self.bring_button = QPushButton(self.room_box)
        self.bring_button.setObjectName("consoleBring")
        self.bring_button.clicked.connect(self.bring)
        self.join_button = QPushButton(self.room_box)
        self.join_button.setObjectName("consoleJoinScreen")
        self.join_button.clicked.connect(self.show_join_screen)
        self.follow_button = QPushButton(self.room_box)
        self.follow_button.setObjectName("consoleFollow")
        self.follow_button.setCheckable(True)
        self.follow_button.toggled.connect(self.set_follow)
        room_layout = QGridLayout(self.room_box)
        room_layout.addWidget(self.eyes_button, 0, 0, 1, 2)
        room_layout.addWidget(self.screen_box, 1, 0)
        room_layout.addWidget(self.bring_button, 1, 1)
        room_layout.addWidget(self.follow_button, 2, 0, 1, 2)
        room_layout.addWidget(self.join_button, 3, 0, 1, 2)

        controls = QHBoxLayout()
        controls.addWidget(self.timer_box, 1)
        controls.addWidget(self.message_box, 2)
        controls.addWidget(self.room_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(controls)
        self._phase_cache: tuple[object, str] | None = None
        self.ticker = QTimer(self)  # the countdown and "last activity" move on
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.refresh)
        self.retranslate()
        room.changed.connect(self.refresh)
        self.resize(1200, 640)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facilitator's console — Jalostamo"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Team"), self.tr("Laptop"), self.tr("Screen"), self.tr("Phase"),
            self.tr("Last activity"), self.tr("Connection")])
        self.timer_box.setTitle(self.tr("Timer for everyone"))
        self.message_box.setTitle(self.tr("Announcement on every laptop"))
        self.announcement.setPlaceholderText(self.tr("e.g. Coffee is served at 10.30"))
        self.send_button.setText(self.tr("Show"))
        self.clear_button.setText(self.tr("Clear"))
        self.room_box.setTitle(self.tr("The room"))
        self.eyes_button.setText(self.tr("Eyes on the projector"))
        self.eyes_button.setToolTip(self.tr(
            "Pauses editing on the teams' laptops and asks everyone to look at the projector."))
        self.bring_button.setText(self.tr("Bring everyone here"))
        self.join_button.setText(self.tr("Show the join code"))
        self.follow_button.setText(self.tr("Follow me"))
        self.follow_button.setToolTip(self.tr(
            "The teams' laptops show the board you show, as you pan and zoom it."))
        current = self.screen_box.currentData()
        self.screen_box.clear()
        for key in SCREENS:
            self.screen_box.addItem(screen_name(key), key)
        self.screen_box.setCurrentIndex(max(0, self.screen_box.findData(current or "reviews")))
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

    # --- what the room is doing --------------------------------------------------------

    def refresh(self) -> None:
        state = self.room.state
        presences = list(state.presences if state is not None else ())
        presences.sort(key=lambda p: (not p.connected, p.team_label.casefold(), p.device_name))
        connected = sum(1 for p in presences if p.connected)
        if self.room.host is None:
            self.summary.setText(self.tr("The room is closed."))
        else:
            self.summary.setText(self.tr("The room is open. Laptops connected: %1.").replace(
                "%1", str(connected)))
        phase = self._phase()
        self.table.setRowCount(len(presences))
        for row, presence in enumerate(presences):
            values = (presence.team_label or self.tr("Observer"), presence.device_name,
                      screen_name(presence.screen), phase, self._ago(presence),
                      self.tr("Connected") if presence.connected else self.tr("Away"))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, presence.device_id)
                self.table.setItem(row, column, item)
        self._timer_text()
        sent = self.room.sent
        if self.eyes_button.isChecked() != sent.eyes_on_projector:
            self.eyes_button.blockSignals(True)
            self.eyes_button.setChecked(sent.eyes_on_projector)
            self.eyes_button.blockSignals(False)
        following = self.room.follow_link.on
        if self.follow_button.isChecked() != following:
            self.follow_button.blockSignals(True)
            self.follow_button.setChecked(following)
            self.follow_button.blockSignals(False)
        for widget in (self.timer_button, self.send_button, self.clear_button, self.eyes_button,
                       self.bring_button, self.join_button, self.follow_button):
            widget.setEnabled(self.room.host is not None)

    def _ago(self, presence: Presence) -> str:
        seconds = max(0, (self.room.clock() - presence.last_activity_ms) // 1000)
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%1 min ago").replace("%1", str(seconds // 60))
        return self.tr("%1 h ago").replace("%1", str(seconds // 3600))

    def _phase(self) -> str:
        """The phase of the workshop being run (else of the next one), the same for all."""
        services = self.room.window.services
        if services is None:
            return ""
        key = (id(services), self.room.sent.agenda_item_id)
        if self._phase_cache is None or self._phase_cache[0] != key:
            self._phase_cache = (key, self._read_phase(services))
        return self._phase_cache[1]

    def _read_phase(self, services: Services) -> str:
        from jalostamo.ui.vocabulary import phase_name

        try:
            workshops = services.programme.workshops()
            item_id = self.room.sent.agenda_item_id
            running = [w for w in workshops
                       if item_id and any(i.id == item_id for i in services.programme.agenda(w.id))]
            workshop = running[0] if running else services.programme.next_workshop() \
                or (workshops[0] if workshops else None)
        except UserError:
            return ""
        return phase_name(workshop.phase) if workshop is not None else ""

    def _timer_text(self) -> None:
        timer = self.room.sent.timer
        if timer is None:
            self.timer_label.setText(self.tr("Not started."))
            self.timer_clock.setText("")
            self.timer_button.setText(self.tr("Start for everyone"))
            return
        run = self.room.timer_link.running_session()
        seconds = run.timer.remaining() if run is not None else timer.remaining_ms // 1000
        self.timer_label.setText(timer.label)
        self.timer_clock.setText(format_seconds(seconds))
        self.timer_button.setText(self.tr("Pause for everyone") if timer.running
                                  else self.tr("Start for everyone"))

    # --- commands --------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        errors.guarded(self, self.room.timer_link.toggle)

    def announce(self) -> None:
        text = self.announcement.text().strip()
        errors.guarded(self, lambda: self.room.send(announcement=text))

    def clear_announcement(self) -> None:
        self.announcement.clear()
        errors.guarded(self, lambda: self.room.send(announcement=""))

    def set_eyes_on(self, on: bool) -> None:
        errors.guarded(self, lambda: self.room.send(eyes_on_projector=on))

    def bring(self) -> None:
        screen = self.screen_box.currentData()
        if screen:
            errors.guarded(self, lambda: self.room.send(bring_to_screen=str(screen)))

    def set_follow(self, on: bool) -> None:
        """"Follow me" on or off; a refusal (no board shown) unchecks the button again."""
        errors.guarded(self, lambda: self.room.follow_link.set_on(on))
        self.refresh()

    def show_join_screen(self) -> None:
        from jalostamo.ui.live import show_join_screen

        show_join_screen(self.room.window)
