"""The run mode's countdown, shown on every laptop while the room is open: whenever the
facilitator starts, pauses, jumps or changes the activity of the window's run mode
(:class:`~jalostamo.ui.run_session.RunSession`), the host broadcasts it (not every tick: the
laptops count down by themselves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from jalostamo.live.api import TimerState
from jalostamo.ui.run_mode import RunPanel
from jalostamo.ui.timer import monotonic_ms

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController
    from jalostamo.ui.run_session import RunSession

#: a tick further than this from the countdown last sent is a jump (+1 min, next activity)
JUMP_MS = 1500


class TimerLink(QObject):
    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.room = room
        self._attached = False
        self._last: tuple[TimerState, int] | None = None  # the state sent, monotonic ms then

    def session(self) -> RunSession:
        """The window's run mode: it outlives the agenda screen (a language switch)."""
        session: RunSession = self.room.window.run_session
        return session

    def attach_all(self) -> None:
        """Follow the window's countdown (once)."""
        if not self._attached:
            self._attached = True
            timer = self.session().timer
            timer.ticked.connect(self._changed)
            timer.running_changed.connect(self._changed)

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
        """A new room: follow the countdown and show one already running."""
        self._last = None
        self.attach_all()
        session = self.running_session()
        if session is not None and session.timer.running:
            self.send(session, force=True)

    def running_session(self) -> RunSession | None:
        """The run mode when it has a workshop's activities (else None)."""
        session = self.session()
        return session if session.schedule else None

    def toggle(self) -> None:
        """Start or pause the timer for everyone (the console's button)."""
        panel = self.run_panel()
        if panel is not None and panel.schedule:
            panel.timer.toggle()

    def _changed(self, *_args: object) -> None:
        if self.room.host is not None:
            self.send(self.session())

    def send(self, session: RunSession, force: bool = False) -> None:
        timer = session.timer
        remaining = timer.remaining() * 1000
        entry = session.schedule[session.index] if session.schedule else None
        label = session.current_title()
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
