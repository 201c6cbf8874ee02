"""Issue 16: copying an agenda from another workshop and printing the agenda, from the agenda
screen."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QPushButton

from jalostamo.services import Services
from jalostamo.ui.agenda_page import AgendaPage
from tests.reports.pdftext import plain_text
from tests.ui.desk.conftest import find


def open_agenda(window, path) -> AgendaPage:
    window.open_file(path)
    window.show_page("agenda")
    page = window.current_page()
    assert isinstance(page, AgendaPage)
    return page


def stored_titles(path, number: int) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT a.title FROM agenda_items a JOIN workshops w ON w.id = a.workshop_id "
            "WHERE w.number = ? AND a.deleted_at IS NULL ORDER BY a.position", (number,))]


def test_copy_an_agenda_from_another_workshop_is_one_undo_step(window, sample_file):
    with Services.open(sample_file) as svc:
        second = svc.programme.add_workshop(starts_at="10:00")
        third = svc.programme.add_workshop(starts_at="09:00")
    page = open_agenda(window, sample_file)
    page.workshop.setCurrentIndex(page.workshop.findData(second))
    button = find(page, QPushButton, "copyAgenda")
    assert button.text() == "Kopioi esityslista työpajasta…"
    assert button.menu() is page.copy_menu
    assert not find(page, QPushButton, "printAgenda").isEnabled()  # nothing to print yet

    page.copy_menu.aboutToShow.emit()
    labels = [a.text() for a in page.copy_menu.actions()]
    assert len(labels) == 1 and labels[0].startswith("Työpaja 1")  # not itself, not the empty one
    assert labels[0].endswith("(3 ohjelmanumeroa)")
    assert third not in [w for w, _ in page.copy_sources()]
    page.copy_menu.actions()[0].trigger()

    assert stored_titles(sample_file, 2) == ["Avaus", "Sidosryhmäkartta", "Purku"]
    assert page.list.count() == 3
    assert page.list.item(0).text().startswith("10:00–10:10   Avaus")
    assert page.summary.text() == "3 ohjelmanumeroa, 75 min, päättyy klo 11:15"
    assert window.undo_action.text() == "&Kumoa Kopioi esityslista"
    assert stored_titles(sample_file, 1) == ["Avaus", "Sidosryhmäkartta", "Purku"]

    window.undo_action.trigger()  # one step takes every copied activity away
    assert stored_titles(sample_file, 2) == []
    assert page.list.count() == 0
    window.redo_action.trigger()
    assert stored_titles(sample_file, 2) == ["Avaus", "Sidosryhmäkartta", "Purku"]


def test_an_empty_workshop_has_nothing_to_offer(window, sample_file):
    with Services.open(sample_file) as svc:
        svc.programme.add_workshop(starts_at="10:00")
    page = open_agenda(window, sample_file)  # on workshop 1; workshop 2 is empty
    page.copy_menu.aboutToShow.emit()
    [only] = page.copy_menu.actions()
    assert only.text() == "Muilla työpajoilla ei ole vielä esityslistaa"
    assert not only.isEnabled()


def test_print_the_agenda_from_the_agenda_screen(window, sample_file, tmp_path, qtbot):
    page = open_agenda(window, sample_file)
    find(page, QPushButton, "printAgenda").click()
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.currentText() == "Tulostettava esityslista"
    assert dialog.workshop.isEnabled() and dialog.workshop.currentData() == 1
    assert dialog.path.text().endswith("kevat-esityslista-1-fi.pdf")
    out = tmp_path / "esityslista.pdf"
    dialog.path.setText(str(out))
    job = dialog.export()  # written on a worker
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None and dialog.result_path == out
    text = plain_text(out)
    for line in ("Esityslista · Työpaja 1", "09:00–09:10 Avaus", "09:10–09:55 Sidosryhmäkartta",
                 "09:55–10:15 Purku"):
        assert line in text
    dialog.preview.close()
    dialog.close()


def test_an_own_method_card_is_saved_and_reused_in_another_workshop(window, sample_file):
    with Services.open(sample_file) as svc:
        second = svc.programme.add_workshop(starts_at="09:00")
        svc.programme.add_agenda_item(second, "Aamun avaus", 15)
    page = open_agenda(window, sample_file)
    page.list.setCurrentRow(1)  # Sidosryhmäkartta, 45 min
    page.instructions.setPlainText("1. Piirtäkää keskelle ilmiö\n2. Lisätkää toimijat")
    save = find(page, QPushButton, "saveOwnMethod")
    assert save.text() == "Tallenna omaksi menetelmäkortiksi"
    save.click()
    assert window.undo_action.text() == "&Kumoa Tallenna omaksi menetelmäkortiksi"
    assert page.method.currentText() == "Sidosryhmäkartta (oma)"
    assert "Sidosryhmäkartta" in page.list.item(1).text().split("\n")[1]

    page.workshop.setCurrentIndex(page.workshop.findData(second))
    page.list.setCurrentRow(0)
    index = page.method.findText("Sidosryhmäkartta (oma)")
    assert index > 0
    page.method.setCurrentIndex(index)
    page.method.activated.emit(index)
    assert (page.minutes.text(), page.instructions.toPlainText()) == (
        "45 min", "1. Piirtäkää keskelle ilmiö\n2. Lisätkää toimijat")
    with sqlite3.connect(sample_file) as conn:
        assert conn.execute(
            "SELECT method_key, minutes FROM agenda_items WHERE workshop_id = ?",
            (second,)).fetchall() == [("own:Sidosryhmäkartta", 45)]
    window.undo_action.trigger()  # choosing the card is one step
    with sqlite3.connect(sample_file) as conn:
        assert conn.execute(
            "SELECT method_key, minutes FROM agenda_items WHERE workshop_id = ?",
            (second,)).fetchall() == [("", 15)]
