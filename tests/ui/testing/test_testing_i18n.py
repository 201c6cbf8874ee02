"""The tests page speaks Finnish and Swedish from its own .ts files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.models import Quadrant
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.testing import TestsPage
from tests.ui.testing.i18n_helpers import assert_complete, installed


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_message_is_translated(lang: str) -> None:
    assert_complete("testing", lang)


@pytest.fixture
def swedish(qapp: object, tmp_path: Path) -> Iterator[None]:
    yield from installed("testing", "sv", tmp_path)


def test_page_in_swedish(qtbot: QtBot, swedish: None, services: Services) -> None:
    team = services.teams.add("Åbo")
    services.testing.add_session(team, segment="föräldrar i Pansio", has_minors=True)
    bridge = ChangeBridge(services)
    page = TestsPage(services, QUndoStack(), bridge, team)
    qtbot.addWidget(page)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Testtillfälle", "Responsrutnät", "Insikter", "Lärdomskort"]
    assert page.grid.titles[Quadrant.LIKES].text().startswith("▶ Gillar")
    assert page.grid.titles[Quadrant.CRITICISMS].text().startswith("Kritik")
    assert "vårdnadshavarens samtycke" in page.form.warnings.text()
    assert page.grid.entry.placeholderText() == "Skriv vad du hör och tryck Enter (Gillar)"
    bridge.detach()
