"""After erasing a person, the report offers to delete every backup that holds them, a
leftover partial copy (which Restore from backup… does not list) included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from jalostamo.models import TeamMember
from jalostamo.services import Services
from jalostamo.store.backups import backup_file
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import dialogs, find
from tests.ui.safety.conftest import control


def boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    """This window's visible message boxes of that name (not those an earlier test left)."""
    return [box for box in dialogs(name) if box.parent() is window]


def test_the_report_deletes_the_backups_that_hold_the_person(
        safety_window: MainWindow, sample_file: Path) -> None:
    with Services.open(sample_file) as svc:
        member = svc.teams.add_member(svc.teams.list()[0].id, "Katja Lehtinen")
        person = svc.entities.get(TeamMember, member).person_id
    old = backup_file(sample_file, reason="manual")
    partial = old.with_name(f".{old.name}.777.partial")
    partial.write_bytes(old.read_bytes()[:2000])  # a copy cut off when the app was killed
    window = safety_window
    assert window.open_file(sample_file)
    assert window.services is not None
    report = window.services.privacy.erase_person(person)
    control(window)._erased(report)
    [box] = boxes(window, "erasureReport")
    assert "ei voi avata" in box.text() and str(partial) in box.text()
    find(box, QPushButton, "deleteHoldingBackups").click()
    [confirm] = boxes(window, "confirmDeleteHoldingBackups")
    assert "Poistetaanko 2 varmuuskopiota" in confirm.text()
    find(confirm, QPushButton, "deleteHoldingBackupsYes").click()
    [done] = boxes(window, "holdingBackupsDeleted")
    # the fresh backup taken before deleting already swept the dead writer's partial copy
    assert done.text().startswith(("1 varmuuskopio,", "2 varmuuskopiota"))
    assert not old.exists() and not partial.exists()
    assert window.services.privacy.backups_holding(person, "Katja Lehtinen") == []
    assert [p for p in old.parent.iterdir() if p.name.startswith("kevat.")] != []
