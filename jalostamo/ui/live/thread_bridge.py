"""Hands the core's events, called on its background thread, over to the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from jalostamo.live.api import RoomEvent


class RoomEventBridge(QObject):
    """``deliver(event)`` may be called on any thread; ``received(event)`` is emitted on the
    thread this object lives in (the GUI thread), through a queued connection, so slots
    connected to it may touch widgets. After :meth:`close`, late events are dropped."""

    received = Signal(object)
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._open = True
        # queued even when emitted on the GUI thread: a core that calls back from inside
        # start() must not re-enter the screens
        self._arrived.connect(self._forward, Qt.ConnectionType.QueuedConnection)

    def deliver(self, event: RoomEvent) -> None:
        with self._lock:
            if self._open:
                self._arrived.emit(event)

    def _forward(self, event: RoomEvent) -> None:
        if self._open:
            self.received.emit(event)

    def close(self) -> None:
        with self._lock:
            self._open = False
