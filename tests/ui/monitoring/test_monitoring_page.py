"""The monitoring page on a real file: entering measurements, indicators, the decision."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.models import Decision, Measurement
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.monitoring import MonitoringPage
from jalostamo.ui.monitoring.chart import nice_ticks, series_color
from tests.ui.monitoring.table_text import cell_text


@pytest.fixture
def team(services: Services) -> str:
    team_id = services.teams.add("Oulu")
    services.monitoring.add_indicator(
        team_id, "Koettu osallisuus", unit="pistettä", baseline_value=50.0,
        baseline_on=date(2019, 3, 1), target_value=60.0, target_on=date(2020, 3, 1),
        meaningful_change=2.0)
    return team_id


@pytest.fixture
def page(qtbot: QtBot, services: Services, team: str) -> Iterator[MonitoringPage]:
    stack = QUndoStack()
    bridge = ChangeBridge(services)
    widget = MonitoringPage(services, stack, bridge, team)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    yield widget
    bridge.detach()


def _values(services: Services) -> list[float]:
    return sorted(m.value for m in services.entities.list(Measurement))


def _points(page: MonitoringPage) -> tuple[tuple[date, float], ...]:
    """The measurements the chart draws now."""
    data = page.indicators.chart.data
    assert data is not None, "the chart has no data"
    return data.points


def test_entering_a_measurement_stores_it_shows_it_and_undoes(
        qtbot: QtBot, page: MonitoringPage, services: Services) -> None:
    panel = page.indicators.measurements
    assert panel.isEnabled()
    panel.measured_on.setText("1.9.2019")
    qtbot.keyClicks(panel.value, "56,5")
    qtbot.keyClicks(panel.note, "syksyn kysely")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert _values(services) == [56.5]
    stored = services.entities.list(Measurement)[0]
    assert (stored.measured_on, stored.note) == (date(2019, 9, 1), "syksyn kysely")
    assert panel.table.rowCount() == 1
    assert cell_text(panel.table, 0, 0) == "1.9.2019"
    assert cell_text(panel.table, 0, 1) == "56,5"
    assert panel.value.text() == ""  # ready for the next one
    assert _points(page) == ((date(2019, 9, 1), 56.5),)
    stack = page.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert _values(services) == []
    assert panel.table.rowCount() == 0
    assert _points(page) == ()
    stack.redo()
    assert _values(services) == [56.5]
    assert panel.table.rowCount() == 1


def test_enter_key_adds_and_a_bad_value_is_refused(qtbot: QtBot, page: MonitoringPage,
                                                   services: Services) -> None:
    panel = page.indicators.measurements
    qtbot.keyClicks(panel.value, "noin 11")
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    assert "noin 11" in panel.error.text()
    assert _values(services) == [] and page.undo_stack.count() == 0
    panel.value.clear()
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    assert panel.error.text()  # a value is required
    qtbot.keyClicks(panel.value, "1 234,5")
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    assert _values(services) == [1234.5]
    assert panel.error.text() == ""


def test_deleting_a_measurement_is_one_undo_step(qtbot: QtBot, page: MonitoringPage,
                                                 services: Services, team: str) -> None:
    ind = services.monitoring.indicators(team)[0].id
    services.monitoring.add_measurement(ind, date(2019, 4, 1), 51.0)
    services.monitoring.add_measurement(ind, date(2019, 5, 1), 52.0)
    panel = page.indicators.measurements
    assert panel.table.rowCount() == 2
    panel.table.selectAll()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert _values(services) == []
    page.undo_stack.undo()
    assert _values(services) == [51.0, 52.0]
    assert panel.table.rowCount() == 2


def test_chart_is_drawn_in_the_status_colour(qtbot: QtBot, page: MonitoringPage,
                                             services: Services, team: str) -> None:
    ind = services.monitoring.indicators(team)[0].id
    services.monitoring.add_measurement(ind, date(2019, 4, 1), 40.0)
    services.monitoring.add_measurement(ind, date(2019, 9, 1), 41.0)
    chart = page.indicators.chart
    assert chart.data is not None and chart.data.status.value == "off_track"
    image = chart.grab().toImage()
    red = series_color(chart.data)
    hits = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if QColor(image.pixel(x, y)) == red)
    assert hits > 10
    assert chart.summary().startswith("Koettu osallisuus: Off track")  # no translator loaded
    assert nice_ticks(46.0, 61.0) == [50.0, 55.0, 60.0]
    assert nice_ticks(0.0, 100.0) == [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    assert nice_ticks(11.8, 12.6) == [11.8, 12.0, 12.2, 12.4, 12.6]


def test_indicator_from_the_library_edited_and_undone(qtbot: QtBot, page: MonitoringPage,
                                                      services: Services, team: str) -> None:
    tab = page.indicators
    new_id = tab.add_from_library("thl.osallisuus")
    assert new_id is not None
    assert tab.list.count() == 2 and tab.selected_id() == new_id
    editor = tab.editor
    assert editor.name.text() == "Koettu osallisuus (osallisuusindikaattori)"  # Finnish
    editor.name.setText("Nuorten koettu osallisuus")
    editor.baseline_value.setText("48,5")
    editor.baseline_on.setText("13.3.2019")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = services.monitoring.indicator(new_id)
    assert (stored.name, stored.baseline_value, stored.baseline_on) == (
        "Nuorten koettu osallisuus", 48.5, date(2019, 3, 13))
    assert tab.list.currentItem().text() == "Nuorten koettu osallisuus"
    page.undo_stack.undo()
    assert services.monitoring.indicator(new_id).name == \
        "Koettu osallisuus (osallisuusindikaattori)"
    assert services.monitoring.indicator(new_id).baseline_value is None
    page.undo_stack.undo()  # the indicator itself
    assert len(services.monitoring.indicators(team)) == 1
    assert tab.list.count() == 1


def test_indicator_form_refuses_a_target_before_the_baseline(
        qtbot: QtBot, page: MonitoringPage, services: Services, team: str) -> None:
    editor = page.indicators.editor
    editor.target_on.setText("1.1.2018")
    assert editor.save() is False
    assert "ennen" in editor.error.text()
    assert services.monitoring.indicators(team)[0].target_on == date(2020, 3, 1)
    assert page.undo_stack.count() == 0


def test_decision_needs_reasoning_then_is_recorded_and_undone(
        qtbot: QtBot, page: MonitoringPage, services: Services, team: str) -> None:
    form = page.decision
    page.tabs.setCurrentWidget(form)
    assert form.save() is False and form.error.text()  # nothing chosen
    form.buttons[Decision.SCALE_UP].setChecked(True)
    assert form.save() is False
    assert "perustelu" in form.error.text()
    qtbot.keyClicks(form.reasoning, "Osallisuus nousi kaikissa kouluissa.")
    form.decided_on.setText("1.12.2019")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    card = services.monitoring.card(team)
    assert (card.decision, card.decision_reasoning, card.decided_on) == (
        Decision.SCALE_UP, "Osallisuus nousi kaikissa kouluissa.", date(2019, 12, 1))
    page.undo_stack.undo()
    assert services.monitoring.card(team).decision is None
    assert not any(b.isChecked() for b in form.buttons.values())


def test_the_desk_finds_the_page_where_it_looks(qtbot: QtBot, services: Services,
                                                team: str) -> None:
    """The page may be given no bridge; it then still shows its own edits."""
    widget = MonitoringPage(services, QUndoStack(), None, team)
    qtbot.addWidget(widget)
    assert isinstance(widget, MonitoringPage)
    assert widget.indicators.list.count() == 1
    widget.indicators.measurements.value.setText("51")
    widget.indicators.measurements.add()
    assert widget.indicators.measurements.table.rowCount() == 1
    assert widget.indicators.chart.data is not None
    assert len(widget.indicators.chart.data.points) == 1


DATA = Path(__file__).resolve().parents[2] / "data" / "csv"


def test_importing_a_csv_file_is_one_undo_step(qtbot: QtBot, page: MonitoringPage,
                                               services: Services, team: str) -> None:
    services.monitoring.add_indicator(team, "Nuorten yksinäisyys")
    panel = page.indicators.measurements
    assert panel.import_file(DATA / "mittaukset_cp1252.csv") == 4
    assert "4" in panel.notice.text() and panel.error.text() == ""
    assert len(_values(services)) == 4
    assert panel.table.rowCount() == 2  # the selected indicator's two
    page.undo_stack.undo()
    assert _values(services) == [] and panel.table.rowCount() == 0
    page.undo_stack.redo()
    assert len(_values(services)) == 4


def test_a_refused_csv_file_shows_line_and_reason(qtbot: QtBot, page: MonitoringPage,
                                                  services: Services) -> None:
    panel = page.indicators.measurements
    assert panel.import_file(DATA / "bad_date.csv") is None
    assert "rivi 3" in panel.error.text() and "31.2.2019" in panel.error.text()
    assert _values(services) == [] and page.undo_stack.count() == 0
