"""Attendance of one workshop: the programme's people, grouped (facilitators, each team,
experts and others), each with a check box; every tick is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.services import Change, Services
from jalostamo.services.attendance import FACILITATOR, OTHER
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.undo import run_operation

ID_ROLE = Qt.ItemDataRole.UserRole
_WATCHED = frozenset({"attendance", "people", "team_members", "facilitators", "teams",
                      "workshops"})


class AttendancePanel(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, workshop_id: str,
                 bridge: ChangeBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self.services = services
        self.undo_stack = undo_stack
        self.workshop_id = workshop_id
        self.heading = QLabel(self)
        self.heading.setObjectName("attendanceHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("attendanceSummary")
        self.list = QListWidget(self)
        self.list.setObjectName("attendanceList")
        self.list.setAccessibleName(self.tr("Who was present"))
        self.list.itemChanged.connect(self._ticked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.refresh()

    def show_workshop(self, workshop_id: str) -> None:
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self.refresh()

    def refresh(self) -> None:
        workshop = self.services.programme.workshop(self.workshop_id)
        day = f" ({workshop.held_on.day}.{workshop.held_on.month}.{workshop.held_on.year})" \
            if workshop.held_on else ""
        self.heading.setText(self.tr("Who was present at workshop %1%2?")
                             .replace("%1", str(workshop.number)).replace("%2", day))
        roster = self.services.attendance.roster(self.workshop_id)
        current = self.list.currentItem()
        current_id = current.data(ID_ROLE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        group = None
        bold = QFont(self.font())
        bold.setBold(True)
        for row in roster:
            label = (self.tr("Facilitators") if row.kind == FACILITATOR
                     else self.tr("Experts and others") if row.kind == OTHER else row.group)
            if label != group:
                group = label
                header = QListWidgetItem(label)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.setFont(bold)
                self.list.addItem(header)
            text = row.name + (f" ({row.organisation})" if row.organisation else "")
            item = QListWidgetItem(text)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.services.doc.readonly:  # a read-only file shows, never changes
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, row.person_id)
            self.list.addItem(item)
            if row.person_id == current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        present = sum(1 for row in roster if row.present)
        self.summary.setText(self.tr("%1 of %2 present").replace("%1", str(present))
                             .replace("%2", str(len(roster))) if roster else
                             self.tr("The programme has no people yet: add facilitators and "
                                     "team members first."))

    def person_item(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) and item.text().split(" (")[0] == name:
                return item
        return None

    def _ticked(self, item: QListWidgetItem) -> None:
        person_id = item.data(ID_ROLE)
        if not person_id:
            return
        present = item.checkState() == Qt.CheckState.Checked
        if present == (person_id in self.services.attendance.present_ids(self.workshop_id)):
            return
        text = self.tr("Mark present") if present else self.tr("Mark absent")
        services = self.services
        if not errors.guarded(self, lambda: run_operation(
                self.undo_stack, text, services.entities.operations,
                lambda: services.attendance.set_present(self.workshop_id, str(person_id),
                                                        present))):
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in _WATCHED or change.table == "*":
            try:
                self.refresh()
            except UserError:  # the workshop itself went (undo, merge): nothing to show
                self.list.clear()


class AttendanceDialog(QDialog):
    """The attendance panel in a window of its own, beside the agenda (not modal)."""

    def __init__(self, services: Services, undo_stack: QUndoStack, workshop_id: str,
                 bridge: ChangeBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self.panel = AttendancePanel(services, undo_stack, workshop_id, bridge, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(460, 560)
