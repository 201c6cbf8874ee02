"""A number field that accepts a decimal comma."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from jalostamo.errors import InvalidInput
from jalostamo.services.measurements_csv import parse_number
from jalostamo.ui.monitoring.labels import fmt_number


class NumberEdit(QLineEdit):
    """A number as people type it: ``52,5``, ``1 234,5`` or ``52.5``; empty means none."""

    def __init__(self, parent: QWidget | None = None, *, field: str = "value") -> None:
        super().__init__(parent)
        self._field = field

    def number_value(self) -> float | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_number(text)
        except ValueError:
            raise InvalidInput("input.bad_value", field=self._field, detail=text) from None

    def set_number_value(self, value: float | None) -> None:
        self.setText(fmt_number(value))
