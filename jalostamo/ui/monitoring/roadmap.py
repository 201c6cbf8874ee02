"""The roadmap editor: the timeline, the list of items and the form of the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.services.monitoring import ROADMAP_LANES
from jalostamo.services.vocabulary import RoadmapKind, RoadmapStatus
from jalostamo.ui.date_field import DateField
from jalostamo.ui.monitoring.labels import fmt_date, kind_name, status_name
from jalostamo.ui.monitoring.timeline import RoadmapTimeline
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation


class RoadmapEditor(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, team_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.team_id = team_id
        self.selected_id: str | None = None

        self.timeline = RoadmapTimeline(self)
        self.timeline.itemClicked.connect(self.select)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("roadmapTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Title"),
                                              self.tr("Starts"), self.tr("Ends"),
                                              self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._table_selected)

        self.kind = QComboBox(self)
        for kind in ROADMAP_LANES:
            self.kind.addItem(kind_name(kind), kind.value)
        self.title = QLineEdit(self)
        self.starts_on = DateField(self, field="starts_on")
        self.ends_on = DateField(self, field="ends_on")
        self.status = QComboBox(self)
        for status in RoadmapStatus:
            self.status.addItem(status_name(status), status.value)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(60)
        self.error = QLabel(self)
        self.error.setObjectName("roadmapError")
        self.error.setStyleSheet("color: #C92A2A")
        self.error.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to roadmap"), self)
        mark_edits(self.add_button)
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        mark_edits(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        mark_edits(self.delete_button)
        self.delete_button.clicked.connect(self.delete_selected)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        dates = QHBoxLayout()
        dates.addWidget(self.starts_on)
        dates.addWidget(QLabel("\u2013", self))
        dates.addWidget(self.ends_on)
        dates.addStretch(1)
        form.addRow(self.tr("Time"), dates)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Description"), self.description)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(form)
        form_layout.addLayout(buttons)

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.table)
        lower.addWidget(form_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        items = self.services.monitoring.roadmap(self.team_id)
        if self.selected_id not in {it.id for it in items}:
            self.selected_id = None
        self.timeline.set_items(items, self.selected_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            cells = (kind_name(item.kind), item.title, fmt_date(item.starts_on),
                     fmt_date(item.ends_on), status_name(item.status))
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(r, c, cell)
            if item.id == self.selected_id:
                self.table.selectRow(r)
        self.table.blockSignals(False)
        self.save_button.setEnabled(self.selected_id is not None)
        self.delete_button.setEnabled(self.selected_id is not None)

    def _table_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        cell = self.table.item(min(rows), 0) if rows else None
        if cell is not None:
            self.select(str(cell.data(Qt.ItemDataRole.UserRole)))

    def select(self, item_id: str) -> None:
        item = self.services.monitoring.find_roadmap_item(item_id)
        if item is None:
            return
        self.selected_id = item_id
        self.kind.setCurrentIndex(self.kind.findData(RoadmapKind(item.kind).value))
        self.title.setText(item.title)
        self.starts_on.set_date_value(item.starts_on)
        self.ends_on.set_date_value(item.ends_on)
        self.status.setCurrentIndex(self.status.findData(RoadmapStatus(item.status).value))
        self.description.setPlainText(item.description)
        self.error.clear()
        self.refresh()

    def values(self) -> dict[str, Any]:
        return {
            "kind": RoadmapKind(self.kind.currentData()),
            "title": self.title.text().strip(),
            "starts_on": self.starts_on.date_value(),
            "ends_on": self.ends_on.date_value(),
            "status": RoadmapStatus(self.status.currentData()),
            "description": self.description.toPlainText(),
        }

    def add(self) -> str | None:
        """Add the form's values as a new roadmap item (one undo step)."""
        mon = self.services.monitoring
        values = self.values()
        kind, title = values.pop("kind"), values.pop("title")
        try:
            row_id = run_operation(
                self.undo_stack, self.tr("Add to roadmap"), self.services.entities.operations,
                lambda: mon.add_roadmap_item(self.team_id, kind, title, **values))
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            return None
        self.error.clear()
        self.selected_id = row_id
        self.refresh()
        return row_id

    def save(self) -> bool:
        if self.selected_id is None:
            return False
        row_id = self.selected_id
        changes = self.values()
        try:
            run_operation(
                self.undo_stack, self.tr("Edit roadmap item"), self.services.entities.operations,
                lambda: self.services.monitoring.update_roadmap_item(row_id, **changes))
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            return False
        self.error.clear()
        self.refresh()
        return True

    def delete_selected(self) -> None:
        if self.selected_id is None:
            return
        mon = self.services.monitoring
        row_id = self.selected_id
        run_operation(self.undo_stack, self.tr("Delete roadmap item"),
                      self.services.entities.operations, lambda: mon.delete_roadmap_item(row_id))
        self.selected_id = None
        self.refresh()
