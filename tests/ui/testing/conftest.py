"""A tests page over a real programme file with one team and one session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.testing import TestsPage


@dataclass
class PageSetup:
    svc: Services
    stack: QUndoStack
    page: TestsPage
    team: str
    session: str


@pytest.fixture
def setup(services: Services, qtbot: QtBot) -> Iterator[PageSetup]:
    team = services.teams.add("Turku")
    session = services.testing.add_session(
        team, held_on=date(2019, 4, 10), place="Pansion perhekeskus",
        segment="alle kouluikäisten lasten vanhemmat Pansiossa", participants=6,
        consent_informed=True, consent_quotes=True)
    stack = QUndoStack()
    bridge = ChangeBridge(services)
    page = TestsPage(services, stack, bridge, team)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    yield PageSetup(services, stack, page, team, session)
    bridge.detach()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks cannot type ä, ö, å or “)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
