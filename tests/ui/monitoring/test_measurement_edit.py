"""Editing a stored measurement in the monitoring page, on real files: keys and clicks, one undo
step, refused input, and no editing offered where nothing can be saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.models import Measurement
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.monitoring import MonitoringPage
from jalostamo.ui.monitoring.measurements import MeasurementPanel
from jalostamo.ui.undo import OperationCommand
from tests.ui.monitoring.table_text import cell_text
from tests.ui.monitoring.test_monitoring_i18n import finnish  # noqa: F401


def _indicator(services: Services, team_id: str) -> str:
    return services.monitoring.add_indicator(
        team_id, "Koettu osallisuus", unit="pistettä", baseline_value=50.0,
        baseline_on=date(2019, 3, 1), target_value=60.0, target_on=date(2020, 3, 1),
        meaningful_change=2.0)


@pytest.fixture
def indicator(services: Services) -> str:
    ind = _indicator(services, services.teams.add("Oulu"))
    services.monitoring.add_measurement(ind, date(2019, 4, 1), 51.0, note="kevät")
    services.monitoring.add_measurement(ind, date(2019, 9, 1), 56.5, note="syksy",
                                        source="kouluterveyskysely")
    return ind


def _page(qtbot: QtBot, services: Services, team_id: str,
          bridge: ChangeBridge | None = None) -> MonitoringPage:
    widget = MonitoringPage(services, QUndoStack(), bridge, team_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


@pytest.fixture
def page(qtbot: QtBot, services: Services, indicator: str) -> Iterator[MonitoringPage]:
    bridge = ChangeBridge(services)
    team_id = services.monitoring.indicator(indicator).team_id
    yield _page(qtbot, services, team_id, bridge)
    bridge.detach()


def _stored(services: Services) -> list[tuple[date, float, str, str]]:
    rows = services.entities.list(Measurement, order_by=("measured_on",))
    return [(m.measured_on, m.value, m.note, m.source) for m in rows]


def _cell_center(panel: MeasurementPanel, row: int) -> QPoint:
    item = panel.table.item(row, 1)
    assert item is not None
    return panel.table.visualItemRect(item).center()


def _click_row(qtbot: QtBot, panel: MeasurementPanel, row: int) -> None:
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=_cell_center(panel, row))


def _double_click_row(qtbot: QtBot, panel: MeasurementPanel, row: int) -> None:
    """As a real double-click arrives: a click, then the second press as a double-click."""
    _click_row(qtbot, panel, row)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=_cell_center(panel, row))


ORIGINAL = [(date(2019, 4, 1), 51.0, "kevät", ""),
            (date(2019, 9, 1), 56.5, "syksy", "kouluterveyskysely")]


def test_enter_on_a_row_then_typing_saves_one_undo_step_and_the_chart_follows(
        qtbot: QtBot, page: MonitoringPage, services: Services) -> None:
    panel = page.indicators.measurements
    chart = page.indicators.chart
    assert _stored(services) == ORIGINAL
    _click_row(qtbot, panel, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    editor = panel.editor
    assert editor.isVisible() and not panel.entry_row.isVisible()
    assert editor.heading.text().endswith("1.9.2019")
    assert editor.value.text() == "56,5" and editor.value.hasFocus()
    assert editor.note.text() == "syksy" and editor.source.text() == "kouluterveyskysely"
    qtbot.keyClicks(editor.value, "57,5")  # the value is selected: typing replaces it
    qtbot.keyClick(editor.value, Qt.Key.Key_Return)

    after = [ORIGINAL[0], (date(2019, 9, 1), 57.5, "syksy", "kouluterveyskysely")]
    assert _stored(services) == after
    assert not editor.isVisible() and panel.entry_row.isVisible()
    assert cell_text(panel.table, 1, 1) == "57,5"
    assert chart.data is not None
    assert chart.data.points == ((date(2019, 4, 1), 51.0), (date(2019, 9, 1), 57.5))
    assert "57,5" in chart.summary()
    stack = page.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert _stored(services) == ORIGINAL
    assert chart.data.points[-1] == (date(2019, 9, 1), 56.5)
    assert cell_text(panel.table, 1, 1) == "56,5"
    stack.redo()
    assert _stored(services) == after
    assert chart.data.points[-1] == (date(2019, 9, 1), 57.5)


def test_double_click_edits_date_note_and_source(qtbot: QtBot, page: MonitoringPage,
                                                 services: Services) -> None:
    panel = page.indicators.measurements
    _double_click_row(qtbot, panel, 0)
    editor = panel.editor
    assert editor.isVisible() and editor.value.text() == "51"
    editor.measured_on.setText("15.4.2019")
    editor.note.clear()
    editor.note.insert("kevään kysely")  # QTest types ASCII only
    qtbot.keyClicks(editor.source, "oma kysely")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _stored(services) == [(date(2019, 4, 15), 51.0, "kevään kysely", "oma kysely"),
                                 ORIGINAL[1]]
    assert cell_text(panel.table, 0, 0) == "15.4.2019"
    assert page.indicators.chart.data is not None
    assert page.indicators.chart.data.points[0] == (date(2019, 4, 15), 51.0)
    page.undo_stack.undo()
    assert _stored(services) == ORIGINAL


def test_edit_button_writes_only_what_changed(qtbot: QtBot, page: MonitoringPage,
                                              services: Services, indicator: str) -> None:
    """A value shown rounded (52,35) stays as stored (52.3456) when only the note changes."""
    row_id = services.monitoring.add_measurement(indicator, date(2019, 6, 1), 52.3456)
    panel = page.indicators.measurements
    assert cell_text(panel.table, 1, 1) == "52,35"
    assert not panel.edit_button.isEnabled()  # nothing selected yet
    _click_row(qtbot, panel, 1)
    assert panel.edit_button.isVisible() and panel.edit_button.isEnabled()
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editor.measurement_id == row_id
    panel.editor.note.insert("kesä")
    qtbot.keyClick(panel.editor.note, Qt.Key.Key_Enter)
    stored = services.entities.get(Measurement, row_id)
    assert (stored.value, stored.note) == (52.3456, "kesä")
    [command] = [page.undo_stack.command(i) for i in range(page.undo_stack.count())]
    assert isinstance(command, OperationCommand)  # one operation, undone as one
    assert command.text() == "Edit measurement"
    # only the field that changed was written: its value before and after
    assert [(c.before, c.after) for c in command.changes.changes] == [({"note": ""},
                                                                       {"note": "kesä"})]
    page.undo_stack.undo()
    assert services.entities.get(Measurement, row_id).note == ""
    # saving with nothing changed closes the editor and adds no step
    _click_row(qtbot, panel, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert panel.editor.isVisible()
    qtbot.keyClick(panel.editor.value, Qt.Key.Key_Return)
    assert not panel.editor.isVisible() and page.undo_stack.count() == 1


def test_a_bad_value_gets_the_add_message_and_nothing_is_written(
        qtbot: QtBot, page: MonitoringPage, services: Services) -> None:
    panel = page.indicators.measurements
    qtbot.keyClicks(panel.value, "noin 11")  # the add path, for its message
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    add_message = panel.error.text()
    assert "noin 11" in add_message
    panel.value.clear()
    panel.error.clear()

    _click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    editor = panel.editor
    qtbot.keyClicks(editor.value, "noin 11")
    qtbot.keyClick(editor.value, Qt.Key.Key_Return)
    assert panel.error.text() == add_message and panel.error.isVisible()
    assert editor.isVisible()  # still editing, the typed text kept to be corrected
    assert editor.value.text() == "noin 11"
    assert _stored(services) == ORIGINAL and page.undo_stack.count() == 0
    editor.value.clear()
    qtbot.keyClick(editor.value, Qt.Key.Key_Return)
    assert "pakollinen" in panel.error.text()  # a value is required
    assert _stored(services) == ORIGINAL and page.undo_stack.count() == 0
    qtbot.keyClicks(editor.value, "3,5")  # the Finnish decimal comma is accepted
    qtbot.keyClick(editor.value, Qt.Key.Key_Return)
    assert _stored(services)[0][1] == 3.5 and panel.error.text() == ""


def test_escape_cancels_and_writes_nothing(qtbot: QtBot, page: MonitoringPage,
                                           services: Services) -> None:
    panel = page.indicators.measurements
    _click_row(qtbot, panel, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.editor.value, "99")
    qtbot.keyClick(panel.editor.value, Qt.Key.Key_Escape)
    assert not panel.editor.isVisible() and panel.entry_row.isVisible()
    assert panel.table.hasFocus()  # keyboard users are back on the rows
    assert _stored(services) == ORIGINAL and page.undo_stack.count() == 0


def test_a_row_that_goes_away_while_edited_closes_the_editor(
        qtbot: QtBot, page: MonitoringPage, services: Services, indicator: str) -> None:
    panel = page.indicators.measurements
    panel.value.setText("60")
    panel.measured_on.setText("1.12.2019")
    panel.add()
    assert panel.table.rowCount() == 3
    _click_row(qtbot, panel, 2)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.editor.isVisible()
    page.undo_stack.undo()  # the added measurement is gone again
    assert panel.table.rowCount() == 2
    assert not panel.editor.isVisible() and panel.entry_row.isVisible()


def _not_offered(qtbot: QtBot, panel: MeasurementPanel) -> None:
    assert panel.table.rowCount() >= 1
    assert not panel.edit_button.isVisible()
    _double_click_row(qtbot, panel, 0)
    assert not panel.editor.isVisible()
    _click_row(qtbot, panel, 0)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2):
        qtbot.keyClick(panel.table, key)
    assert not panel.editor.isVisible() and not panel.start_edit()


def test_no_editing_in_a_programme_opened_read_only(qtbot: QtBot, programme_path: Path,
                                                    services: Services, indicator: str) -> None:
    team_id = services.monitoring.indicator(indicator).team_id
    services.close()
    with Services.open(programme_path, readonly=True) as ro:
        page = _page(qtbot, ro, team_id)
        _not_offered(qtbot, page.indicators.measurements)
        assert _stored(ro) == ORIGINAL
        page.close()


def test_in_a_team_file_only_the_own_team_edits(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo") as svc:
        own, other = svc.teams.add("Turku"), svc.teams.add("Oulu")
        for team_id in (own, other):
            svc.monitoring.add_measurement(_indicator(svc, team_id), date(2019, 4, 1), 51.0)
        svc.team_files.make_team_file(own, tmp_path / "turku.jalostamo")
    with Services.open(tmp_path / "turku.jalostamo") as team:
        other_page = _page(qtbot, team, other)
        _not_offered(qtbot, other_page.indicators.measurements)
        own_page = _page(qtbot, team, own)
        panel = own_page.indicators.measurements
        assert panel.edit_button.isVisible()
        _click_row(qtbot, panel, 0)
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
        qtbot.keyClicks(panel.editor.value, "52")
        qtbot.keyClick(panel.editor.value, Qt.Key.Key_Return)
        ind = team.monitoring.indicators(own)[0].id
        assert [m.value for m in team.monitoring.measurements(ind)] == [52.0]


@pytest.mark.usefixtures("finnish")  # installed before the page is built
def test_editing_speaks_finnish(qtbot: QtBot, page: MonitoringPage) -> None:
    panel = page.indicators.measurements
    assert panel.edit_button.text() == "Muokkaa…"
    _click_row(qtbot, panel, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    editor = panel.editor
    assert editor.heading.text() == "Muokataan mittausta päivältä 1.9.2019"
    assert (editor.save_button.text(), editor.cancel_button.text()) == ("Tallenna", "Peruuta")
    assert editor.source.placeholderText() == "Lähde (vapaaehtoinen)"
    editor.value.clear()
    qtbot.keyClick(editor.value, Qt.Key.Key_Return)
    assert panel.error.text() == "Arvo on pakollinen."
    qtbot.keyClicks(editor.value, "58")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.undo_stack.undoText() == "Muokkaa mittausta"
