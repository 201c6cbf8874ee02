"""Run mode: the workshop's activities one after another with a large countdown; start, pause,
+1 min, next; a clear signal at zero; the same display full screen on the projector. The run's
state is the window's :class:`RunSession`; the panel shows it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jalostamo.ui.run_session import RunSession
from jalostamo.ui.timer import ProjectorWindow, TimerDisplay


class RunPanel(QWidget):
    """A view of the window's :class:`RunSession` (the countdown and the projector live there,
    so a rebuilt screen shows the same run). Emits ``leave()`` when the facilitator goes back
    to editing the agenda."""

    leave = Signal()

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self.session = session
        self.timer = session.timer
        self.display = TimerDisplay(self)
        self.timer.ticked.connect(self._show_time)
        self.timer.running_changed.connect(self._running_changed)
        session.activity_changed.connect(self._show_activity)
        session.projector_changed.connect(self._projector_changed)

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("timerStart")
        self.start_button.setToolTip(self.tr("Start or pause (Space)"))
        self.start_button.clicked.connect(self.timer.toggle)
        self.more_button = QPushButton(self.tr("+1 min"), self)
        self.more_button.setObjectName("timerPlusMinute")
        self.more_button.setToolTip("+")
        self.more_button.clicked.connect(self.timer.add_minute)
        self.previous_button = QPushButton(self.tr("Previous activity"), self)
        self.previous_button.setObjectName("timerPrevious")
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button = QPushButton(self.tr("Next activity"), self)
        self.next_button.setObjectName("timerNext")
        self.next_button.setToolTip(self.tr("Next activity (N)"))
        self.next_button.clicked.connect(self.go_next)
        self.projector_button = QPushButton(self.tr("Show on projector"), self)
        self.projector_button.setObjectName("timerProjector")
        self.projector_button.setCheckable(True)
        self.projector_button.setChecked(session.projector is not None)
        self.projector_button.toggled.connect(self.set_projector)
        self.back_button = QPushButton(self.tr("Back to the agenda"), self)
        self.back_button.setObjectName("timerBack")
        self.back_button.clicked.connect(self._leave)
        buttons = QHBoxLayout()
        for b in (self.start_button, self.more_button, self.previous_button, self.next_button,
                  self.projector_button, self.back_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display, 1)
        layout.addLayout(buttons)
        for key, slot in (("Space", self.timer.toggle), ("+", self.timer.add_minute),
                          ("N", self.go_next), ("P", self.go_previous), ("Escape", self._leave)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._running_changed(self.timer.running)
        self._show_activity()  # a run going on before this screen was built

    # the run itself is the session's
    @property
    def schedule(self) -> list[Any]:
        return self.session.schedule

    @property
    def index(self) -> int:
        return self.session.index

    @property
    def projector(self) -> ProjectorWindow | None:
        return self.session.projector

    def set_schedule(self, schedule: list[Any]) -> None:
        self.session.set_schedule(schedule)

    def go(self, index: int) -> None:
        self.session.go(index)

    def go_next(self) -> None:
        self.session.go(self.session.index + 1)

    def go_previous(self) -> None:
        self.session.go(self.session.index - 1)

    def current_title(self) -> str:
        return self.session.current_title()

    def _show_activity(self) -> None:
        self.session.show_on(self.display)
        self.previous_button.setEnabled(self.session.index > 0)
        self.next_button.setEnabled(self.session.index + 1 < len(self.session.schedule))

    def _show_time(self, seconds: int) -> None:
        self.display.show_time(seconds)

    def _running_changed(self, running: bool) -> None:
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start timer"))

    def set_projector(self, on: bool) -> None:
        self.session.set_projector(on)

    def _projector_changed(self, on: bool) -> None:
        self.projector_button.setChecked(on)  # closed by Escape or by its window's button

    def _leave(self) -> None:
        self.session.leave()
        self.leave.emit()

    def shutdown(self) -> None:
        self.session.stop()
