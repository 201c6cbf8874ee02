"""The desk's left column: the programme's screens and one entry per city team."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from jalostamo.ui.cheap_qt import FOREGROUND_ROLE, KEY_ROLE, show_plain

if TYPE_CHECKING:
    from jalostamo.services import Services
    from jalostamo.services.events import Change
    from jalostamo.services.opening import Snapshot


class Navigator(QWidget):
    """Emits ``requested(key)`` with a page key: start, overview, setup, guide, agenda,
    team:<id>."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self._services: Services | None = None
        self._snapshot: Snapshot | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.title = QLabel(self)
        self.title.setObjectName("navigatorTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("navigationList")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.accessible_name())
        self.refresh()

    def accessible_name(self) -> str:
        return self.tr("Screens of the programme")

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        """Show the programme of a file still being opened (its name and teams)."""
        self._snapshot = snapshot
        self.refresh()

    def set_services(self, services: Services | None) -> None:
        if services is not None:
            self._snapshot = None
        if services is not self._services:
            if self._unsubscribe is not None:
                self._unsubscribe()
                self._unsubscribe = None
            self._services = services
            if services is not None:
                self._unsubscribe = services.events.subscribe(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in ("teams", "programmes", "team_cities"):
            self.refresh()

    def refresh(self) -> None:
        current = self.current_key()
        self.list.clear()
        self._add(self.tr("Start"), "start")
        services, snapshot = self._services, self._snapshot
        if services is None and snapshot is None:
            self.title.setText("Jalostamo")
        else:
            teams: list[tuple[str, str]]
            if services is not None:
                show_plain(self.title, services.programme.get().name)
                labels = services.teams.labels()
                teams = [(team.id, labels[team.id]) for team in services.teams.list()]
            else:
                assert snapshot is not None
                show_plain(self.title, snapshot.name)
                teams = [(team.team_id, team.name) for team in snapshot.teams]
            self._add(self.tr("Programme overview"), "overview")
            self._add(self.tr("Programme setup"), "setup")
            self._add(self.tr("People"), "people")
            self._add(self.tr("Phase guide"), "guide")
            self._add(self.tr("Agenda and timer"), "agenda")
            self._add(self.tr("Monitoring"), "monitoring")
            header = QListWidgetItem(self.tr("City teams"))
            if services is not None:  # not before the first paint: see cheap_qt
                from PySide6.QtCore import Qt

                header.setFlags(Qt.ItemFlag.NoItemFlags)
            # the same look before and after: a heading in the text colour, not greyed out
            header.setData(FOREGROUND_ROLE, self.list.palette().color(QPalette.ColorRole.Text))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for team_id, name in teams:
                self._add("   " + name, f"team:{team_id}")
        if current:
            self.select(current)

    def _add(self, text: str, key: str) -> None:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        self.list.addItem(item)

    def current_key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None and item.data(KEY_ROLE) else ""

    def select(self, key: str) -> None:
        key = ":".join(key.split(":")[:2])
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KEY_ROLE) == key:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                return

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.requested.emit(str(key))
