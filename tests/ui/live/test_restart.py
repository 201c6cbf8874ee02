"""What the room remembers over a restart of the app: a room left open opens again with its
programme (until the facilitator closes it), and a team laptop can rejoin its last room."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction

from jalostamo.ui import live
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import find
from tests.ui.live.conftest import Venue, join, room, wait_for


def test_a_room_left_open_opens_again_with_its_programme(
        make_window: Callable[..., MainWindow], venue: Venue) -> None:
    first = make_window()
    assert first.open_file(venue.path)
    assert live.start_room(first)
    old_host = venue.room.host
    assert old_host is not None
    first.close()  # the app quits with the room open
    assert not old_host.running
    again = make_window()
    assert again.open_file(venue.path)
    wait_for(lambda: room(again).host is not None)
    new_host = venue.room.host
    assert new_host is not None and new_host is not old_host and new_host.running
    assert new_host.path == venue.path
    find(again, QAction, "live.stop").trigger()  # closed on purpose: stays closed
    again.close_document()
    assert again.open_file(venue.path)
    for _ in range(3):
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
    assert room(again).host is None


def test_a_team_laptop_rejoins_its_last_room_after_a_restart(
        make_window: Callable[..., MainWindow], facilitator: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    laptop = make_window()
    join(laptop, facilitator, venue.oulu)
    laptop.close()  # the laptop's app quits
    restarted = make_window()
    rejoin = find(restarted, QAction, "live.rejoin")
    assert rejoin.isEnabled() and rejoin.text() == "Liity uudelleen &edelliseen huoneeseen"
    rejoin.trigger()
    wait_for(lambda: restarted.services is not None and room(restarted).client is not None)
    assert restarted.services is not None
    assert restarted.services.doc.team_id == venue.oulu
    assert venue.room.clients[-1].team_id == venue.oulu
    room(restarted).leave()


def test_the_laptops_copy_reopened_at_start_rejoins_its_room(
        make_window: Callable[..., MainWindow], facilitator: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    laptop = make_window()
    join(laptop, facilitator, venue.turku)
    assert laptop.services is not None
    copy = laptop.services.doc.path
    laptop.close()
    restarted = make_window()
    assert restarted.open_file(copy)  # as the app does with the last file at start
    wait_for(lambda: room(restarted).client is not None)
    assert restarted.services is not None
    assert restarted.services.doc.path == copy  # the same copy, not opened twice
    assert len(venue.room.clients) == 2
    room(restarted).leave()
