"""The run mode's countdown, shown on every laptop while the room is open: whenever the
facilitator starts, pauses, jumps or changes the activity of a run panel's timer, the host
broadcasts it (not every tick: the laptops count down by themselves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from jalostamo.live.api import TimerState
from jalostamo.ui.run_mode import RunPanel
from jalostamo.ui.timer import CountdownTimer, monotonic_ms

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController

#: a tick further than this from the countdown last sent is a jump (+1 min, next activity)
JUMP_MS = 1500


class TimerLink(QObject):
    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.room = room
        self._attached: set[int] = set()
        self._last: tuple[TimerState, int] | None = None  # the state sent, monotonic ms then

    def attach_all(self) -> None:
        for panel in self.room.window.findChildren(RunPanel):
            if id(panel.timer) not in self._attached:
                self._attached.add(id(panel.timer))
                panel.timer.ticked.connect(self._changed)
                panel.timer.running_changed.connect(self._changed)
                panel.timer.destroyed.connect(self._forget)

    def _forget(self) -> None:
        self._attached = {i for i in self._attached if i != id(self.sender())}

    def run_panel(self) -> RunPanel | None:
        """The agenda's run panel, made ready to run (built and in run mode) when needed."""
        window = self.room.window
        if window.services is None:
            return None
        agenda = window.page("agenda")
        panel = getattr(agenda, "run_panel", None)
        if not isinstance(panel, RunPanel):
            return None
        modes = getattr(agenda, "modes", None)
        if modes is not None and modes.currentWidget() is not panel:
            agenda.enter_run_mode()  # the workshop's first activity, as the run button does
        self.attach_all()
        return panel

    def room_opened(self) -> None:
        """A new room: follow every run panel and show a countdown already running."""
        self._last = None
        self.attach_all()
        panel = self.run_panel_if_built()
        if panel is not None and panel.timer.running:
            self.send(panel, force=True)

    def run_panel_if_built(self) -> RunPanel | None:
        panels = [p for p in self.room.window.findChildren(RunPanel) if p.schedule]
        return panels[0] if panels else None

    def toggle(self) -> None:
        """Start or pause the timer for everyone (the console's button)."""
        panel = self.run_panel()
        if panel is not None and panel.schedule:
            panel.timer.toggle()

    def _changed(self, *_args: object) -> None:
        timer = self.sender()
        if not isinstance(timer, CountdownTimer) or self.room.host is None:
            return
        panel = timer.parent()
        if isinstance(panel, RunPanel):
            self.send(panel)

    def send(self, panel: RunPanel, force: bool = False) -> None:
        timer = panel.timer
        remaining = timer.remaining() * 1000
        entry = panel.schedule[panel.index] if panel.schedule else None
        label = panel.current_title()
        now = monotonic_ms()
        if self._last is not None and not force:
            last, at = self._last
            predicted = last.remaining_ms - (now - at if last.running else 0)
            if last.running == timer.running and last.label == label \
                    and abs(predicted - remaining) <= JUMP_MS:
                return
        state = TimerState(running=timer.running, remaining_ms=remaining,
                           total_ms=(entry.item.minutes * 60_000 if entry else 0), label=label,
                           updated_ms=self.room.clock())
        self._last = (state, now)
        self.room.send(timer=state, agenda_item_id=entry.item.id if entry else None)
