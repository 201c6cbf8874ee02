"""Team files in the UI: making one, the team's window (title, read-only parts of other teams),
sending the work back and merging it in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from jalostamo.services import Services
from jalostamo.ui.card_editor import CardEditor
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.team_page import TeamPage
from jalostamo.ui.teamwork.team_file_dialog import TeamFileDialog
from tests.ui.teamwork.conftest import Programme, control, dialogs, hand_out, menu_action


def test_make_team_file_through_the_dialog(teamwork_window: MainWindow, programme: Programme,
                                           tmp_path: Path, qtbot: QtBot) -> None:
    window = teamwork_window
    assert window.open_file(programme.path)
    assert not menu_action(window, "teamworkMenu", "teamwork.send").isEnabled()
    menu_action(window, "teamworkMenu", "teamwork.team_file").trigger()
    dialog = window.findChild(TeamFileDialog, "teamFileDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.team.setCurrentIndex(dialog.team.findText("Oulu"))
    assert dialog.path_edit.text().endswith("kevat-Oulu.jalostamo")  # suggested per team
    out = tmp_path / "oulun-tiedosto.jalostamo"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs("teamFileDone") != [])
    [done] = dialogs("teamFileDone")
    assert "Oulu" in done.text() and str(out) in done.text()
    with Services.open(out) as team:
        assert (team.doc.role, team.doc.team_id) == ("team", programme.oulu)


def test_make_team_file_refuses_an_existing_file(teamwork_window: MainWindow,
                                                 programme: Programme, tmp_path: Path) -> None:
    window = teamwork_window
    assert window.open_file(programme.path)
    assert window.services is not None
    dialog = TeamFileDialog(window.services, window)
    existing = tmp_path / "olemassa.jalostamo"
    existing.write_bytes(b"x")
    dialog.path_edit.setText(str(existing))
    assert not dialog.make_button.isEnabled()
    assert "on jo olemassa" in dialog.hint.text()


def test_team_window_marks_the_team_and_other_teams_are_read_only(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path) -> None:
    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    window = teamwork_window
    assert window.open_file(team_file)
    assert window.services is not None
    assert window.windowTitle().startswith("Tiimitiedosto: Turku — ")
    assert not menu_action(window, "teamworkMenu", "teamwork.team_file").isEnabled()
    assert menu_action(window, "teamworkMenu", "teamwork.send").isEnabled()

    window.show_page(f"team:{programme.oulu}")
    other = window.current_page()
    assert isinstance(other, TeamPage)
    note = other.findChild(QLabel, "readOnlyPart")
    assert note is not None and note.isVisibleTo(other)
    assert "kuuluu toiselle tiimille" in note.text()
    card = other.tab("card")
    assert isinstance(card, CardEditor) and card.read_only
    assert card.editors["title"].isReadOnly() and not card.decision.isEnabled()
    assert not other.tab("insights").isEnabled()

    window.show_page(f"team:{programme.turku}")
    own = window.current_page()
    assert isinstance(own, TeamPage)
    own_note = own.findChild(QLabel, "readOnlyPart")
    assert own_note is not None and not own_note.isVisibleTo(own)
    own_card = own.tab("card")
    assert isinstance(own_card, CardEditor) and not own_card.read_only
    own_card.commit("title", "Satutuokiot")
    assert window.services.teams.card(programme.turku).title == "Satutuokiot"


def test_send_my_work_writes_a_file_that_merges_back(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    window = teamwork_window
    assert window.open_file(team_file)
    assert window.services is not None
    window.show_page(f"team:{programme.turku}")
    page = window.current_page()
    assert isinstance(page, TeamPage)
    card = page.tab("card")
    assert isinstance(card, CardEditor)
    card.commit("title", "Satutuokiot päiväkodissa")
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(stick / "turku-palautus"), ""))
    menu_action(window, "teamworkMenu", "teamwork.send").trigger()
    sent = stick / "turku-palautus.jalostamo"
    qtbot.waitUntil(lambda: dialogs("workSent") != [])
    [done] = dialogs("workSent")
    assert str(sent) in done.text() and "fasilitaattorille" in done.text()
    with sqlite3.connect(sent) as conn:  # a return file: the changed card, not the programme
        assert conn.execute("SELECT value FROM file_meta WHERE key = 'role'").fetchone() == (
            "return",)
        assert conn.execute("SELECT count(*) FROM experiment_cards").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM teams").fetchone() == (0,)
    conn.close()
    window.close_document()

    assert window.open_file(programme.path)
    assert window.services is not None
    job = control(window).preview_merge([sent])
    qtbot.waitUntil(lambda: job.done)
    dialog = control(window).merge_dialog
    assert dialog is not None
    merge = dialog.do_merge()
    qtbot.waitUntil(lambda: merge.done)
    assert window.services.teams.card(programme.turku).title == "Satutuokiot päiväkodissa"


def test_send_my_work_to_a_place_that_cannot_be_written_says_so(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path,
        qtbot: QtBot) -> None:
    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    window = teamwork_window
    assert window.open_file(team_file)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    job = control(window).send_work_to(blocker / "palautus.jalostamo")
    qtbot.waitUntil(lambda: job.done)
    assert job.error is not None
    [box] = dialogs("teamworkWarning")
    assert "ei voitu kirjoittaa" in box.text()
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())
    assert team_file.exists()


def test_a_card_editor_on_its_own_says_why_it_is_read_only(
        programme: Programme, tmp_path: Path, qtbot: QtBot) -> None:
    from PySide6.QtGui import QUndoStack

    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    with Services.open(team_file) as svc:
        stack = QUndoStack()
        other = CardEditor(svc, stack, None, programme.oulu)
        qtbot.addWidget(other)
        note = other.findChild(QLabel, "readOnlyPart")
        assert note is not None and "kuuluu toiselle tiimille" in note.text()
        other.commit("title", "Ei saa muuttua")
        assert svc.teams.card(programme.oulu).title == "" and stack.count() == 0
        own = CardEditor(svc, stack, None, programme.turku)
        qtbot.addWidget(own)
        assert own.findChild(QLabel, "readOnlyPart") is None and not own.read_only


def test_a_suffix_typed_in_capitals_is_not_added_again(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path) -> None:
    """Windows users and file managers write ``.JALOSTAMO``: it is the suffix, in any case."""
    window = teamwork_window
    assert window.open_file(programme.path)
    assert window.services is not None
    dialog = TeamFileDialog(window.services, window)
    dialog.path_edit.setText(str(tmp_path / "OULU.JALOSTAMO"))
    assert dialog.path() == tmp_path / "OULU.JALOSTAMO"
    dialog.path_edit.setText(str(tmp_path / "oulu"))
    assert dialog.path() == tmp_path / "oulu.jalostamo"
