"""The room's screens in Finnish, Swedish and English: switching the language retranslates
the open join screen, console, banner and overlay, and the menu; every text is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMenu

from jalostamo.ui import live
from jalostamo.ui.i18n.compile import HERE as I18N_DIR
from jalostamo.ui.live.follower import RoomFollower
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import find, header
from tests.ui.live.conftest import Venue


def room_menu_title(window: MainWindow) -> str:
    menu = window.menuBar().findChild(QMenu, "liveRoomMenu") or window.findChild(
        QMenu, "liveRoomMenu")
    assert menu is not None and menu.menuAction() in window.menuBar().actions()
    return menu.title().replace("&", "")


def test_a_language_switch_retranslates_the_room_screens(facilitator: MainWindow,
                                                         venue: Venue) -> None:
    assert live.start_room(facilitator)
    screen = live.show_join_screen(facilitator)
    console = live.show_console(facilitator)
    follower = facilitator.findChild(RoomFollower)
    assert follower is not None
    overlay = follower.overlay
    status = find(facilitator, QLabel, "liveStatus")
    assert (room_menu_title(facilitator), screen.heading.text(), console.eyes_button.text(),
            overlay.title.text(), status.text()) == (
        "Huone", "Liity huoneeseen", "Katse projektoriin", "Katse projektoriin",
        "Huone auki · kannettavia: 0")
    facilitator.switch_language("sv")
    QApplication.processEvents()
    assert (room_menu_title(facilitator), screen.heading.text(), console.eyes_button.text(),
            overlay.title.text(), status.text()) == (
        "Rum", "Anslut till rummet", "Blicken mot projektorn", "Blicken mot projektorn",
        "Rummet öppet · datorer: 0")
    assert header(console.table, 4) == "Senast aktiv"
    assert console.screen_box.currentText() == "Kamratgranskningar"
    assert screen.expiry.text().startswith("Koden fungerar till kl. ")
    facilitator.switch_language("en")
    QApplication.processEvents()
    assert (room_menu_title(facilitator), screen.heading.text(), console.eyes_button.text(),
            status.text()) == (
        "Room", "Join the room", "Eyes on the projector", "Room open · laptops: 0")
    assert venue.room.host is not None and venue.room.host.running  # the room stays open


def test_every_room_text_is_translated() -> None:
    for ts in sorted(Path(I18N_DIR).glob("live_*.ts")):
        root = ET.parse(ts).getroot()
        messages = list(root.iter("message"))
        assert len(messages) > 60
        for message in messages:
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, (ts.name, source)
            text = translation.text or ""
            assert text.strip(), (ts.name, source)
            assert ("%1" in source) == ("%1" in text), (ts.name, source)
            assert ("&" in source) == ("&" in text), (ts.name, source)
