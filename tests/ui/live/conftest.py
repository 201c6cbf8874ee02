"""Fixtures of the room's UI: a programme with an agenda and two teams, team files made from
it (the laptops' copies), a fake room, and a facilitator's and a team's main window."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jalostamo.live.api import RoomInfo
from jalostamo.services import Services
from jalostamo.ui import live
from jalostamo.ui.live.backend import set_backend
from jalostamo.ui.live.console import FacilitatorConsole
from jalostamo.ui.live.controller import RoomController
from jalostamo.ui.live.join_screen import JoinScreen
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import _compiled_translations, make_window  # noqa: F401
from tests.ui.live.fakes import FakeRoom


@dataclass
class Venue:
    path: Path
    turku: str
    oulu: str
    room: FakeRoom


@pytest.fixture(scope="session")
def venue_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path], RoomInfo]:
    """Made once: the programme and the team files handed out from it (copied per test)."""
    folder = tmp_path_factory.mktemp("venue")
    path = folder / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo", organiser="Kuntaliitto",
                         device_id="dev-facilitator") as svc:
        workshop = svc.programme.add_workshop(starts_at="09:00", venue="Kuntatalo")
        for title, minutes in (("Avaus", 10), ("Sidosryhmäkartta", 45), ("Purku", 20)):
            svc.programme.add_agenda_item(workshop, title, minutes)
        turku, oulu = svc.teams.add("Turku"), svc.teams.add("Oulu")
        copies = {}
        for team in (turku, oulu):
            copies[team] = svc.team_files.make_team_file(team, folder / f"{team}.jalostamo")
    return path, copies, RoomInfo("Kevään jalostamo", ((turku, "Turku"), (oulu, "Oulu")))


@pytest.fixture
def venue(venue_template: tuple[Path, dict[str, Path], RoomInfo],
          tmp_path: Path) -> Iterator[Venue]:
    template, handed, info = venue_template
    path = tmp_path / template.name
    shutil.copyfile(template, path)
    copies = {}
    for team, file in handed.items():
        copies[team] = tmp_path / file.name
        shutil.copyfile(file, copies[team])
    laptops = tmp_path / "laptops"
    laptops.mkdir()
    room = FakeRoom(info, copies, laptops)
    set_backend(room.backend())
    turku, oulu = (team for team, _label in info.teams)
    yield Venue(path, turku, oulu, room)
    set_backend(None)


@pytest.fixture
def facilitator(make_window: Callable[..., MainWindow],  # noqa: F811
                venue: Venue) -> Iterator[MainWindow]:
    window = make_window()
    assert window.open_file(venue.path)
    yield window
    room(window).leave()
    for widget in (window.findChild(JoinScreen), window.findChild(FacilitatorConsole)):
        if widget is not None:
            widget.close()


@pytest.fixture
def team_window(make_window: Callable[..., MainWindow],  # noqa: F811
                venue: Venue) -> Iterator[MainWindow]:
    """A second laptop's window (the same process; the fake room links the two)."""
    window = make_window()
    yield window
    room(window).leave()


def room(window: MainWindow) -> RoomController:
    return live.install(window)


def join(window: MainWindow, facilitator_window: MainWindow, team_id: str) -> None:
    """The team laptop joins with the code on the facilitator's join screen."""
    state = room(facilitator_window).state
    assert state is not None
    code = state.join_code
    assert code is not None
    found, info = room(window).probe(code.text())
    room(window).join(found, info, team_id)
    wait_for(lambda: window.services is not None and room(window).client is not None)


def wait_for(condition: Callable[[], object], timeout_ms: int = 10_000) -> None:
    """Process events until ``condition()`` holds (bounded; never a sleep)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        assert not deadline.hasExpired(), "condition not met in time"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
