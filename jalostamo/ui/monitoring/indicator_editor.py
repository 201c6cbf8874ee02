"""The form of one indicator: name, definition and unit, source, frequency, baseline, target,
owner and meaningful change. "Save" writes every changed field as one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.services.monitoring import Indicator
from jalostamo.ui.date_field import DateField
from jalostamo.ui.monitoring.fields import NumberEdit
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation


class IndicatorEditor(QWidget):
    saved = Signal()

    def __init__(self, services: Services, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.indicator_id: str | None = None
        self.name = QLineEdit(self)
        self.definition = QPlainTextEdit(self)
        self.definition.setMaximumHeight(70)
        self.unit = QLineEdit(self)
        self.data_source = QLineEdit(self)
        self.frequency = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.baseline_value = NumberEdit(self, field="baseline_value")
        self.baseline_on = DateField(self, field="baseline_on")
        self.target_value = NumberEdit(self, field="target_value")
        self.target_on = DateField(self, field="target_on")
        self.meaningful_change = NumberEdit(self, field="meaningful_change")
        self.error = QLabel(self)
        self.error.setObjectName("indicatorError")
        self.error.setStyleSheet("color: #C92A2A")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save indicator"), self)
        mark_edits(self.save_button)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Definition"), self.definition)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Data source"), self.data_source)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("Baseline"), self._pair(self.baseline_value, self.baseline_on))
        form.addRow(self.tr("Target"), self._pair(self.target_value, self.target_on))
        form.addRow(self.tr("Meaningful change"), self.meaningful_change)
        form.addRow(self.tr("Owner"), self.owner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.setEnabled(False)

    def _pair(self, value: QWidget, on: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(value, 1)
        row.addWidget(QLabel(self.tr("on"), box))
        row.addWidget(on)
        return box

    def load(self, indicator: Indicator | None) -> None:
        self.indicator_id = indicator.id if indicator else None
        self.setEnabled(indicator is not None)
        self.error.clear()
        if indicator is None:
            for edit in (self.name, self.unit, self.data_source, self.frequency, self.owner,
                         self.baseline_value, self.target_value, self.meaningful_change):
                edit.clear()
            self.definition.clear()
            return
        self.name.setText(indicator.name)
        self.definition.setPlainText(indicator.definition)
        self.unit.setText(indicator.unit)
        self.data_source.setText(indicator.data_source)
        self.frequency.setText(indicator.frequency)
        self.owner.setText(indicator.owner)
        self.baseline_value.set_number_value(indicator.baseline_value)
        self.baseline_on.set_date_value(indicator.baseline_on)
        self.target_value.set_number_value(indicator.target_value)
        self.target_on.set_date_value(indicator.target_on)
        self.meaningful_change.set_number_value(indicator.meaningful_change)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "definition": self.definition.toPlainText(),
            "unit": self.unit.text().strip(),
            "data_source": self.data_source.text().strip(),
            "frequency": self.frequency.text().strip(),
            "owner": self.owner.text().strip(),
            "baseline_value": self.baseline_value.number_value(),
            "baseline_on": self.baseline_on.date_value(),
            "target_value": self.target_value.number_value(),
            "target_on": self.target_on.date_value(),
            "meaningful_change": self.meaningful_change.number_value(),
        }

    def save(self) -> bool:
        """Write the form as one undo step; show a refusal under the form. True when saved."""
        if self.indicator_id is None:
            return False
        row_id = self.indicator_id
        try:
            changes = self.values()
            run_operation(
                self.undo_stack, self.tr("Edit indicator"), self.services.entities.operations,
                lambda: self.services.monitoring.update_indicator(row_id, **changes))
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            return False
        self.error.clear()
        self.saved.emit()
        return True
