"""A reviews page over a real programme file with six city teams in two themes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.review import ReviewsPage

CITIES = ["Turku", "Tampere", "Oulu", "Espoo", "Vantaa", "Jyväskylä"]


@dataclass
class ReviewSetup:
    svc: Services
    stack: QUndoStack
    page: ReviewsPage
    teams: list[str]


@pytest.fixture
def setup(services: Services, qtbot: QtBot) -> Iterator[ReviewSetup]:
    families = services.programme.add_theme("Lapsiperheet")
    young = services.programme.add_theme("Nuoret aikuiset")
    teams = [services.teams.add(city, theme_ids=[families if i % 2 else young])
             for i, city in enumerate(CITIES)]
    services.programme.add_workshop(title="Kehitä")
    stack = QUndoStack()
    bridge = ChangeBridge(services)
    page = ReviewsPage(services, stack, bridge, teams[0])
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    yield ReviewSetup(services, stack, page, teams)
    bridge.detach()
