"""The facilitator's side with a fake core: starting the room, the join screen (code, QR,
expiry, new code), the console's rows following presence events, revoke."""

from __future__ import annotations

from collections.abc import Callable

import segno
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from jalostamo.live.api import JoinCode, Presence
from jalostamo.ui import live
from jalostamo.ui.live.console import FacilitatorConsole
from jalostamo.ui.live.join_screen import JoinScreen, big_code
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import cell, dialogs, find
from tests.ui.live.conftest import Venue, room
from tests.ui.live.fakes import NOW_MS


def dark_modules(image: QImage, module_px: int) -> list[list[bool]]:
    size = image.width() // module_px
    return [[QColor(image.pixel(x * module_px + 1, y * module_px + 1)).black() > 128
             for x in range(size)] for y in range(size)]


def test_the_join_screen_shows_the_code_big_and_as_a_qr_code(facilitator: MainWindow,
                                                               venue: Venue) -> None:
    find(facilitator, QAction, "live.start").trigger()
    screen = facilitator.findChild(JoinScreen, "liveJoinScreen")
    assert screen is not None and screen.isVisible()
    host = venue.room.host
    assert host is not None and host.running and host.path == venue.path
    assert host.code is not None
    code = host.code.text()
    assert screen.code_label.text().replace("\n", "") == code  # lines of a few groups
    assert screen.code_label.font().pointSizeF() > 2 * screen.steps.font().pointSizeF() / 1.3
    # the QR image holds exactly the code: module by module what segno makes of the text
    pixmap = screen.qr.pixmap()
    assert not pixmap.isNull()
    expected = [[bool(v) for v in row]
                for row in segno.make(code, error="m").matrix_iter(scale=1, border=4)]
    assert dark_modules(pixmap.toImage(), 10) == expected
    assert screen.expiry.text().startswith("Koodi toimii klo ")
    screen.new_code_button.click()
    new_code = host.code
    assert new_code is not None
    assert screen.code_label.text().replace("\n", "") == new_code.text() != code
    assert "Liity huoneeseen" in screen.heading.text()
    room(facilitator).clock = lambda: new_code.expires_ms  # time passes
    screen.refresh()
    assert screen.expiry.text() == "Koodi on vanhentunut: paina Uusi koodi."


def test_console_rows_follow_presence_events_and_revoke_disconnects(
        facilitator: MainWindow, venue: Venue, qtbot: QtBot) -> None:
    live.start_room(facilitator)
    console = live.show_console(facilitator)
    assert isinstance(console, FacilitatorConsole) and console.table.rowCount() == 0
    host = venue.room.host
    assert host is not None
    host.set_presence(Presence("device-1", "Kannettava 1", venue.turku, "Turku", "desk",
                               NOW_MS, True, 0))
    host.set_presence(Presence("device-2", "Kannettava 2", venue.oulu, "Oulu", "board",
                               NOW_MS, True, 0))
    qtbot.waitUntil(lambda: console.table.rowCount() == 2, timeout=5000)

    def row(team: str) -> list[str]:
        for r in range(console.table.rowCount()):
            if cell(console.table, r, 0) == team:
                return [cell(console.table, r, c) for c in range(6)]
        raise AssertionError(team)

    assert row("Oulu")[:3] == ["Oulu", "Kannettava 2", "Visuaalinen malli"]
    assert row("Oulu")[3] == "Tutki"  # the phase of the workshop
    assert row("Turku")[5] == "Yhdistetty"
    # Turku moves to the reviews: the row follows
    host.set_presence(Presence("device-1", "Kannettava 1", venue.turku, "Turku", "reviews",
                               NOW_MS, True, 0))
    qtbot.waitUntil(lambda: row("Turku")[2] == "Vertaisarvioinnit", timeout=5000)
    assert console.summary.text() == "Huone on auki. Kannettavia yhteydessä: 2."

    screen = live.show_join_screen(facilitator)
    assert screen.people.topLevelItemCount() == 2
    first = screen.people.topLevelItem(0)
    assert first is not None
    first.setSelected(True)
    revoked = first.text(1)
    screen.revoke_button.click()
    assert host.revoked == ["device-" + revoked[-1]]
    assert screen.people.topLevelItemCount() == 1
    assert console.table.rowCount() == 1


def test_no_programme_or_a_team_file_cannot_host(make_window: Callable[..., MainWindow],
                                                 venue: Venue) -> None:
    window = make_window()
    assert not find(window, QPushButton, "liveRoomButton").isVisible()
    assert not live.start_room(window)
    assert [b.text() for b in dialogs("userErrorDialog")] == [
        "Avaa ensin ohjelma, jonka haluat jakaa huoneelle."]
    dialogs("userErrorDialog")[0].close()
    assert window.open_file(venue.room.copies[venue.turku])
    assert not find(window, QAction, "live.start").isEnabled()
    assert not live.start_room(window)
    assert dialogs("userErrorDialog")[0].text().startswith("Huonetta ei voi avata")
    assert venue.room.host is None and room(window).role is None


def test_the_room_button_on_the_desk_starts_the_room_and_then_opens_the_console(
        facilitator: MainWindow, venue: Venue) -> None:
    button = find(facilitator, QPushButton, "liveRoomButton")
    assert button.isVisible() and button.text() == "Avaa huone"
    button.click()
    assert venue.room.host is not None and venue.room.host.running
    assert button.text() == "Fasilitaattorin konsoli"
    assert find(facilitator, QLabel, "liveStatus").text() == "Huone auki · kannettavia: 0"
    button.click()
    console = facilitator.findChild(FacilitatorConsole)
    assert console is not None and console.isVisible()
    find(facilitator, QAction, "live.stop").trigger()
    assert not venue.room.host.running and button.text() == "Avaa huone"


def test_the_code_as_shown_in_lines_reads_back_when_pasted() -> None:
    code = JoinCode("192.168.1.5", 47000, "ab" * 10, "cd" * 32, NOW_MS)
    shown = big_code(code.text())
    assert shown.count("\n") >= 2 and all(len(line) < 30 for line in shown.splitlines())
    assert JoinCode.parse(shown) == code
