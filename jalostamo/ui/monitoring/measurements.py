"""Measurements of one indicator: a table, a row to enter a new one, and editing of a stored one
(Enter, double-click or "Edit…" on a row; one undo step each)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import InvalidInput, UserError
from jalostamo.i18n import current_language, translate
from jalostamo.services import Services
from jalostamo.services.measurements_csv import import_measurements
from jalostamo.ui.date_field import DateField
from jalostamo.ui.file_places import remember, start_folder
from jalostamo.ui.monitoring.fields import NumberEdit
from jalostamo.ui.monitoring.labels import fmt_date, fmt_number
from jalostamo.ui.monitoring.measurement_edit import MeasurementEditor
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.teamwork.read_only import is_other_team
from jalostamo.ui.undo import run_operation

_EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


class MeasurementPanel(QWidget):
    edited = Signal()

    def __init__(self, services: Services, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.indicator_id: str | None = None

        self.measured_on = DateField(self, optional=False, field="measured_on")
        self.value = NumberEdit(self, field="value")
        self.value.setPlaceholderText(self.tr("Value, e.g. 52,5"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.add_button = QPushButton(self.tr("Add measurement"), self)
        mark_edits(self.add_button)
        self.add_button.clicked.connect(self.add)
        self.value.returnPressed.connect(self.add)
        self.error = QLabel(self)
        self.error.setObjectName("measurementError")
        self.error.setStyleSheet("color: #C92A2A")
        self.error.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("measurementNotice")

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value"),
                                              self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(150)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._edit_at)
        self.table.itemSelectionChanged.connect(self._update_edit_button)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr(
            "Change the date, value, note or source of the selected measurement "
            "(Enter or double-click on the row)"))
        self.edit_button.clicked.connect(lambda: self.start_edit())
        self.delete_button = QPushButton(self.tr("Delete measurement"), self)
        mark_edits(self.delete_button)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        mark_edits(self.import_button)
        self.import_button.setToolTip(self.tr(
            "A CSV file with the columns indikaattori;päivämäärä;arvo (decimal comma, "
            "dates d.m.yyyy). A file with an error is refused whole."))
        self.import_button.clicked.connect(self.choose_file)
        self.team_id: str | None = None

        self.editor = MeasurementEditor(services, undo_stack, self.error, self)
        self.editor.saved.connect(self.edited)
        self.editor.finished.connect(self._edit_finished)

        self.entry_row = QWidget(self)
        entry = QHBoxLayout(self.entry_row)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.measured_on)
        entry.addWidget(self.value)
        entry.addWidget(self.note, 1)
        entry.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry_row)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        self.setEnabled(False)

    def load(self, indicator_id: str | None, team_id: str | None = None) -> None:
        self.indicator_id = indicator_id
        self.team_id = team_id
        self.setEnabled(indicator_id is not None)
        self.editor.cancel()
        self.edit_button.setVisible(self.can_edit())
        self.refresh()

    def refresh(self) -> None:
        rows = self.services.monitoring.measurements(self.indicator_id) \
            if self.indicator_id else []
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            cells = (fmt_date(m.measured_on), fmt_number(m.value), m.note or m.source)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if self.editor.editing() and self.editor.measurement_id not in {m.id for m in rows}:
            self.editor.cancel()  # the row went away (an undo, a merge) while being edited
        self._update_edit_button()

    def add(self) -> str | None:
        """Store the entered measurement as one undo step; returns its id (None if refused)."""
        if self.indicator_id is None:
            return None
        indicator_id = self.indicator_id
        mon = self.services.monitoring
        try:
            value = self.value.number_value()
            if value is None:
                raise InvalidInput("input.required", field=self.tr("Value"))
            measured_on = self.measured_on.date_value()
            note = self.note.text().strip()
            row_id = run_operation(
                self.undo_stack, self.tr("Add measurement"), self.services.entities.operations,
                lambda: mon.add_measurement(indicator_id, measured_on or "", value, note=note))
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            return None
        self.error.clear()
        self.value.clear()
        self.note.clear()
        self.edited.emit()
        return row_id

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        cells = [self.table.item(r, 0) for r in rows]
        return [str(c.data(Qt.ItemDataRole.UserRole)) for c in cells if c is not None]

    # --- editing a stored measurement ------------------------------------------------------

    def can_edit(self) -> bool:
        """Editing is offered only where it can be saved: not in a programme opened read-only,
        nor for another team than the file's own in a team file."""
        if self.indicator_id is None or self.services.doc.readonly:
            return False
        return self.team_id is None or not is_other_team(self.services, self.team_id)

    def start_edit(self, measurement_id: str | None = None) -> bool:
        """Switch the entry row to editing ``measurement_id`` (default: the current row)."""
        if not self.can_edit():
            return False
        if measurement_id is None:
            ids = self.selected_ids()
            current = self.table.item(self.table.currentRow(), 0)
            if current is not None and current.isSelected():
                ids = [str(current.data(Qt.ItemDataRole.UserRole))]
            if not ids:
                return False
            measurement_id = ids[0]
        measurement = self.services.monitoring.find_measurement(measurement_id)
        if measurement is None:
            return False
        self.entry_row.hide()
        self.notice.clear()
        self.editor.start(measurement)
        self._update_edit_button()
        return True

    def _edit_at(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self.start_edit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _edit_finished(self) -> None:
        self.entry_row.show()
        self._update_edit_button()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_edit_button(self) -> None:
        self.edit_button.setEnabled(bool(self.selected_ids()) and not self.editor.editing())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter (or F2) on a row of the table starts editing it."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _EDIT_KEYS
                and self.can_edit() and self.start_edit()):
            return True
        return super().eventFilter(watched, event)

    def delete_selected(self) -> None:
        mon = self.services.monitoring
        ids = self.selected_ids()
        if not ids:
            return
        def delete_all() -> None:
            for row_id in ids:
                mon.delete_measurement(row_id)

        run_operation(self.undo_stack, self.tr("Delete measurement"),
                      self.services.entities.operations, delete_all)
        self.edited.emit()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import measurements"),
                                              start_folder("measurements"),
                                              self.tr("CSV and Excel files (*.csv *.txt *.xlsx)"))
        if path:
            remember("measurements", path)
            self.import_file(Path(path))

    def import_file(self, path: Path) -> int | None:
        """Import a CSV file of the team's measurements as one undo step; returns how many
        were stored, or None when the file was refused (the reason shows under the entry)."""
        if self.team_id is None:
            return None
        entities, team_id = self.services.entities, self.team_id
        try:
            result = run_operation(self.undo_stack, self.tr("Import measurements"),
                                   entities.operations,
                                   lambda: import_measurements(entities, team_id, path))
        except UserError as exc:
            self.notice.clear()
            self.error.setText(exc.message(current_language()))
            return None
        self.error.clear()
        self.notice.setText(translate("monitoring.csv.done", current_language(),
                                     path=path.name, created=result.created,
                                     skipped=result.skipped))
        self.edited.emit()
        return result.created
