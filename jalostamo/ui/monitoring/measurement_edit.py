"""Editing one stored measurement: the panel's entry row switches to this editor (date, value,
note, source, Save/Cancel); saving is one undo step that writes only what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from jalostamo.errors import InvalidInput, UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.services.monitoring import Measurement
from jalostamo.ui.date_field import DateField
from jalostamo.ui.monitoring.fields import NumberEdit
from jalostamo.ui.monitoring.labels import fmt_date, fmt_number
from jalostamo.ui.undo import run_operation

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MeasurementEditor(QWidget):
    """Shown in place of the entry row while ``measurement_id`` is being edited.

    Enter saves, Escape cancels. Refused input shows its message in ``error`` (the panel's
    error line, the same one the add path uses) and writes nothing.
    """

    saved = Signal()  # one undo step was pushed
    finished = Signal()  # saved or cancelled: the panel shows its entry row again

    def __init__(self, services: Services, undo_stack: QUndoStack, error: QLabel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurementEditor")
        self.services = services
        self.undo_stack = undo_stack
        self.error = error
        self.measurement_id: str | None = None
        self._original: dict[str, Any] = {}
        self._shown_value = ""

        self.heading = QLabel(self)
        self.heading.setObjectName("measurementEditHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.measured_on = DateField(self, optional=False, field="measured_on")
        self.value = NumberEdit(self, field="value")
        self.value.setPlaceholderText(self.tr("Value, e.g. 52,5"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("Source (optional)"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Leave the measurement as it was (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)

        fields = QHBoxLayout()
        fields.addWidget(self.measured_on)
        fields.addWidget(self.value)
        fields.addWidget(self.note, 2)
        fields.addWidget(self.source, 1)
        fields.addWidget(self.save_button)
        fields.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(fields)
        self.hide()

    def editing(self) -> bool:
        return self.measurement_id is not None

    def start(self, measurement: Measurement) -> None:
        """Fill the fields with the stored values and put the cursor in the value."""
        self.measurement_id = measurement.id
        self._original = {"measured_on": measurement.measured_on, "value": measurement.value,
                          "note": measurement.note or "", "source": measurement.source or ""}
        self.heading.setText(self.tr("Editing the measurement dated %1")
                             .replace("%1", fmt_date(measurement.measured_on)))
        self.measured_on.set_date_value(measurement.measured_on)
        self._shown_value = fmt_number(measurement.value)
        self.value.setText(self._shown_value)
        self.note.setText(self._original["note"])
        self.source.setText(self._original["source"])
        self.error.clear()
        self.show()
        self.value.setFocus(Qt.FocusReason.OtherFocusReason)
        self.value.selectAll()

    def changes(self) -> dict[str, Any]:
        """The fields whose entered value differs from the stored one (raises UserError)."""
        text = self.value.text().strip()
        value = self.value.number_value()
        if value is None:
            raise InvalidInput("input.required", field=self.tr("Value"))
        entered: dict[str, Any] = {"measured_on": self.measured_on.date_value(),
                                   "note": self.note.text().strip(),
                                   "source": self.source.text().strip()}
        if text != self._shown_value:  # the field shows a rounded value: keep it if untouched
            entered["value"] = value
        return {name: new for name, new in entered.items() if new != self._original[name]}

    def save(self) -> bool:
        """Write the changed fields as one undo step; False (and a message) when refused."""
        row_id = self.measurement_id
        if row_id is None:
            return False
        mon = self.services.monitoring
        try:
            changes = self.changes()
            if changes:
                run_operation(self.undo_stack, self.tr("Edit measurement"),
                              self.services.entities.operations,
                              lambda: mon.update_measurement(row_id, **changes))
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            return False
        self._close()
        if changes:
            self.saved.emit()
        return True

    def cancel(self) -> None:
        if self.editing():
            self._close()

    def _close(self) -> None:
        self.measurement_id = None
        self._original = {}
        self.error.clear()
        self.hide()
        self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in any field saves, Escape cancels (the fields pass these keys on)."""
        if event.key() in _ENTER:
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
