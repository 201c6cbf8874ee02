"""The roadmap editor and the overview across teams, as a user drives them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.models import RoadmapItem, RoadmapKind, RoadmapStatus
from jalostamo.services import Services
from jalostamo.services.monitoring import TeamStatus
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.monitoring import MonitoringPage, OverviewWidget
from jalostamo.ui.monitoring.roadmap import RoadmapEditor
from jalostamo.ui.monitoring.timeline import assign_rows
from tests.ui.monitoring.table_text import cell_text


@pytest.fixture
def bridge(services: Services) -> Iterator[ChangeBridge]:
    bridge = ChangeBridge(services)
    yield bridge
    bridge.detach()


@pytest.fixture
def editor(qtbot: QtBot, services: Services, bridge: ChangeBridge
           ) -> Iterator[RoadmapEditor]:
    team = services.teams.add("Tampere")
    page = MonitoringPage(services, QUndoStack(), bridge, team)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.tabs.setCurrentWidget(page.roadmap)
    page.show()
    yield page.roadmap  # the page stays referenced while the test runs


def _items(services: Services) -> list[RoadmapItem]:
    return services.entities.list(RoadmapItem)


def _fill(editor: RoadmapEditor, qtbot: QtBot, kind: RoadmapKind, title: str,
          starts: QDate | None = None, ends: QDate | None = None) -> None:
    editor.kind.setCurrentIndex(editor.kind.findData(kind.value))
    editor.title.setText(title)  # QTest cannot type non-ASCII letters such as ä
    editor.starts_on.set_date_value(None)
    editor.ends_on.set_date_value(None)
    if starts:
        editor.starts_on.setText(starts.toString("d.M.yyyy"))
    if ends:
        editor.ends_on.setText(ends.toString("d.M.yyyy"))


def test_adding_a_step_draws_it_on_the_timeline_and_undo_removes_it(
        qtbot: QtBot, editor: RoadmapEditor, services: Services) -> None:
    _fill(editor, qtbot, RoadmapKind.STEP, "Ensimmäinen kokeilukierros",
          QDate(2019, 4, 1), QDate(2019, 8, 31))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    items = _items(services)
    assert [(i.kind, i.title, i.starts_on, i.ends_on, i.status) for i in items] == [
        (RoadmapKind.STEP, "Ensimmäinen kokeilukierros", date(2019, 4, 1), date(2019, 8, 31),
         RoadmapStatus.PLANNED)]
    assert editor.table.rowCount() == 1
    editor.timeline.repaint()
    assert items[0].id in editor.timeline.hit_boxes
    editor.undo_stack.undo()
    assert _items(services) == []
    assert editor.table.rowCount() == 0
    editor.undo_stack.redo()
    assert len(_items(services)) == 1 and editor.table.rowCount() == 1


def test_clicking_a_bar_selects_it_and_status_change_is_undoable(
        qtbot: QtBot, editor: RoadmapEditor, services: Services) -> None:
    team = editor.team_id
    mon = services.monitoring
    step = mon.add_roadmap_item(team, RoadmapKind.STEP, "Toinen kierros",
                                starts_on=date(2019, 9, 1), ends_on=date(2019, 12, 20))
    mon.add_roadmap_item(team, RoadmapKind.MILESTONE, "Väliarvio", starts_on=date(2019, 12, 1))
    mon.add_roadmap_item(team, RoadmapKind.IMPACT_GOAL, "Osallisuus kasvaa")
    editor.refresh()
    editor.timeline.repaint()
    box = editor.timeline.hit_boxes[step]
    qtbot.mouseClick(editor.timeline, Qt.MouseButton.LeftButton,
                     pos=box.center().toPoint())
    assert editor.selected_id == step
    assert editor.title.text() == "Toinen kierros"
    assert editor.starts_on.date_value() == date(2019, 9, 1)
    editor.status.setCurrentIndex(editor.status.findData(RoadmapStatus.IN_PROGRESS.value))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert services.entities.get(RoadmapItem, step).status is RoadmapStatus.IN_PROGRESS
    editor.undo_stack.undo()
    assert services.entities.get(RoadmapItem, step).status is RoadmapStatus.PLANNED
    assert editor.status.currentData() in (RoadmapStatus.PLANNED.value,
                                           RoadmapStatus.IN_PROGRESS.value)


def test_an_item_ending_before_it_starts_is_refused(qtbot: QtBot, editor: RoadmapEditor,
                                                    services: Services) -> None:
    _fill(editor, qtbot, RoadmapKind.STEP, "Väärin päin", QDate(2019, 9, 1), QDate(2019, 8, 1))
    assert editor.add() is None
    assert "päättyy" in editor.error.text()
    _fill(editor, qtbot, RoadmapKind.SIGNAL, "")
    assert editor.add() is None
    assert _items(services) == [] and editor.undo_stack.count() == 0


def test_deleting_from_the_roadmap(qtbot: QtBot, editor: RoadmapEditor,
                                   services: Services) -> None:
    item = services.monitoring.add_roadmap_item(editor.team_id, RoadmapKind.EVENT, "Vaalit",
                                                starts_on=date(2019, 11, 10))
    editor.table.selectRow(0)
    assert editor.selected_id == item
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert _items(services) == []
    editor.undo_stack.undo()
    assert [i.title for i in _items(services)] == ["Vaalit"]


def test_overlapping_steps_get_their_own_rows(services: Services) -> None:
    team = services.teams.add("Turku")
    mon = services.monitoring
    for title, start, end in [("A", date(2019, 1, 1), date(2019, 6, 30)),
                              ("B", date(2019, 3, 1), date(2019, 4, 30)),
                              ("C", date(2019, 7, 1), date(2019, 9, 30))]:
        mon.add_roadmap_item(team, RoadmapKind.STEP, title, starts_on=start, ends_on=end)
    items = mon.roadmap(team)
    rows = {i.title: r for i in items for key, r in assign_rows(items).items() if key == i.id}
    assert rows == {"A": 0, "B": 1, "C": 0}


def test_overview_shows_each_team_and_follows_changes(qtbot: QtBot, services: Services,
                                                      bridge: ChangeBridge) -> None:
    oulu = services.teams.add("Oulu")
    services.teams.add("Vantaa")
    ind = services.monitoring.add_indicator(oulu, "Koettu osallisuus", baseline_value=50.0,
                                            target_value=60.0, frequency="kuukausittain")
    widget = OverviewWidget(services, QUndoStack(), bridge, today=date(2019, 9, 20))
    qtbot.addWidget(widget)
    assert widget.table.rowCount() == 2
    assert widget.status_of("Oulu") is TeamStatus.NO_RECENT
    assert widget.status_of("Vantaa") is TeamStatus.NO_INDICATORS
    services.monitoring.add_measurement(ind, date(2019, 9, 1), 49.0)  # behind the flat path
    assert widget.status_of("Oulu") is TeamStatus.OFF_TRACK
    assert cell_text(widget.table, 0, 4) == "1.9.2019"
    services.monitoring.add_measurement(ind, date(2019, 9, 15), 55.0)
    assert widget.status_of("Oulu") is TeamStatus.ON_TRACK
    with qtbot.waitSignal(widget.teamActivated) as signal:
        widget.table.cellDoubleClicked.emit(0, 0)
    assert signal.args == [oulu]
