"""Small input widgets: an optional date and a number that accepts a decimal comma."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from jalostamo.errors import InvalidInput
from jalostamo.services.measurements_csv import parse_number
from jalostamo.ui.monitoring.labels import fmt_number, from_qdate, to_qdate

_UNSET = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date in d.M.yyyy with a calendar; its lowest value shows "–" and means no date."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setDisplayFormat("d.M.yyyy")
        self.setCalendarPopup(True)
        self._optional = optional
        if optional:
            self.setMinimumDate(_UNSET)
            self.setSpecialValueText("\u2013")
            self.setDate(_UNSET)
        else:
            self.setDate(QDate.currentDate())

    def date_value(self) -> date | None:
        if self._optional and self.date() == _UNSET:
            return None
        return from_qdate(self.date())

    def set_date_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_UNSET if self._optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))


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
