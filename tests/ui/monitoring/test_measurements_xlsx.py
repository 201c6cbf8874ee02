"""The measurements panel imports an Excel workbook as it imports a CSV file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.models import Measurement
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.monitoring import MonitoringPage


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[MonitoringPage]:
    team = services.teams.add("Oulu")
    services.monitoring.add_indicator(team, "Koettu osallisuus")
    stack = QUndoStack()
    bridge = ChangeBridge(services)
    widget = MonitoringPage(services, stack, bridge, team)
    qtbot.addWidget(widget)
    yield widget
    bridge.detach()


def test_importing_an_xlsx_file_stores_its_rows_as_one_undo_step(
        page: MonitoringPage, services: Services, tmp_path: Path) -> None:
    book = Workbook()
    for row in (["Indikaattori", "Päivämäärä", "Arvo"],
                ["Koettu osallisuus", datetime(2019, 3, 1), 52.5],
                ["Koettu osallisuus", date(2019, 5, 15), 55]):
        book.active.append(row)
    path = tmp_path / "mittaukset.xlsx"
    book.save(path)
    panel = page.indicators.measurements
    assert panel.import_file(path) == 2
    assert sorted(m.value for m in services.entities.list(Measurement)) == [52.5, 55.0]
    page.undo_stack.undo()
    assert services.entities.list(Measurement) == []
