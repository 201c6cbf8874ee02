"""A date field that takes what people type (``13.3.2019``, ``13.3.``, ``2019-03-13``) and a
calendar that opens near the date in question.

It replaces ``QDateEdit``, whose section editing turns "13.3.2019" into "–1332019" and whose
calendar opens at its minimum date. Parsing is the domain's (:mod:`jalostamo.services.date_input`);
this widget shows the parsed date, refuses nonsense with the message in the user's language (a
red frame and the message as tooltip and ``refused``), and keeps the stored value until the
text is a date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QVBoxLayout, QWidget

from jalostamo.errors import UserError
from jalostamo.services.date_input import DateNotUnderstood, format_date, parse_date

Today = Callable[[], date]


class DateField(QLineEdit):
    """``committed(date | None)`` when editing finished with a new valid date (or an emptied
    optional field); ``refused(message)`` when the text is not a date. ``hint`` is the date the
    calendar opens at when the field is empty, and gives the year of a date typed without one."""

    committed = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True,
                 field: str = "date", today: Today = date.today) -> None:
        super().__init__(parent)
        self.optional = optional
        self.field = field
        self.today = today
        self.hint: date | None = None
        self._stored: date | None = None if optional else today()
        self.setPlaceholderText(self.tr("d.m.yyyy") if optional else "")
        self.setText(format_date(self._stored))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose from a calendar"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._finish)
        self.textEdited.connect(lambda _t: self._mark(None))
        self.popup: CalendarPopup | None = None

    # --- value --------------------------------------------------------------------------------

    def date_value(self) -> date | None:
        """The date the text means; raises a user error (in the user's language) if it is not
        one, or if a required date is empty."""
        value = parse_date(self.text(), today=self.today(), near=self.hint or self._stored,
                           field=self.field)
        if value is None and not self.optional:
            raise DateNotUnderstood(field=self.field, detail="?")
        return value

    def set_date_value(self, value: date | None) -> None:
        """Show a stored value (or today's date for an empty required field)."""
        if value is None and not self.optional:
            value = self.today()
        self._stored = value
        self._mark(None)
        self.setText(format_date(value))

    def show_stored(self, value: date | None) -> None:
        """Show a value that changed in the document, unless the person is typing here."""
        if not (self.hasFocus() and self.isModified()):
            self.set_date_value(value)

    def stored(self) -> date | None:
        return self._stored

    def is_valid(self) -> bool:
        try:
            self.date_value()
        except UserError:
            return False
        return True

    def _finish(self) -> None:
        try:
            value = self.date_value()
        except UserError as exc:
            message = exc.message()
            self._mark(message)
            self.refused.emit(message)
            return
        self._mark(None)
        self.setText(format_date(value))  # the parsed date, as it will be stored
        self.setModified(False)
        if value != self._stored:
            self._stored = value
            self.committed.emit(value)

    def _mark(self, message: str | None) -> None:
        self.setProperty("invalid", message is not None)
        if message and not self.styleSheet():
            # the red frame's style sheet drops the native frame and with it a few pixels of
            # height: keep the field's height so the form below does not jump
            self.setMinimumHeight(self.sizeHint().height())
        self.setStyleSheet("QLineEdit { border: 2px solid #C92A2A; }" if message else "")
        self.setToolTip(message or "")
        if message and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)

    # --- calendar -----------------------------------------------------------------------------

    def calendar_start(self) -> date:
        """Where the calendar opens: the typed or stored date, else the hint, else today."""
        try:
            typed = self.date_value()
        except UserError:
            typed = None
        return typed or self._stored or self.hint or self.today()

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        self.popup = CalendarPopup(self, self.calendar_start())
        self.popup.chosen.connect(self._chosen)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _chosen(self, value: date) -> None:
        self.setText(format_date(value))
        self.setModified(True)
        self._finish()
        self.setFocus()


class CalendarPopup(QWidget):
    """A month calendar in a popup; ``chosen(date)`` on a click or Enter."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget, start: date) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.activated.connect(self._choose)
        self.calendar.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _choose(self, value: QDate) -> None:
        self.chosen.emit(date(value.year(), value.month(), value.day()))
        self.close()


def _calendar_icon() -> QIcon:
    """A small calendar sheet, drawn (no icon theme is reliable on Windows)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#444444"))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#C92A2A"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#444444"))
    painter.end()
    return QIcon(pixmap)
