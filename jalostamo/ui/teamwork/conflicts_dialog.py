"""Conflicts…: the edits a merge set aside, each beside the version that won.

"Keep this version" and "Use the other one" are ordinary edits: each is one undo command.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services import Change, Services
from jalostamo.services.team_files import Conflict
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.teamwork.conflict_view import (
    compared_fields,
    conflict_line,
    edited_at,
    field_name,
    local_time,
    show_value,
)
from jalostamo.ui.undo import run_operation

DIFFERS = QColor("#FFE8A3")


class ConflictsDialog(QDialog):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.services = services
        self.undo_stack = undo_stack
        intro = QLabel(self.tr(
            "Both sides changed these after the team file was handed out. The newer edit is in "
            "use; the other one was kept here. Choose which one stays."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.empty = QLabel(self.tr("No open conflicts."), self)
        self.empty.setObjectName("noConflicts")
        self.versions = QTableWidget(0, 3, self)
        self.versions.setObjectName("conflictVersions")
        self.versions.setAccessibleName(self.tr("The two versions side by side"))
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setWordWrap(True)
        self.versions.verticalHeader().setVisible(False)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.legend = QLabel(self.tr("Fields that differ are highlighted and marked with ≠."),
                             self)
        self.keep_button = QPushButton(self.tr("&Keep this version"), self)
        self.keep_button.setObjectName("keepThis")
        self.keep_button.clicked.connect(self.keep_current)
        self.other_button = QPushButton(self.tr("&Use the other one"), self)
        self.other_button.setObjectName("useOther")
        self.other_button.clicked.connect(self.use_other)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.versions, 1)
        right_layout.addWidget(self.legend)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.conflicts: list[Conflict] = []
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.refresh()
        self.resize(960, 520)

    # --- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current()
        keep_id = current.id if current is not None else None
        self.conflicts = self.services.team_files.conflicts()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(conflict_line(self.services, conflict), self.list)
            item.setToolTip(item.text())
        ids = [c.id for c in self.conflicts]
        self.list.setCurrentRow(ids.index(keep_id) if keep_id in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self.empty.setVisible(not ids)
        self._show_current()

    def current(self) -> Conflict | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self) -> None:
        conflict = self.current()
        self.keep_button.setEnabled(conflict is not None)
        self.other_button.setEnabled(conflict is not None)
        self.versions.setRowCount(0)
        if conflict is None:
            self.versions.setHorizontalHeaderLabels(
                [self.tr("Field"), self.tr("This version"), self.tr("The other one")])
            return
        winner, loser = conflict.winner or {}, conflict.loser or {}
        self.versions.setHorizontalHeaderLabels([
            self.tr("Field"),
            self.tr("This version, in use\n(edited %1)").replace(
                "%1", local_time(edited_at(winner))),
            self.tr("The other one\n(edited %1)").replace("%1", local_time(edited_at(loser))),
        ])
        bold = QFont(self.versions.font())
        bold.setBold(True)
        for column, mine, other in compared_fields(conflict):
            row = self.versions.rowCount()
            self.versions.insertRow(row)
            differs = mine != other
            name = field_name(conflict.table_name, column)
            table = conflict.table_name
            cells = [("≠ " if differs else "") + name, show_value(column, mine, table),
                     show_value(column, other, table)]
            for index, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if differs:
                    item.setBackground(QBrush(DIFFERS))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setFont(bold)
                    item.setToolTip(self.tr("The versions differ here"))
                self.versions.setItem(row, index, item)
        self.versions.resizeRowsToContents()

    def differing_fields(self) -> list[str]:
        """Names of the highlighted rows (what a user sees as different)."""
        names = [item.text() for r in range(self.versions.rowCount())
                 if (item := self.versions.item(r, 0)) is not None]
        return [n.removeprefix("≠ ") for n in names if n.startswith("≠ ")]

    def _on_change(self, change: Change) -> None:
        if change.table in ("conflicts", "*"):
            self.refresh()

    # --- choosing ------------------------------------------------------------------------------

    def keep_current(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        conflict_id = conflict.id
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Keep the version in use"), self.services.entities.operations,
            lambda: self.services.team_files.keep(conflict_id)))

    def use_other(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        conflict_id = conflict.id
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Use the other version"), self.services.entities.operations,
            lambda: self.services.team_files.choose_other(conflict_id)))
