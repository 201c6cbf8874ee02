"""Closing a programme in the app leaves one complete file: no -wal beside it, nothing open."""

from __future__ import annotations

from pathlib import Path

from jalostamo.ui.main_window import MainWindow


def test_closing_in_the_app_leaves_one_complete_file(safety_window: MainWindow,
                                                      sample_file: Path) -> None:
    window = safety_window
    assert window.open_file(sample_file)
    assert window.services is not None
    window.services.teams.add("Espoo")
    window.close_document()
    assert not Path(f"{sample_file}-wal").exists()
    assert not Path(f"{sample_file}-shm").exists()
