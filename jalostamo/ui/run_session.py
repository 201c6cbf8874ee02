"""The run mode's state: the workshop being run, its current activity, the countdown and the
projector window.

It belongs to the main window, not to the agenda screen that shows it: a language switch
rebuilds the screens, and the countdown goes on, the projector stays open, and the new agenda
screen comes back in run mode (its :class:`~jalostamo.ui.run_mode.RunPanel` is a view of
this). Closing the programme stops it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from jalostamo.ui.timer import CountdownTimer, ProjectorWindow, TimerDisplay

if TYPE_CHECKING:
    from jalostamo.services.programme import ScheduledItem


class RunSession(QObject):
    """``activity_changed()`` when another activity (or schedule) is shown;
    ``projector_changed(on)`` when the projector window opens or closes."""

    activity_changed = Signal()
    projector_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runSession")
        self.timer = CountdownTimer(self)
        self.schedule: list[ScheduledItem] = []
        self.index = 0
        self.workshop_id: str | None = None
        self.active = False  # in run mode (the agenda shows the run panel)
        self.projector: ProjectorWindow | None = None
        self.timer.ticked.connect(self._show_time)
        self.timer.expired.connect(self._expired)

    # --- the activities ---------------------------------------------------------------------

    def begin(self, workshop_id: str | None, schedule: list[ScheduledItem],
              index: int = 0) -> None:
        """Run mode for ``workshop_id``, from its activity ``index`` (the first one)."""
        self.workshop_id = workshop_id
        self.schedule = schedule
        self.active = True
        self.go(index)

    def set_schedule(self, schedule: list[ScheduledItem]) -> None:
        """The workshop's activities changed: the current one stays current."""
        current_id = self.current_id()
        self.schedule = schedule
        ids = [e.item.id for e in schedule]
        if current_id in ids:
            self.index = ids.index(current_id)
            self._show_activity()

    def go(self, index: int) -> None:
        if not self.schedule:
            return
        self.index = max(0, min(index, len(self.schedule) - 1))
        running = self.timer.running
        self.timer.set_remaining(self.schedule[self.index].item.minutes * 60)
        self._show_activity()
        if running:
            self.timer.start()

    def current_id(self) -> str | None:
        if self.schedule and self.index < len(self.schedule):
            return self.schedule[self.index].item.id
        return None

    def current_title(self) -> str:
        return self.schedule[self.index].item.title if self.schedule else ""

    def show_on(self, display: TimerDisplay) -> None:
        """Show the current activity and the time left on ``display``."""
        if self.schedule:
            entry = self.schedule[self.index]
            following = self.index + 1 < len(self.schedule)
            display.show_activity(f"{entry.starts}–{entry.ends}  {entry.item.title}",
                                  entry.item.instructions,
                                  self.schedule[self.index + 1].item.title if following else "")
        display.show_time(self.timer.remaining())

    def _show_activity(self) -> None:
        if self.projector is not None:
            self.show_on(self.projector)
        self.activity_changed.emit()

    def _show_time(self, seconds: int) -> None:
        if self.projector is not None:
            self.projector.show_time(seconds)

    def _expired(self) -> None:
        QApplication.beep()
        parent = self.parent()
        if isinstance(parent, QWidget):
            QApplication.alert(parent.window())

    # --- run mode and the projector ---------------------------------------------------------

    def leave(self) -> None:
        """Back to editing the agenda: the countdown pauses."""
        self.timer.pause()
        self.active = False

    def set_projector(self, on: bool) -> None:
        if on and self.projector is None:
            self.projector = ProjectorWindow()
            self.projector.closed.connect(self._projector_closed)
            self.projector.show_on_projector()
            self.show_on(self.projector)
            self.projector_changed.emit(True)
        elif not on and self.projector is not None:
            projector, self.projector = self.projector, None
            projector.close()
            projector.deleteLater()
            self.projector_changed.emit(False)

    def _projector_closed(self) -> None:
        self.set_projector(False)

    def stop(self) -> None:
        """The programme is closed: pause, close the projector, forget the workshop."""
        self.leave()
        self.set_projector(False)
        self.schedule, self.index, self.workshop_id = [], 0, None
