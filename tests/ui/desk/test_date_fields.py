"""Every date field takes dates as people type them: the workshop date typed key by key, a date
without a year, nonsense refused with a message and nothing written, the calendar near the
programme's dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from jalostamo.ui.card_editor import CardEditor
from jalostamo.ui.date_field import DateField
from jalostamo.ui.setup_workshops import WorkshopsEditor

from .conftest import type_text


def held_on(window) -> date | None:
    [workshop] = window.services.programme.workshops()
    return workshop.held_on


def test_a_workshop_date_typed_as_finns_type_it_is_stored(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    field = window.current_page().findChild(WorkshopsEditor).held_on
    assert isinstance(field, DateField) and field.text() == ""
    for typed, meant in (("13.3.2019", date(2019, 3, 13)), ("24.04.2019", date(2019, 4, 24)),
                         ("4.4.2019", date(2019, 4, 4)), ("2019-05-15", date(2019, 5, 15))):
        field.selectAll()
        type_text(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Up)  # an arrow key does not change what was typed
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert held_on(window) == meant
        assert field.text() == f"{meant.day}.{meant.month}.{meant.year}"
    assert window.undo_stack.count() == 4
    window.undo_stack.undo()
    assert held_on(window) == date(2019, 4, 4) and field.text() == "4.4.2019"


def test_a_date_without_a_year_takes_the_programmes_year(window, qtbot, sample_file):
    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.show_page("setup")
    editor = window.current_page().findChild(WorkshopsEditor)
    editor.held_on.setText("13.3.2019")
    editor.held_on.editingFinished.emit()
    window.show_page(f"team:{turku}")
    card = window.current_page().findChild(CardEditor)
    card.starts_on.setText("1.9.")
    card.starts_on.editingFinished.emit()
    assert window.services.teams.card(turku).starts_on == date(2019, 9, 1)
    assert card.starts_on.text() == "1.9.2019"


def test_nonsense_is_refused_with_a_message_and_nothing_is_written(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    field = window.current_page().findChild(WorkshopsEditor).held_on
    field.setText("13.3.2019")
    field.editingFinished.emit()
    starts_at = window.current_page().findChild(WorkshopsEditor).starts_at
    window.current_page().tabs.setCurrentIndex(1)  # the field in view
    form = field.parentWidget().layout()
    form.activate()
    height, below = field.height(), starts_at.y()
    refused = []
    field.refused.connect(refused.append)
    field.setText("31.2.2019")
    field.editingFinished.emit()
    assert held_on(window) == date(2019, 3, 13)
    assert window.undo_stack.count() == 1
    assert refused == [field.toolTip()]
    assert "\u201c31.2.2019\u201d ei ole päivämäärä" in refused[0] and "13.3.2019" in refused[0]
    assert field.text() == "31.2.2019"  # left as typed, to be corrected
    form.activate()
    assert field.height() == height and starts_at.y() == below  # the form does not jump
    assert field.property("invalid") is True
    field.setText("14.3.2019")
    field.editingFinished.emit()
    assert held_on(window) == date(2019, 3, 14) and field.property("invalid") is False
    assert field.toolTip() == ""


def test_the_calendar_opens_near_the_programmes_dates_and_a_click_stores_the_day(
        window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    field = window.current_page().findChild(WorkshopsEditor).held_on
    field.today = lambda: date(2026, 12, 2)
    assert field.calendar_start() == date(2026, 12, 2)  # nothing dated yet: today
    field.setText("13.3.2019")
    field.editingFinished.emit()
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    card = window.current_page().findChild(CardEditor)
    assert card.starts_on.text() == ""
    assert card.starts_on.calendar_start() == date(2019, 3, 13)  # not January 2000
    card.starts_on.open_calendar()
    popup = card.starts_on.popup
    assert popup is not None and popup.calendar.selectedDate() == QDate(2019, 3, 13)
    popup.calendar.clicked.emit(QDate(2019, 4, 24))
    assert window.services.teams.card(turku).starts_on == date(2019, 4, 24)
    assert card.starts_on.text() == "24.4.2019" and not popup.isVisible()
