"""Fixtures for the teamwork UI: a facilitator's programme, a team file handed out to Turku and
worked on there (another device), and a main window with the Teamwork menu installed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from jalostamo.models import Board, BoardItem, ItemKind
from jalostamo.services import Services
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import _compiled_translations, dialogs, find, make_window  # noqa: F401

if TYPE_CHECKING:
    from jalostamo.ui.teamwork.menu import TeamworkMenu


@dataclass
class Programme:
    path: Path
    turku: str
    oulu: str
    board: str
    notes: list[str]


@pytest.fixture
def programme(tmp_path: Path) -> Programme:
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo", device_id="dev-facilitator") as svc:
        turku, oulu = svc.teams.add("Turku"), svc.teams.add("Oulu")
        board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=turku)
        notes = svc.entities.create_many(BoardItem, [
            {"board_id": board, "kind": ItemKind.NOTE, "text": f"Lappu {i}"} for i in range(3)])
    return Programme(path, turku, oulu, board, notes)


def hand_out(programme: Programme, team_id: str, out: Path) -> Path:
    with Services.open(programme.path, device_id="dev-facilitator") as svc:
        svc.team_files.make_team_file(team_id, out)
    return out


@pytest.fixture
def returned_work(programme: Programme, tmp_path: Path) -> Path:
    """Turku's work as sent back: the card titled, one note changed, one deleted, one added."""
    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.teams.update_card(programme.turku, title="Satutuokiot päiväkodissa")
        team.entities.update(BoardItem, programme.notes[1], text="Tiimin versio")
        team.entities.delete(BoardItem, programme.notes[2])
        team.entities.create(BoardItem, board_id=programme.board, kind=ItemKind.NOTE,
                             text="Uusi idea")
        team.team_files.send_work(tmp_path / "turku-palautus.jalostamo")
    return tmp_path / "turku-palautus.jalostamo"


@pytest.fixture
def teamwork_window(make_window: Callable[..., MainWindow]) -> MainWindow:  # noqa: F811
    from jalostamo.ui import teamwork

    window = make_window()
    teamwork.install(window)
    if not hasattr(window, "documentOpened"):
        pytest.skip("MainWindow has no documentOpened signal yet")
    return window


def control(window: MainWindow) -> TeamworkMenu:
    from jalostamo.ui.teamwork.menu import TeamworkMenu

    found = window.findChild(TeamworkMenu, "teamworkControl")
    assert found is not None
    return found


def menu_in_bar(window: MainWindow, name: str) -> QMenu:
    """The menu called ``name`` as it stands in the window's menu bar."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == name:
            return menu
    raise AssertionError(f"no menu {name} in the menu bar")


def menu_action(window: MainWindow, menu: str, action_id: str) -> QAction:
    for action in menu_in_bar(window, menu).actions():
        if action.objectName() == action_id:
            return action
    raise AssertionError(f"no action {action_id} in {menu}")
