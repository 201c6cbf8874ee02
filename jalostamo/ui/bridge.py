"""Turns the services' change events into a Qt signal that widgets connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from jalostamo.services import Change, Services


class ChangeBridge(QObject):
    """Emits ``changed(Change)`` for every committed change of the document."""

    changed = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = services.events.subscribe(self._forward)
        from jalostamo.ui.workers import deliver_events_on_gui_thread

        deliver_events_on_gui_thread(services.events)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._unsubscribe()
