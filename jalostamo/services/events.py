"""Change notifications: services announce what changed after each commit; windows subscribe.

This is the only link from the domain to the UI, and it goes one way: the domain never knows a
widget. The UI's bridge turns these calls into Qt signals.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)


class Op(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RESTORED = "restored"
    RELOADED = "reloaded"  # many tables changed at once (import, merge, undo of a big step)


@dataclass(frozen=True)
class Change:
    table: str
    op: Op
    ids: tuple[str, ...] = ()
    fields: frozenset[str] = field(default_factory=frozenset)


Listener = Callable[[Change], None]


class EventBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._paused = 0
        self._pending: list[Change] = []
        self._home = threading.get_ident()
        self._dispatch: Callable[[Callable[[], None]], None] | None = None

    def set_dispatcher(self, dispatch: Callable[[Callable[[], None]], None] | None) -> None:
        """Changes emitted on another thread than the one that made the bus (a worker that
        commits) are handed to ``dispatch`` as a call to run on the home thread: the thread
        that sets the dispatcher (the UI's)."""
        self._home = threading.get_ident()
        self._dispatch = dispatch

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` for every change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold changes back until the block ends (an operation's transaction has committed),
        then announce them in order; dropped if the block fails (nothing was committed)."""
        self._paused += 1
        try:
            yield
        except BaseException:
            self._paused -= 1
            if not self._paused:
                self._pending.clear()
            raise
        self._paused -= 1
        if not self._paused:
            pending, self._pending = self._pending, []
            for change in pending:
                self.emit(change)

    def emit(self, change: Change) -> None:
        if self._dispatch is not None and threading.get_ident() != self._home:
            self._dispatch(lambda: self.emit(change))
            return
        if self._paused:
            self._pending.append(change)
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not undo a committed edit
                log.exception("change listener failed for %s", change)
