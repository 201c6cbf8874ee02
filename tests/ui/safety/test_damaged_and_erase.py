"""A damaged file offers its newest good backup; Erase a person… erases and reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from jalostamo.models import Person
from jalostamo.services import Services
from jalostamo.store.backups import backup_file
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.safety import offer_backup_for_damaged
from jalostamo.ui.safety.erase_dialog import ErasePersonDialog
from tests.ui.desk.conftest import find, type_text
from tests.ui.safety.conftest import control, dialogs


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, len(data) - 4096, 4096):
        data[offset:offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def test_damaged_file_offers_the_backup_and_opens_it(
        safety_window: MainWindow, sample_file: Path) -> None:
    backup_file(sample_file, reason="manual")
    damage(sample_file)
    window = safety_window
    assert offer_backup_for_damaged(window, sample_file)
    [box] = dialogs("damagedOffer")
    assert "on vahingoittunut" in box.text() and "2 tiimiä" in box.text()
    find(box, QPushButton, "restoreDamaged").click()
    assert window.services is not None and window.services.doc.path == sample_file
    assert [t.display_name for t in window.services.teams.list()] == ["Turku", "Oulu"]
    assert any("damaged-" in p.name for p in sample_file.parent.iterdir())


def test_damaged_file_without_backup_gets_a_plain_notice(
        safety_window: MainWindow, sample_file: Path) -> None:
    damage(sample_file)
    assert not offer_backup_for_damaged(safety_window, sample_file)
    [box] = dialogs("damagedNoBackup")
    assert "Ehjää varmuuskopiota ei löytynyt" in box.text()


def test_erase_a_person_needs_the_name_typed_then_erases_and_reports(
        safety_window: MainWindow, sample_file: Path, qtbot: QtBot) -> None:
    with Services.open(sample_file) as svc:
        turku = svc.teams.list()[0].id
        svc.teams.add_member(turku, "Maija Virtanen", organisation="Turun kaupunki")
        svc.teams.update_card(turku, title="Satutuokiot (yhteyshenkilö Maija Virtanen)")
        svc.people.add_expert("Kaisa Virta", organisation="THL", expertise="Osallisuus")
    backup_file(sample_file, reason="manual")  # a backup that still holds her
    window = safety_window
    assert window.open_file(sample_file)
    assert window.services is not None
    window.services.teams.add("Espoo")
    window.undo_stack.push(QUndoCommand("an earlier edit"))
    dialog = control(window).show_erase()
    assert isinstance(dialog, ErasePersonDialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert lines == ["Kaisa Virta — THL — kutsuttu asiantuntija (Osallisuus)",
                     "Maija Virtanen — Turun kaupunki — Turku: Jäsen"]
    dialog.list.setCurrentRow(1)
    assert not dialog.erase_button.isEnabled()
    type_text(dialog.confirm, "Maija")
    assert not dialog.erase_button.isEnabled()  # half the name is not a confirmation
    type_text(dialog.confirm, " Virtanen")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in window.services.entities.list(Person)] == ["Kaisa Virta"]
    title = window.services.teams.card(turku).title
    assert "Maija" not in title and title.startswith("Satutuokiot (yhteyshenkilö Henkilö ")
    assert window.undo_stack.count() == 0  # old values may hold the name
    [report] = dialogs("erasureReport")
    assert "Henkilön tiedot poistettiin" in report.text()
    assert "sisältää vielä henkilön tiedot" in report.text()  # the backup is named
    assert "Kumoamishistoria tyhjennettiin" in report.text()
