"""Conflicts…: both versions side by side with the differences marked; "Use the other one" and
"Keep this version" are undoable edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jalostamo.models import BoardItem
from jalostamo.services import Services
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.teamwork.conflicts_dialog import ConflictsDialog
from tests.ui.desk.conftest import cell, header
from tests.ui.teamwork.conftest import Programme, control, hand_out


def merged_with_a_conflict(window: MainWindow, programme: Programme, tmp_path: Path) -> None:
    """Turku changes note 1 in its file; the facilitator changes it later; then the merge."""
    team_file = hand_out(programme, programme.turku, tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, programme.notes[1], text="Tiimin versio")
    assert window.open_file(programme.path)
    assert window.services is not None
    window.services.entities.update(BoardItem, programme.notes[1], text="Fasilitaattorin versio")
    assert window.services.merge.merge([team_file]).conflicts == 1


def test_conflict_list_shows_both_versions_and_use_the_other_is_undoable(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path, qtbot: QtBot) -> None:
    window = teamwork_window
    merged_with_a_conflict(window, programme, tmp_path)
    assert window.services is not None
    dialog = control(window).show_conflicts()
    assert isinstance(dialog, ConflictsDialog) and dialog.isVisible()
    assert dialog.list.count() == 1
    line = dialog.list.item(0).text()
    assert line.startswith("taulun kohteet · Teksti · Turku · ")  # kind, field, team, when
    rows = {cell(dialog.versions, r, 0): (cell(dialog.versions, r, 1),
                                          cell(dialog.versions, r, 2))
            for r in range(dialog.versions.rowCount())}
    assert rows["≠ Teksti"] == ("Fasilitaattorin versio", "Tiimin versio")
    assert dialog.differing_fields() == ["Teksti"]  # only the text differs, and it is marked
    assert header(dialog.versions, 1).startswith("Tämä versio, käytössä")

    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert window.services.entities.get(BoardItem, programme.notes[1]).text == "Tiimin versio"
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.services.entities.get(BoardItem, programme.notes[1]).text == \
        "Fasilitaattorin versio"
    assert dialog.list.count() == 1  # the conflict is open again
    window.undo_stack.redo()
    assert window.services.entities.get(BoardItem, programme.notes[1]).text == "Tiimin versio"


def test_keep_this_version_closes_the_conflict_and_undo_reopens_it(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path, qtbot: QtBot) -> None:
    window = teamwork_window
    merged_with_a_conflict(window, programme, tmp_path)
    assert window.services is not None
    dialog = control(window).show_conflicts()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert window.services.entities.get(BoardItem, programme.notes[1]).text == \
        "Fasilitaattorin versio"
    assert window.services.team_files.conflicts() == [] and dialog.list.count() == 0
    window.undo_stack.undo()
    assert len(window.services.team_files.conflicts()) == 1 and dialog.list.count() == 1
