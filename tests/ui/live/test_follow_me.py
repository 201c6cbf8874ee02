""""Follow me" with a fake core: the facilitator turns it on in the console, a team laptop is
brought to the board followed (another team's, read-only) and shows what the facilitator
sees as the facilitator pans and zooms; Esc on the laptop leaves, with the banner; the
facilitator ends it for all. Without a board on the screen "Follow me" says what to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from jalostamo.errors import UserError
from jalostamo.services import Services
from jalostamo.ui import live
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.live.follow_banner import FollowBanner, ViewFollower
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import find
from tests.ui.live.conftest import Venue, join, room, wait_for


@pytest.fixture
def boards(venue: Venue, tmp_path: Path) -> Iterator[dict[str, str]]:
    """A board for each team, in the programme and in Oulu's copy (made after them)."""
    made = {}
    with Services.open(venue.path, device_id="dev-facilitator") as svc:
        for team, city in ((venue.turku, "Turku"), (venue.oulu, "Oulu")):
            made[team] = svc.boards.create_board(team, city, "stakeholder_map")
            for x in (0.0, 1400.0, 2800.0):
                svc.boards.add_item(made[team], "note", x=x, y=0.0, text=f"{city} {x}")
        venue.room.copies[venue.oulu] = svc.team_files.make_team_file(
            venue.oulu, tmp_path / "oulu-boards.jalostamo")
    yield made


def shown_editor(window: MainWindow, board_id: str) -> BoardEditor | None:
    found = [e for e in window.findChildren(BoardEditor)
             if e.isVisible() and e.board_id == board_id]
    return found[0] if found else None


def centre(editor: BoardEditor) -> QPointF:
    return editor.view.visible_scene_rect().center()


def near(a: QPointF, b: QPointF, tolerance: float = 3.0) -> bool:
    return abs(a.x() - b.x()) <= tolerance and abs(a.y() - b.y()) <= tolerance


def test_a_laptop_follows_the_facilitators_view_until_it_leaves(
        boards: dict[str, str], facilitator: MainWindow, team_window: MainWindow,
        venue: Venue) -> None:
    assert live.start_room(facilitator)
    join(team_window, facilitator, venue.oulu)
    host, client = venue.room.host, venue.room.clients[0]
    assert host is not None
    board = boards[venue.turku]
    console = live.show_console(facilitator)
    with pytest.raises(UserError) as refused:  # no board on the facilitator's screen yet
        room(facilitator).follow_link.set_on(True)
    assert refused.value.key == "live_follow.no_board"

    facilitator.show_page(f"team:{venue.turku}:board")
    mine = shown_editor(facilitator, board)
    assert mine is not None
    console.follow_button.click()
    assert host.sent.follow_board == board and console.follow_button.isChecked()

    # the laptop is brought to Turku's board, with the banner
    wait_for(lambda: shown_editor(team_window, board) is not None)
    theirs = shown_editor(team_window, board)
    assert theirs is not None and theirs.read_only
    banner = team_window.findChild(FollowBanner)
    assert banner is not None and banner.isVisible()
    assert banner.stop.text() == "Lopeta seuraaminen"

    # the facilitator zooms in on a note and pans: the laptop shows the same place
    mine.view.zoom_to(1.0)
    mine.view.centerOn(QPointF(1480.0, 80.0))
    wait_for(lambda: near(centre(theirs), centre(mine)))
    assert abs(theirs.view.zoom() - 1.0) < 0.35  # the same area, scaled to the laptop
    mine.view.pan_by(-300, 0)
    wait_for(lambda: near(centre(theirs), centre(mine)))

    # Esc on the laptop's board leaves: the host sends it no more views
    theirs.view.setFocus()
    QTest.keyClick(theirs.view, Qt.Key.Key_Escape)
    assert not banner.isVisible() and not client.following
    left_at = centre(theirs)
    mine.view.pan_by(600, 200)
    assert host.views[-1].x == pytest.approx(centre(mine).x(), abs=0.2)
    assert near(centre(theirs), left_at)

    # the facilitator ends it for all
    console.follow_button.click()
    assert host.sent.follow_board is None and not console.follow_button.isChecked()
    follower = team_window.findChild(ViewFollower)
    assert follower is not None
    wait_for(lambda: follower.board is None)
    assert not banner.isVisible()


def test_the_stop_button_leaves_and_the_next_follow_me_follows_again(
        boards: dict[str, str], facilitator: MainWindow, team_window: MainWindow,
        venue: Venue) -> None:
    assert live.start_room(facilitator)
    join(team_window, facilitator, venue.oulu)
    client = venue.room.clients[0]
    facilitator.show_page(f"team:{venue.turku}:board")
    link = room(facilitator).follow_link
    menu_item = find(facilitator, QAction, "live.follow")  # Room → Follow me
    assert menu_item.isEnabled() and not menu_item.isChecked()
    menu_item.trigger()
    assert link.on and menu_item.isChecked()
    banner = team_window.findChild(FollowBanner)
    assert banner is not None
    wait_for(banner.isVisible)
    banner.stop.click()
    assert not banner.isVisible() and not client.following
    menu_item.trigger()  # ended for all…
    assert not link.on and not menu_item.isChecked()
    link.set_on(True)  # …and started again: the laptop that left follows again
    wait_for(banner.isVisible)
    assert client.following


def test_every_follow_and_board_template_text_is_translated() -> None:
    import xml.etree.ElementTree as ET

    from jalostamo.ui.translators import I18N_DIR

    for lang in ("fi", "sv"):
        root = ET.parse(I18N_DIR / f"follow_{lang}.ts").getroot()
        messages = list(root.iter("message"))
        assert len(messages) >= 9
        for message in messages:
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, source
            text = translation.text or ""
            assert text.strip() and text != source, (lang, source)
            assert ("%1" in source) == ("%1" in text) and ("&" in source) == ("&" in text)
