"""The merge preview names laptops with wrong clocks and changes ignored as outside the team's
part; the conflict view names fields in Finnish and "use the other" restores a deleted row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jalostamo.models import BoardItem
from jalostamo.services import Services
from jalostamo.services import clock as hlc
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.teamwork.conflict_view import field_name
from jalostamo.ui.teamwork.conflicts_dialog import ConflictsDialog
from jalostamo.ui.teamwork.merge_dialog import MergePreviewDialog
from tests.ui.teamwork.conftest import Programme, control, hand_out

YEAR = 365 * 24 * 3600 * 1000


def test_preview_names_a_wrong_clock_and_ignored_changes(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path) -> None:
    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    real = hlc.wall_ms()
    hlc.set_wall_clock(lambda: real + YEAR)
    try:
        with Services.open(team_file, device_id="dev-turku") as team:
            team.teams.update_card(programme.turku, title="Tiimin")
    finally:
        hlc.set_wall_clock(None)
    conn = sqlite3.connect(team_file)  # edited with another tool: Oulu's card
    conn.execute("UPDATE experiment_cards SET title = 'Vieras', field_clock = "
                 "'{\"title\": [\"999999999999900000@x\", \"\"]}' WHERE team_id = ?",
                 (programme.oulu,))
    conn.commit()
    conn.close()
    window = teamwork_window
    assert window.open_file(programme.path)
    assert window.services is not None
    dialog = MergePreviewDialog(window.services, [team_file], window)
    notes = dialog.notes.text()
    assert "Turku: kannettavan kello oli 365 vrk edellä fasilitaattorin kelloa" in notes
    assert "Ohitettiin 1: kokeilukortit, Oulu – ei kuulu tiimin Turku osaan." in notes
    dialog.reject()


def test_field_names_in_finnish() -> None:
    assert field_name("board_items", "shape") == "Muoto"
    assert field_name("board_items", "arrow_end") == "Nuolenkärki lopussa"


def test_use_the_other_restores_a_deleted_note(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path, qtbot: QtBot) -> None:
    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, programme.notes[1], text="Tiimi jatkoi")
    window = teamwork_window
    assert window.open_file(programme.path)
    assert window.services is not None
    window.services.entities.delete(BoardItem, programme.notes[1])
    assert window.services.merge.merge([team_file]).conflicts == 1
    dialog = control(window).show_conflicts()
    assert isinstance(dialog, ConflictsDialog)
    assert dialog.list.item(0).text().startswith("taulun kohteet · Poistettu · Turku · ")
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert window.services.entities.get(BoardItem, programme.notes[1]).text == "Tiimi jatkoi"
    window.undo_stack.undo()
    assert window.services.entities.find(BoardItem, programme.notes[1]) is None
