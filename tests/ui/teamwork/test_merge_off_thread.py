"""Merging runs on a worker: the window keeps running, progress counts the files, and Cancel
before the commit leaves the programme as it was."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from jalostamo.services.merge import MergeService
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.progress import JobProgress
from tests.ui.teamwork.conftest import Programme, control


def test_cancel_between_files_leaves_the_programme_unchanged(
        teamwork_window: MainWindow, programme: Programme, returned_work: Path, tmp_path: Path,
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    second = tmp_path / "toinen.jalostamo"
    second.write_bytes(returned_work.read_bytes())
    window = teamwork_window
    assert window.open_file(programme.path)
    assert window.services is not None
    job = control(window).preview_merge([returned_work, second])
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    dialog = control(window).merge_dialog
    assert dialog is not None and dialog.preview.total("changed") > 0

    first_done, go_on = threading.Event(), threading.Event()
    real = MergeService._merge_one

    def held(self: MergeService, conn: Any, source: Path, summary: Any) -> None:
        real(self, conn, source, summary)
        first_done.set()
        go_on.wait(timeout=30)  # hold the worker until the person has pressed Cancel

    monkeypatch.setattr(MergeService, "_merge_one", held)
    merge = dialog.do_merge()
    qtbot.waitUntil(first_done.is_set, timeout=30_000)
    progress = dialog.findChild(JobProgress)
    assert progress is not None
    progress.findChild(QPushButton).click()  # Cancel
    go_on.set()
    qtbot.waitUntil(lambda: merge.done, timeout=30_000)
    assert merge.was_cancelled
    assert window.services.teams.card(programme.turku).title == ""  # nothing was written
    assert dialog.merge_button.isEnabled()  # the person may still merge
    merge = dialog.do_merge()
    go_on.set()
    qtbot.waitUntil(lambda: merge.done, timeout=30_000)
    assert merge.error is None and not merge.was_cancelled
    assert window.services.teams.card(programme.turku).title == "Satutuokiot päiväkodissa"
