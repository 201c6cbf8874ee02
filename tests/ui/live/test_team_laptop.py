"""A team laptop with a fake core: joining by code (also from the start screen), a refused
code in Finnish, following the facilitator's timer, announcement, "eyes on the projector" and
"bring everyone", reporting its screen, reloading views when the core applied changes, and
every widget touched on the GUI thread only."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton

from jalostamo.live.api import RoomBroadcast, RoomEvent, RoomEventKind
from jalostamo.ui import live
from jalostamo.ui.agenda_page import AgendaPage
from jalostamo.ui.live.console import FacilitatorConsole
from jalostamo.ui.live.follower import RoomBanner, RoomFollower
from jalostamo.ui.live.join_dialog import JoinDialog
from jalostamo.ui.live.join_screen import JoinScreen
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.team_page import TeamPage
from tests.ui.desk.conftest import cell, find, type_text
from tests.ui.live.conftest import Venue, join, room, wait_for
from tests.ui.live.fakes import FakeHost, from_thread


def banner(window: MainWindow) -> RoomBanner:
    found = window.findChild(RoomBanner, "liveBanner")
    assert found is not None
    return found


def host_of(venue: Venue) -> FakeHost:
    """The room's host, opened by the facilitator's window."""
    host = venue.room.host
    assert host is not None
    return host


def follower_of(window: MainWindow) -> RoomFollower:
    follower = window.findChild(RoomFollower)
    assert follower is not None
    return follower


def test_joining_from_the_start_screen_opens_the_laptops_copy(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    join_code = host_of(venue).code
    assert join_code is not None
    code = join_code.text()
    assert team_window.services is None  # no programme open
    find(team_window, QPushButton, "joinRoomFromStart").click()
    dialog = team_window.findChild(JoinDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.teams.isVisible()
    type_text(dialog.code_edit, code)
    dialog.look_button.click()
    teams = find(dialog, QListWidget, "joinTeams")
    assert [teams.item(i).text() for i in range(teams.count())] == ["Turku", "Oulu"]
    assert dialog.programme.text() == "Ohjelma: Kevään jalostamo"
    teams.setCurrentRow(1)
    dialog.join_button.click()
    # closed, and perhaps already deleted (it deletes itself on close) when the join is quick
    wait_for(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    client = venue.room.clients[0]
    assert client.team_id == venue.oulu
    assert team_window.services is not None
    assert team_window.services.doc.path == client.local_path
    assert team_window.services.doc.team_id == venue.oulu  # the team's part is writable
    status = find(team_window, QLabel, "liveStatus")
    assert status.isVisible() and status.text() == "Yhteys huoneeseen"
    client.pending = 2
    room(team_window).refresh()
    assert status.text() == "Yhteys huoneeseen · odottavia muutoksia: 2"
    client.connected = False
    room(team_window).refresh()
    assert status.text().startswith("Ei yhteyttä — yhdistetään uudelleen…")
    # the facilitator sees the laptop
    screen = live.show_join_screen(facilitator)
    wait_for(lambda: screen.people.topLevelItemCount() == 1)
    person = screen.people.topLevelItem(0)
    assert person is not None and person.text(0) == "Oulu"
    # at the next start the code and the team are remembered
    again = live.open_join_dialog(team_window)
    assert again.code_edit.text() == code
    again.look_button.click()
    assert again.teams.currentItem().text() == "Oulu"
    again.reject()


def test_a_refused_or_expired_code_is_told_in_finnish(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    dialog = live.open_join_dialog(team_window)
    dialog.look_button.click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == ("Kirjoita tai liitä liittymiskoodi, jonka fasilitaattori "
                                   "näyttää projektorilla.")
    join_code = host_of(venue).code
    assert join_code is not None
    for text in ("roskaa", join_code.text().replace("SECRET1", "SECRET9")):
        dialog.code_edit.setText(text)
        dialog.look_button.click()
        message = dialog.error.text()
        assert dialog.error.isVisible() and "koodi" in message.lower(), message
        assert "Traceback" not in message and "live." not in message
        assert not dialog.join_button.isEnabled()
    assert team_window.services is None and venue.room.clients == []
    dialog.reject()


def test_the_team_laptop_follows_the_timer_and_the_announcement(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    join(team_window, facilitator, venue.turku)
    QApplication.processEvents()
    bar = banner(team_window)
    assert not bar.isVisible()
    console = live.show_console(facilitator)
    console.timer_button.click()  # the agenda's run mode starts its first activity
    agenda = facilitator.page("agenda")
    assert isinstance(agenda, AgendaPage)
    assert agenda.run_panel.timer.running
    assert console.timer_button.text() == "Tauota kaikille"
    wait_for(lambda: bar.isVisible() and bar.countdown.running)
    assert bar.activity.text() == "Avaus"
    assert bar.clock.text() in ("10:00", "09:59")
    # +1 min on the facilitator's run panel is a jump: sent at once
    agenda.run_panel.more_button.click()
    wait_for(lambda: bar.countdown.remaining() > 600)
    console.timer_button.click()
    wait_for(lambda: not bar.countdown.running)
    assert not agenda.run_panel.timer.running
    # the next activity, and an announcement
    agenda.run_panel.next_button.click()
    wait_for(lambda: bar.activity.text() == "Sidosryhmäkartta")
    assert bar.clock.text() == "45:00"
    console.announcement.setText("Kahvi klo 10.30")
    console.send_button.click()
    wait_for(lambda: bar.announcement.text() == "Kahvi klo 10.30")
    # the facilitator's own window shows no banner
    assert not banner(facilitator).isVisible()
    console.clear_button.click()
    wait_for(lambda: not bar.announcement.isVisible())


def test_eyes_on_the_projector_pauses_editing_and_lets_go(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    join(team_window, facilitator, venue.turku)
    team_window.show_page(f"team:{venue.turku}:card")
    overlay = follower_of(team_window).overlay
    console = live.show_console(facilitator)
    console.eyes_button.click()
    wait_for(overlay.isVisible)
    assert overlay.title.text() == "Katse projektoriin"
    central = team_window.centralWidget()
    assert central is not None
    assert overlay.geometry() == central.geometry()
    title = team_window.current_page().findChild(QLineEdit)
    assert title is not None and not title.isEnabled()
    before = title.text()
    type_text(title, "Kesken")  # typing goes nowhere
    assert title.text() == before
    assert not central.isEnabled()
    assert not team_window.actions_by_id["go.overview"].isEnabled()  # commands wait too
    assert team_window.actions_by_id["view.fullscreen"].isEnabled()  # but not looking
    console.eyes_button.click()
    wait_for(lambda: not overlay.isVisible())
    assert central.isEnabled() and title.isEnabled()
    assert team_window.actions_by_id["go.overview"].isEnabled()


def test_the_laptop_reports_its_screen_and_is_brought_to_one(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    join(team_window, facilitator, venue.turku)
    client = venue.room.clients[0]
    team_window.show_page(f"team:{venue.turku}:board")
    assert client.screens[-1] == "board"
    page = team_window.current_page()
    assert isinstance(page, TeamPage)
    page.show_tab("tests")
    assert client.screens[-1] == "tests"
    console = live.show_console(facilitator)
    wait_for(lambda: console.table.rowCount() == 1
               and cell(console.table, 0, 2) == "Testit")
    console.screen_box.setCurrentIndex(console.screen_box.findData("reviews"))
    console.bring_button.click()
    wait_for(lambda: client.screens[-1] == "reviews")
    page = team_window.current_page()
    assert isinstance(page, TeamPage)
    assert page.objectName() == "teamPage" and page.tabs.currentIndex() == 4
    # once: the next broadcast does not bring anyone back
    team_window.show_page("overview")
    console.announcement.setText("Hetki vielä")
    console.send_button.click()
    wait_for(lambda: banner(team_window).announcement.text() == "Hetki vielä")
    assert team_window.current_page().objectName() != "teamPage"


def test_changes_applied_by_the_core_reload_the_views(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    join(team_window, facilitator, venue.turku)
    client = venue.room.clients[0]

    def names() -> list[str]:
        listing = team_window.navigator.list
        return [listing.item(i).text().strip() for i in range(listing.count())]

    assert "Oulu" in names()
    with sqlite3.connect(client.local_path) as db:  # the core wrote a remote change
        db.execute("UPDATE teams SET city = 'Oulu-Kajaani' WHERE id = ?", (venue.oulu,))
    client.emit(RoomEvent(RoomEventKind.CHANGES_APPLIED, tables=frozenset({"teams"})))
    wait_for(lambda: "Oulu-Kajaani" in names())


def test_widgets_are_touched_on_the_gui_thread_only(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue,
        monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    for cls, name in ((RoomBanner, "follow"), (RoomFollower, "refresh"),
                      (FacilitatorConsole, "refresh"), (JoinScreen, "refresh")):
        original = getattr(cls, name)

        def spy(self: object, *args: object,
                _original: Callable[..., object] = original) -> object:
            threads.append(threading.get_ident())
            return _original(self, *args)

        monkeypatch.setattr(cls, name, spy)
    assert live.start_room(facilitator)
    live.show_console(facilitator)
    join(team_window, facilitator, venue.turku)
    client = venue.room.clients[0]
    before = len(threads)
    from_thread(lambda: room(facilitator).send(announcement="Tauko"))  # events on a thread
    client.broadcast = RoomBroadcast(seq=99, eyes_on_projector=True)
    client.emit(RoomEvent(RoomEventKind.BROADCAST))
    client.emit(RoomEvent(RoomEventKind.CONNECTION))
    host = host_of(venue)
    host.set_presence(host.presences["device-1"])
    wait_for(lambda: follower_of(team_window).overlay.isVisible())
    assert len(threads) > before
    assert set(threads) == {threading.main_thread().ident}



def test_a_countdown_running_before_the_room_opens_is_shown_at_once(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    facilitator.show_page("agenda")
    agenda = facilitator.current_page()
    assert isinstance(agenda, AgendaPage)
    agenda.enter_run_mode()
    agenda.run_panel.timer.start()
    assert live.start_room(facilitator)
    sent = host_of(venue).sent
    assert sent.timer is not None and sent.timer.running
    join(team_window, facilitator, venue.turku)
    bar = banner(team_window)
    wait_for(lambda: bar.isVisible() and bar.countdown.running)
    assert bar.activity.text() == "Avaus"
    agenda.run_panel.timer.pause()
