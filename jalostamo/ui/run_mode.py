"""Run mode: the workshop's activities one after another with a large countdown; start, pause,
+1 min, next; a clear signal at zero; the same display full screen on the projector."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jalostamo.ui.timer import CountdownTimer, ProjectorWindow, TimerDisplay


class RunPanel(QWidget):
    """Emits ``leave()`` when the facilitator goes back to editing the agenda."""

    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self.schedule: list[Any] = []
        self.index = 0
        self.timer = CountdownTimer(self)
        self.display = TimerDisplay(self)
        self.projector: ProjectorWindow | None = None
        self.timer.ticked.connect(self._show_time)
        self.timer.expired.connect(self._expired)
        self.timer.running_changed.connect(self._running_changed)

        self.start_button = QPushButton(self.tr("Start timer"), self)
        self.start_button.setObjectName("timerStart")
        self.start_button.setToolTip(self.tr("Start or pause (Space)"))
        self.start_button.clicked.connect(self.timer.toggle)
        self.more_button = QPushButton(self.tr("+1 min"), self)
        self.more_button.setObjectName("timerPlusMinute")
        self.more_button.setToolTip("+")
        self.more_button.clicked.connect(self.timer.add_minute)
        self.previous_button = QPushButton(self.tr("Previous activity"), self)
        self.previous_button.setObjectName("timerPrevious")
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button = QPushButton(self.tr("Next activity"), self)
        self.next_button.setObjectName("timerNext")
        self.next_button.setToolTip(self.tr("Next activity (N)"))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.projector_button = QPushButton(self.tr("Show on projector"), self)
        self.projector_button.setObjectName("timerProjector")
        self.projector_button.setCheckable(True)
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
                          ("N", lambda: self.go(self.index + 1)),
                          ("P", lambda: self.go(self.index - 1)), ("Escape", self._leave)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def set_schedule(self, schedule: list[Any]) -> None:
        current_id = self.schedule[self.index].item.id if self.schedule and \
            self.index < len(self.schedule) else None
        self.schedule = schedule
        ids = [e.item.id for e in schedule]
        if current_id in ids:
            self.index = ids.index(current_id)
            self._show_activity()

    def begin(self, index: int = 0) -> None:
        self.go(index)

    def go(self, index: int) -> None:
        if not self.schedule:
            return
        self.index = max(0, min(index, len(self.schedule) - 1))
        running = self.timer.running
        self.timer.set_remaining(self.schedule[self.index].item.minutes * 60)
        self._show_activity()
        if running:
            self.timer.start()

    def current_title(self) -> str:
        return self.schedule[self.index].item.title if self.schedule else ""

    def _show_activity(self) -> None:
        entry = self.schedule[self.index]
        next_title = (self.schedule[self.index + 1].item.title
                      if self.index + 1 < len(self.schedule) else "")
        title = f"{entry.starts}–{entry.ends}  {entry.item.title}"
        for display in self._displays():
            display.show_activity(title, entry.item.instructions, next_title)
            display.show_time(self.timer.remaining())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(self.schedule))

    def _displays(self) -> list[TimerDisplay]:
        return [self.display] + ([self.projector] if self.projector is not None else [])

    def _show_time(self, seconds: int) -> None:
        for display in self._displays():
            display.show_time(seconds)

    def _expired(self) -> None:
        QApplication.beep()
        QApplication.alert(self.window())

    def _running_changed(self, running: bool) -> None:
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start timer"))

    def set_projector(self, on: bool) -> None:
        if on and self.projector is None:
            self.projector = ProjectorWindow()
            self.projector.closed.connect(lambda: self.projector_button.setChecked(False))
            self.projector.show_on_projector()
            if self.schedule:
                self._show_activity()
        elif not on and self.projector is not None:
            projector, self.projector = self.projector, None
            projector.close()
            projector.deleteLater()

    def _leave(self) -> None:
        self.timer.pause()
        self.leave.emit()

    def shutdown(self) -> None:
        self.timer.pause()
        self.projector_button.setChecked(False)
