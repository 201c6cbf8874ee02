"""The reviews page speaks Finnish and Swedish from its own .ts files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.review import ReviewsPage
from tests.ui.testing.i18n_helpers import assert_complete, installed


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_message_is_translated(lang: str) -> None:
    assert_complete("review", lang)


@pytest.fixture
def finnish(qapp: object, tmp_path: Path) -> Iterator[None]:
    yield from installed("review", "fi", tmp_path)


def test_page_in_finnish(qtbot: QtBot, finnish: None, services: Services) -> None:
    teams = [services.teams.add(city) for city in ("Turku", "Oulu", "Espoo")]
    bridge = ChangeBridge(services)
    page = ReviewsPage(services, QUndoStack(), bridge, teams[0])
    qtbot.addWidget(page)
    page.add_round()
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Arviointimme", "Saamamme palaute", "Tilannetaulu", "Kierros ja arvioijat"]
    assert page.setup.protocol.currentText() == "Pidän · Toivoisin · Entä jos"
    page.setup.assign()
    assert page.status.summary.text().startswith("0/6 arviointia palautettu.")
    assert page.form.column_boxes["what_if"].title() == "Entä jos"
    bridge.detach()
