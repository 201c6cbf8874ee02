"""Merge files…: the preview counts what a team's returned work would change, writes nothing;
Merge lands it and clears the undo history; a file of another programme is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from jalostamo.models import BoardItem
from jalostamo.services import Services
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.teamwork.merge_dialog import MergePreviewDialog
from tests.ui.desk.conftest import cell
from tests.ui.teamwork.conftest import Programme, control, dialogs, menu_action, menu_in_bar


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [[cell(table, r, c) for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_preview_shows_counts_per_team_and_kind_and_writes_nothing(
        teamwork_window: MainWindow, programme: Programme, returned_work: Path,
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = teamwork_window
    assert window.open_file(programme.path)
    assert window.services is not None
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(returned_work)], ""))
    assert menu_in_bar(window, "teamworkMenu").title().replace("&", "") == "Yhteistyö"
    menu_action(window, "teamworkMenu", "teamwork.merge").trigger()
    qtbot.waitUntil(lambda: control(window).merge_dialog is not None)
    dialog = window.findChild(MergePreviewDialog, "mergePreviewDialog")
    assert dialog is not None and dialog.isVisible()
    rows = table_rows(dialog.table)
    # Turku's card changed; board items: one added, one changed, one deleted (Finnish names)
    assert ["Turku", "kokeilukortit", "0", "1", "0"] in rows
    assert ["Turku", "taulun kohteet", "1", "1", "1"] in rows
    assert "Esikatselu (mitään ei kirjoitettu)" in dialog.totals.text()
    assert "Ristiriitoja: 0" in dialog.conflicts.text()
    assert window.services.teams.card(programme.turku).title == ""  # nothing written yet

    window.undo_stack.push(QUndoCommand("an earlier edit"))
    assert window.undo_stack.count() == 1
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    job = dialog.merge_job
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    assert window.services.teams.card(programme.turku).title == "Satutuokiot päiväkodissa"
    texts = {n.text for n in window.services.entities.list(BoardItem, board_id=programme.board)}
    assert texts == {"Lappu 0", "Tiimin versio", "Uusi idea"}
    assert window.undo_stack.count() == 0  # a merge is not undoable: the history is cleared
    [done] = dialogs("mergeDone")
    assert "1 lisätty, 2 muutettu, 1 poistettu, 0 ristiriitaa" in done.text()
    assert "kumota" in done.text()


def test_file_of_another_programme_is_refused_with_a_clear_message(
        teamwork_window: MainWindow, programme: Programme, tmp_path: Path, qtbot: QtBot) -> None:
    other = tmp_path / "toinen.jalostamo"
    Services.create(other, "Toinen ohjelma").close()
    window = teamwork_window
    assert window.open_file(programme.path)
    job = control(window).preview_merge([other])
    qtbot.waitUntil(lambda: job.done)
    [box] = dialogs("userErrorDialog")
    assert "kuuluu toiseen ohjelmaan" in box.text() and "Toinen ohjelma" in box.text()
    assert window.findChild(MergePreviewDialog, "mergePreviewDialog") is None


def test_damaged_file_is_refused_and_the_programme_unchanged(
        teamwork_window: MainWindow, programme: Programme, returned_work: Path,
        qtbot: QtBot) -> None:
    data = bytearray(returned_work.read_bytes())
    data[4096:8192] = b"\x00garbage" * 512
    returned_work.write_bytes(bytes(data))
    window = teamwork_window
    assert window.open_file(programme.path)
    assert window.services is not None
    job = control(window).preview_merge([returned_work])
    qtbot.waitUntil(lambda: job.done)
    [box] = dialogs("userErrorDialog")
    assert returned_work.name in box.text()
    assert window.services.teams.card(programme.turku).title == ""
