"""Automatic backups of the open programme, and Restore from backup…"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from jalostamo.paths import backup_dir
from jalostamo.services import Services
from jalostamo.store.backup_policy import list_backups
from jalostamo.store.backups import backup_file
from jalostamo.ui import workers
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.safety.backup_timer import BackupTimer
from jalostamo.ui.safety.restore_dialog import RestoreDialog
from tests.ui.desk.conftest import find
from tests.ui.safety.conftest import control, dialogs


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def finished(qtbot, job):  # the backup runs on a worker: wait for its result
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    return job.result


def test_backups_are_taken_while_there_are_changes_and_on_close(
        safety_window: MainWindow, sample_file: Path, qtbot) -> None:
    window = safety_window
    assert window.open_file(sample_file)
    assert window.services is not None
    timer = control(window).backups
    assert isinstance(timer, BackupTimer) and timer.timer.isActive()
    clock = Clock()
    timer.scheduler._clock = clock  # drive time by hand instead of waiting ten minutes
    timer.scheduler._last_backup_at = clock.now
    assert timer.tick() is None  # nothing changed yet
    window.services.teams.add("Espoo")
    clock.now += 9 * 60
    assert timer.tick() is None  # not due before the interval
    clock.now += 60
    taken = finished(qtbot, timer.tick())
    assert taken is not None and taken.exists()
    assert [b.reason for b in list_backups(sample_file)] == ["auto"]
    window.services.teams.add("Vantaa")
    window.close_document()  # the last changes are backed up on close, from the closed file
    qtbot.waitUntil(lambda: not workers.pending())
    assert [b.reason for b in list_backups(sample_file)] == ["close", "auto"]
    assert control(window).backups is None


def test_a_failing_backup_is_told_in_the_status_bar_not_in_a_dialog(
        safety_window: MainWindow, sample_file: Path, _isolated_user_data: Path, qtbot) -> None:
    window = safety_window
    assert window.open_file(sample_file)
    assert window.services is not None
    timer = control(window).backups
    assert timer is not None
    clock = Clock()
    timer.scheduler._clock = clock
    timer.scheduler._last_backup_at = clock.now
    window.services.teams.add("Espoo")
    backups = _isolated_user_data / "backups"
    if backups.is_dir():
        backups.rmdir()
    backups.write_text("a file where the backup folder should be")
    clock.now += 3600
    assert finished(qtbot, timer.tick()) is None
    assert "varmuuskopiointi epäonnistui" in window.statusBar().currentMessage()
    assert dialogs("userErrorDialog") == [] and dialogs("crashDialog") == []
    backups.unlink()
    # the next backup succeeds: the message of the failure does not stay behind
    clock.now += 3600
    assert finished(qtbot, timer.tick()) is not None
    assert "varmuuskopiointi epäonnistui" not in window.statusBar().currentMessage()


@pytest.fixture
def with_backups(sample_file: Path) -> list[Path]:
    first = backup_file(sample_file, reason="manual")
    with Services.open(sample_file) as svc:
        svc.teams.add("Espoo")
    second = backup_file(sample_file, reason="merge")
    return [second, first]


def test_restore_lists_backups_and_restores_a_copy(
        safety_window: MainWindow, sample_file: Path, with_backups: list[Path],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = safety_window
    assert window.open_file(sample_file)
    assert window.services is not None
    dialog = control(window).show_restore()
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(lines) == 2
    assert "ennen yhdistämistä: 3 tiimiä" in lines[0]  # newest first, in Finnish
    assert "käsin: 2 tiimiä" in lines[1]
    dialog.list.setCurrentRow(1)
    target = tmp_path / "palautettu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.copy_button.click()
    restored = tmp_path / "palautettu.jalostamo"
    with Services.open(restored) as svc:
        assert [t.display_name for t in svc.teams.list()] == ["Turku", "Oulu"]
    [done] = dialogs("restoreDone")
    assert str(restored) in done.text()
    assert window.services.doc.path == sample_file  # the open programme is untouched


def test_restore_in_place_keeps_the_current_file_aside(
        safety_window: MainWindow, sample_file: Path, with_backups: list[Path]) -> None:
    window = safety_window
    assert window.open_file(sample_file)
    dialog = control(window).show_restore()
    dialog.list.setCurrentRow(1)  # the older one: two teams
    assert dialog.replace_button.isEnabled()
    assert dialog.replace_open_file()
    assert window.services is not None and window.services.doc.path == sample_file
    assert len(window.services.teams.list()) == 2
    aside = [p for p in sample_file.parent.iterdir()
             if "damaged-" in p.name and p.suffix == ".jalostamo"]
    assert len(aside) == 1
    with Services.open(aside[0]) as svc:
        assert len(svc.teams.list()) == 3


def test_delete_a_backup(safety_window: MainWindow, sample_file: Path,
                         with_backups: list[Path]) -> None:
    window = safety_window
    assert window.open_file(sample_file)
    dialog = control(window).show_restore()
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    [confirm] = dialogs("confirmDeleteBackup")
    find(confirm, QPushButton, "confirmDelete").click()
    assert dialog.list.count() == 1
    assert not with_backups[0].exists() and with_backups[1].exists()
    assert backup_dir().is_dir()
