"""Fixtures of the room's UI: a programme with an agenda and two teams, team files made from
it (the laptops' copies), a fake room, and a facilitator's and a team's main window."""

from __future__ import annotations

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


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo", organiser="Kuntaliitto",
                         device_id="dev-facilitator") as svc:
        workshop = svc.programme.add_workshop(starts_at="09:00", venue="Kuntatalo")
        for title, minutes in (("Avaus", 10), ("Sidosryhmäkartta", 45), ("Purku", 20)):
            svc.programme.add_agenda_item(workshop, title, minutes)
        turku, oulu = svc.teams.add("Turku"), svc.teams.add("Oulu")
        copies = {}
        for key, team in (("", turku), (turku, turku), (oulu, oulu)):
            out = tmp_path / "handed" / f"{key or 'observer'}.jalostamo"
            out.parent.mkdir(exist_ok=True)
            if not out.exists():
                svc.team_files.make_team_file(team, out)
            copies[key] = out
        info = RoomInfo("Kevään jalostamo", ((turku, "Turku"), (oulu, "Oulu")))
    laptops = tmp_path / "laptops"
    laptops.mkdir()
    room = FakeRoom(info, copies, laptops)
    set_backend(room.backend())
    yield Venue(path, turku, oulu, room)
    set_backend(None)


@pytest.fixture
def facilitator(make_window: Callable[..., MainWindow], venue: Venue) -> Iterator[MainWindow]:
    window = make_window()
    assert window.open_file(venue.path)
    yield window
    room(window).leave()
    for widget in (window.findChild(JoinScreen), window.findChild(FacilitatorConsole)):
        if widget is not None:
            widget.close()


@pytest.fixture
def team_window(make_window: Callable[..., MainWindow], venue: Venue) -> Iterator[MainWindow]:
    """A second laptop's window (the same process; the fake room links the two)."""
    window = make_window()
    yield window
    room(window).leave()


def room(window: MainWindow) -> RoomController:
    return live.install(window)


def join(window: MainWindow, facilitator_window: MainWindow, team_id: str | None) -> None:
    """The team laptop joins with the code on the facilitator's join screen."""
    code = room(facilitator_window).state.join_code
    assert code is not None
    found, info = room(window).probe(code.text())
    room(window).join(found, info, team_id)
