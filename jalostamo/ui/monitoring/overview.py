"""Across teams: which experiments are on track, off track, or have no recent measurement."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services import Change, Services
from jalostamo.services.monitoring import TeamOverview, TeamStatus
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.monitoring.labels import STATUS_COLORS, fmt_date, team_status_name
from jalostamo.ui.vocabulary import decision_name

WATCHED = frozenset({"indicators", "measurements", "teams", "experiment_cards"})


class OverviewWidget(QWidget):
    """A table of every team; double-clicking a row emits ``teamActivated(team_id)``."""

    teamActivated = Signal(str)

    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.today = today
        self.rows: list[TeamOverview] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("overviewSummary")
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("overviewTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Team"), self.tr("Experiment"), self.tr("Indicators"), self.tr("On track"),
            self.tr("Last measurement"), self.tr("Status"), self.tr("Decision")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in WATCHED:
            self.refresh()

    def refresh(self) -> None:
        self.rows = self.services.monitoring.overview(today=self.today)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.team_name, row.experiment_title, str(row.indicators),
                     f"{row.on_track}/{row.indicators}" if row.indicators else "",
                     fmt_date(row.last_measured_on), team_status_name(row.status),
                     decision_name(row.decision))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.team_id)
                if c == 5:
                    item.setForeground(STATUS_COLORS[row.status])
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        counts = {status: sum(r.status is status for r in self.rows) for status in TeamStatus}
        self.summary.setText(
            self.tr("On track: %1 · Off track: %2 · No recent measurement: %3")
            .replace("%1", str(counts[TeamStatus.ON_TRACK]))
            .replace("%2", str(counts[TeamStatus.OFF_TRACK]))
            .replace("%3", str(counts[TeamStatus.NO_RECENT])))

    def status_of(self, team_name: str) -> TeamStatus | None:
        return next((r.status for r in self.rows if r.team_name == team_name), None)

    def _activated(self, row: int, _column: int) -> None:
        self.teamActivated.emit(self.rows[row].team_id)
