"""The real core in this process: a host on 127.0.0.1 behind the facilitator's window and a
team laptop's window joined with the code from the join screen, each with its own data
folder. An edit made through the UI on one side shows in the other window (both ways)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jalostamo.services import Services
from jalostamo.ui import live
from jalostamo.ui.card_editor import CardEditor
from jalostamo.ui.fields import CommitLineEdit, CommitTextEdit
from jalostamo.ui.live.backend import real_backend, set_backend
from jalostamo.ui.live.follower import RoomFollower
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.team_page import TeamPage
from tests.ui.desk.conftest import cell, type_text
from tests.ui.live.conftest import room, wait_for


@pytest.fixture
def real_core() -> Iterator[None]:
    set_backend(real_backend(bind="127.0.0.1", announce=False))
    yield
    set_backend(None)


def card_editor(window: MainWindow, team_id: str) -> CardEditor:
    window.show_page(f"team:{team_id}:card")
    page = window.current_page()
    assert isinstance(page, TeamPage)
    editor = page.tab("card")
    assert isinstance(editor, CardEditor)
    return editor


def test_an_edit_travels_between_the_windows_through_a_real_room(
        make_window: Callable[..., MainWindow], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, real_core: None) -> None:
    monkeypatch.setenv("JALOSTAMO_DATA_DIR", str(tmp_path / "facilitator-data"))
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo", organiser="Kuntaliitto") as svc:
        turku = svc.teams.add("Turku")
        svc.teams.add("Oulu")
    facilitator = make_window()
    team = make_window()
    try:
        assert facilitator.open_file(path)
        assert live.start_room(facilitator)
        state = room(facilitator).state
        assert state is not None
        code = state.join_code
        assert code is not None and code.host == "127.0.0.1"

        monkeypatch.setenv("JALOSTAMO_DATA_DIR", str(tmp_path / "laptop-data"))
        dialog = live.open_join_dialog(team)
        dialog.code_edit.setText(code.text())
        dialog.look_button.click()
        assert [dialog.teams.item(i).text() for i in range(dialog.teams.count())] == [
            "Turku", "Oulu"]
        dialog.teams.setCurrentRow(0)
        dialog.join_button.click()
        wait_for(lambda: team.services is not None, 30_000)
        assert team.services is not None
        assert team.services.doc.path.is_relative_to(tmp_path / "laptop-data")
        assert team.services.doc.team_id == turku
        wait_for(lambda: (state := room(team).state) is not None and state.connected, 30_000)

        # Turku types its card's title on its laptop: one undoable edit, seen on the projector
        on_projector = card_editor(facilitator, turku)
        on_laptop = card_editor(team, turku)
        title = on_laptop.editors["title"]
        projector_title = on_projector.editors["title"]
        assert isinstance(title, CommitLineEdit) and isinstance(projector_title, CommitLineEdit)
        type_text(title, "Satutuokiot")
        title.editingFinished.emit()
        assert team.undo_stack.count() == 1
        wait_for(lambda: projector_title.text() == "Satutuokiot", 30_000)

        # and back: the facilitator's edit reaches the laptop
        place = on_projector.editors["place"]
        laptop_place = on_laptop.editors["place"]
        assert isinstance(place, CommitTextEdit) and isinstance(laptop_place, CommitTextEdit)
        type_text(place, "Kirjasto")
        place.commit()
        wait_for(lambda: laptop_place.toPlainText() == "Kirjasto", 30_000)
        # the facilitator sees the laptop on its card
        console = live.show_console(facilitator)
        wait_for(lambda: console.table.rowCount() == 1
                 and cell(console.table, 0, 2) == "Kokeilukortti", 30_000)
        assert cell(console.table, 0, 0) == "Turku"
        # the facilitator's broadcasts: the timer and "eyes on the projector"
        console.eyes_button.click()
        follower = team.findChild(RoomFollower)
        assert follower is not None
        overlay = follower.overlay
        wait_for(overlay.isVisible, 30_000)
        central = team.centralWidget()
        assert central is not None and not central.isEnabled()
        console.eyes_button.click()
        wait_for(lambda: not overlay.isVisible(), 30_000)
    finally:
        room(team).leave()
        room(facilitator).leave()
        console_window = facilitator.findChild(type(live.show_console(facilitator)))
        if console_window is not None:
            console_window.close()


def test_the_real_cores_refusals_are_told_in_finnish(
        make_window: Callable[..., MainWindow], real_core: None) -> None:
    from jalostamo.i18n import translate
    from jalostamo.live.api import JoinCode

    window = make_window()
    dialog = live.open_join_dialog(window)
    dialog.code_edit.setText("JLS1-ROSKAA-EI-KOODI")
    dialog.look_button.click()
    assert dialog.error.isVisible() and dialog.error.text() == translate("live.code_invalid", "fi")
    nobody = JoinCode("127.0.0.1", 9, "ab" * 10, "cd" * 32, 4_000_000_000_000)  # no room there
    dialog.code_edit.setText(nobody.text())
    dialog.look_button.click()
    message = dialog.error.text()
    assert dialog.error.isVisible() and "127.0.0.1:9" in message, message
    assert "Traceback" not in message and "live." not in message
    assert not dialog.join_button.isEnabled()
    assert window.services is None
    dialog.reject()
