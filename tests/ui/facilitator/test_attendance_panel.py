"""Issue 16: attendance per workshop, marked from the agenda screen; each tick one undo step."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from jalostamo.services import Services
from jalostamo.ui.agenda_page import AgendaPage
from tests.ui.desk.conftest import find


def present_in_file(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT p.name FROM attendance a JOIN people p ON p.id = a.person_id "
            "WHERE a.present = 1 AND a.deleted_at IS NULL ORDER BY p.name")]


def test_mark_who_was_present_one_undo_step_each(window, sample_file):
    with Services.open(sample_file) as svc:
        svc.programme.add_facilitator("Fanni Fasilitaattori")
        svc.teams.add_member(svc.teams.find("Turku").id, "Tuula Turkulainen")
        svc.teams.add_member(svc.teams.find("Oulu").id, "Olli Oululainen")
    window.open_file(sample_file)
    window.show_page("agenda")
    page = window.current_page()
    assert isinstance(page, AgendaPage)
    button = find(page, QPushButton, "attendanceButton")
    assert button.text() == "Läsnäolo…"
    button.click()
    dialog = page.attendance_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Läsnäolo"
    panel = dialog.panel
    assert panel.heading.text() == "Ketkä olivat läsnä työpajassa 1?"
    rows = [panel.list.item(i).text().strip() for i in range(panel.list.count())]
    assert rows == ["Fasilitaattorit", "Fanni Fasilitaattori", "Turku", "Tuula Turkulainen",
                    "Oulu", "Olli Oululainen"]
    assert panel.summary.text() == "Läsnä 0/3"

    panel.person_item("Olli Oululainen").setCheckState(Qt.CheckState.Checked)
    panel.person_item("Fanni Fasilitaattori").setCheckState(Qt.CheckState.Checked)
    assert present_in_file(sample_file) == ["Fanni Fasilitaattori", "Olli Oululainen"]
    assert panel.summary.text() == "Läsnä 2/3"
    assert window.undo_action.text() == "&Kumoa Merkitse läsnäolevaksi"

    window.undo_action.trigger()  # one tick at a time
    assert present_in_file(sample_file) == ["Olli Oululainen"]
    assert panel.person_item("Fanni Fasilitaattori").checkState() == Qt.CheckState.Unchecked
    panel.person_item("Olli Oululainen").setCheckState(Qt.CheckState.Unchecked)
    assert present_in_file(sample_file) == []
    assert window.undo_action.text() == "&Kumoa Merkitse poissaolevaksi"
    assert panel.summary.text() == "Läsnä 0/3"

    # choosing another workshop on the agenda screen: the window follows it
    second = window.services.programme.add_workshop(starts_at="09:00")
    page.workshop.setCurrentIndex(page.workshop.findData(second))
    assert panel.heading.text() == "Ketkä olivat läsnä työpajassa 2?"
    panel.person_item("Tuula Turkulainen").setCheckState(Qt.CheckState.Checked)
    with sqlite3.connect(sample_file) as conn:
        assert conn.execute("SELECT count(*) FROM attendance WHERE workshop_id = ? AND present",
                            (second,)).fetchone() == (1,)
    dialog.close()
