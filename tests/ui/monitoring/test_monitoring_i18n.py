"""The monitoring page speaks Swedish and Finnish from its own .ts files."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.i18n import set_language
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.i18n.compile import lrelease
from jalostamo.ui.monitoring import MonitoringPage, OverviewWidget
from tests.ui.monitoring.table_text import cell_text

I18N = Path(__file__).resolve().parents[3] / "jalostamo" / "ui" / "i18n"


def _install(lang: str, tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / f"monitoring_{lang}.qm"
    subprocess.run([*lrelease(), str(I18N / f"monitoring_{lang}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    set_language(lang)
    yield
    app.removeTranslator(translator)


@pytest.fixture
def swedish(qapp: object, tmp_path: Path) -> Iterator[None]:
    yield from _install("sv", tmp_path)


@pytest.fixture
def finnish(qapp: object, tmp_path: Path) -> Iterator[None]:
    yield from _install("fi", tmp_path)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_message_is_translated(lang: str) -> None:
    text = (I18N / f"monitoring_{lang}.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text
    assert text.count("<translation>") == text.count("<source>")


def test_page_in_swedish(qtbot: QtBot, swedish: None, services: Services) -> None:
    team = services.teams.add("Vanda")
    ind = services.monitoring.add_library_indicator(team, "kl.vaikutusmahdollisuudet",
                                                    baseline_value=30.0, target_value=40.0)
    services.monitoring.add_measurement(ind, date(2019, 9, 1), 25.0)
    bridge = ChangeBridge(services)
    page = MonitoringPage(services, QUndoStack(), bridge, team)
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Indikatorer", "Färdplan", "Beslut"]
    assert page.indicators.editor.name.text() == \
        "Upplever att hen kan påverka kommunens angelägenheter"
    assert "Efter målet" in page.indicators.chart.summary()
    assert cell_text(page.indicators.measurements.table, 0, 1) == "25"
    page.indicators.measurements.value.setText("x")
    page.indicators.measurements.add()
    assert "Värdet" in page.indicators.measurements.error.text()
    assert page.roadmap.kind.itemText(0) == "Fenomenets komponent"
    overview = OverviewWidget(services, QUndoStack(), bridge, today=date(2019, 9, 20))
    qtbot.addWidget(overview)
    assert cell_text(overview.table, 0, 5) == "Efter målet"
    bridge.detach()


def test_page_in_finnish_uses_the_glossary(qtbot: QtBot, finnish: None,
                                           services: Services) -> None:
    team = services.teams.add("Oulu")
    bridge = ChangeBridge(services)
    page = MonitoringPage(services, QUndoStack(), bridge, team)
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Indikaattorit", "Tiekartta", "Päätös"]
    labels = [page.roadmap.status.itemText(i) for i in range(page.roadmap.status.count())]
    assert labels == ["Suunniteltu", "Käynnissä", "Valmis", "Hylätty"]
    bridge.detach()
