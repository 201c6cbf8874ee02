"""Issue 16, end to end: the spring 2019 programme built from nothing through the desk — a new
programme, themes, a facilitator, four workshops with dates typed as Finns type them, the teams
as they really were (Oulu in two themes, Tampere University as a team of its own, Espoo and
Vantaa on one shared experiment) with members, experts from THL, STM and OKM invited on the
People screen, an agenda from method cards copied to the next workshop, the run mode's timer
past zero, attendance, a dot vote on a team's board, the workshop report and the printable
agenda — with no unexpected-error dialog, every value read back from the file."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from jalostamo.ui.agenda_page import AgendaPage
from jalostamo.ui.dialogs import NewProgrammeDialog
from jalostamo.ui.reports.export_dialog import ExportDialog
from jalostamo.ui.settings_dialog import SettingsDialog
from jalostamo.ui.setup_page import SetupPage
from jalostamo.ui.setup_teams import TeamsEditor
from jalostamo.ui.setup_workshops import WorkshopsEditor
from tests.reports.pdftext import plain_text
from tests.ui.desk.conftest import dialogs, find, type_text
from tests.ui.desk.test_agenda_and_timer import FakeClock
from tests.ui.facilitator.test_dot_vote_results import vote
from tests.ui.facilitator.test_people_screen import open_people

THEMES = ("Lapsiperheet", "Nuoret aikuiset", "Osallisuus ja demokratia")
DAYS = (("13.3.2019", date(2019, 3, 13)), ("4.4.2019", date(2019, 4, 4)),
        ("24.4.2019", date(2019, 4, 24)), ("15.5.2019", date(2019, 5, 15)))
#: (cities typed, team name, theme, a member): as the teams of spring 2019 were
TEAMS = (("Turku", "", 0, "Tuula Turkulainen"), ("Tampere", "", 0, "Tiina Tamminen"),
         ("Oulu", "", 1, "Olli Oululainen"), ("Oulu", "Lapsiperheet", 0, "Outi Oulunsalo"),
         ("Espoo, Vantaa", "", 2, "Eeva Espoolainen"),
         ("Jyväskylä", "", 1, "Jussi Jyväskyläläinen"),
         ("Tampere", "Tampereen yliopisto", 2, "Ulla Yliopistolainen"))
EXPERTS = (("Kaisa Virta", "Erityisasiantuntija", "THL", "Osallisuuden indikaattorit"),
           ("Sami Salo", "Neuvotteleva virkamies", "STM", "Sosiaalinen kestävyys"),
           ("Outi Opas", "Opetusneuvos", "OKM", "Nuorisotyö"))


def rows(path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def commit_line(edit: QLineEdit, text: str) -> None:
    """Replace what the field shows (a new workshop starts at the programme's venue)."""
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    edit.editingFinished.emit()


def switch_language(window, lang: str) -> None:
    window.actions_by_id["edit.settings"].trigger()
    dialog = window.findChild(SettingsDialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(lang))
    dialog.accept()


def test_the_spring_2019_programme_from_scratch(window, qtbot, tmp_path):
    # --- a new programme ------------------------------------------------------------------
    find(window, QPushButton, "newProgramme").click()
    dialog = window.findChild(NewProgrammeDialog)
    type_text(find(dialog, QLineEdit, "programmeName"), "Sosiaalisesti kestävät kaupungit")
    type_text(find(dialog, QLineEdit, "programmeOrganiser"), "Kuntaliitto")
    path_edit = find(dialog, QLineEdit, "programmeFile")
    path_edit.clear()
    qtbot.keyClicks(path_edit, str(tmp_path / "kevat2019"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    path = tmp_path / "kevat2019.jalostamo"
    setup = window.current_page()
    assert isinstance(setup, SetupPage)

    form = setup.programme
    form.venue.setFocus()
    commit_line(form.venue, "Kuntatalo, Helsinki")
    for theme in THEMES:
        type_text(form.new_theme, theme)
        form.add_theme()
    type_text(form.new_facilitator, "Maija Muotoilija")
    form.add_facilitator()

    # --- four workshops, dates typed ------------------------------------------------------
    setup.tabs.setCurrentIndex(1)
    workshops = setup.findChild(WorkshopsEditor)
    for n, (typed, _day) in enumerate(DAYS):
        find(workshops, QPushButton, "addWorkshop").click()
        workshops.list.setCurrentRow(n)
        workshops.held_on.selectAll()
        type_text(workshops.held_on, typed)
        qtbot.keyClick(workshops.held_on, Qt.Key.Key_Return)
        workshops.venue.setFocus()
        commit_line(workshops.venue, "Kuntatalo")
    assert workshops.held_on.text() == "15.5.2019"

    # --- the city teams, their themes and a member each -----------------------------------
    setup.tabs.setCurrentIndex(2)
    teams = setup.findChild(TeamsEditor)
    for row, (cities, name, theme, member) in enumerate(TEAMS):
        type_text(teams.new_city, cities)
        if name:
            type_text(teams.new_name, name)
        find(teams, QPushButton, "addTeam").click()
        teams.list.setCurrentRow(row)
        teams.themes.item(theme).setCheckState(Qt.CheckState.Checked)
        type_text(teams.new_member, member)
        teams.add_member()
    assert [teams.list.item(r).text() for r in range(teams.list.count())] == [
        "Turku", "Tampere", "Oulu", "Oulu: Lapsiperheet", "Espoo, Vantaa", "Jyväskylä",
        "Tampereen yliopisto"]

    # --- experts invited to the programme on the People screen ----------------------------
    people = open_people(window)
    for name, title, organisation, expertise in EXPERTS:
        for field, text in (("name", name), ("title", title), ("organisation", organisation),
                            ("expertise", expertise)):
            type_text(find(people, QLineEdit, f"newExpert-{field}"), text)
        find(people, QPushButton, "addExpert").click()
    assert window.undo_action.text() == "&Kumoa Kutsu asiantuntija Outi Opas"

    # --- the agenda of workshop 1 from method cards, then copied to workshop 2 ------------
    window.show_page("agenda")
    agenda = window.current_page()
    assert isinstance(agenda, AgendaPage)
    assert agenda.workshop.currentText().startswith("Työpaja 1: Tutki 13.03.2019")
    for title, key in (("Aloitus ja tavoitteet", ""), ("Ilmiö Legoilla", "lego_serious_play"),
                       ("", "break"), ("Empatiakartta", "empathy_map")):
        if key == "break":
            find(agenda, QPushButton, "addBreak").click()
            continue
        find(agenda, QPushButton, "addActivity").click()
        agenda.title.selectAll()
        commit_line(agenda.title, title)
        if key:
            index = agenda.method.findData(key)
            agenda.method.setCurrentIndex(index)
            agenda.method.activated.emit(index)
    assert agenda.summary.text() == "4 ohjelmanumeroa, 115 min, päättyy klo 10:55"
    workshop_ids = [w.id for w in window.services.programme.workshops()]
    agenda.workshop.setCurrentIndex(agenda.workshop.findData(workshop_ids[1]))
    agenda.copy_agenda_from(workshop_ids[0])
    assert agenda.list.count() == 4
    agenda.workshop.setCurrentIndex(agenda.workshop.findData(workshop_ids[0]))

    # --- run mode: the timer goes past zero -----------------------------------------------
    find(agenda, QPushButton, "runWorkshop").click()
    panel = agenda.run_panel
    assert "Aloitus ja tavoitteet" in panel.display.title.text()
    clock = FakeClock()
    panel.timer.clock = clock
    panel.next_button.click()
    assert panel.display.clock.text() == "45:00"
    panel.start_button.click()
    clock.advance(45 * 60 * 1000 + 5000)
    with qtbot.waitSignal(panel.timer.expired):
        pass
    assert panel.display.status.text() == "Aika on loppu"
    panel.timer.pause()
    panel.back_button.click()

    # --- the language switched twice, then edits again on the rebuilt screens -------------
    switch_language(window, "sv")
    agenda = window.current_page()
    assert agenda.run_button.text() == "&Led workshoppen"
    agenda.list.setCurrentRow(0)
    find(agenda, QPushButton, "saveOwnMethod").click()  # an own card, made in Swedish
    assert window.undo_action.text() == "&Ångra Spara som mitt metodkort"
    switch_language(window, "fi")
    agenda = window.current_page()
    assert window.undo_action.text() == "&Kumoa Tallenna omaksi menetelmäkortiksi"
    assert agenda.method.currentText() == "Aloitus ja tavoitteet (oma)"

    # --- attendance -----------------------------------------------------------------------
    find(agenda, QPushButton, "attendanceButton").click()
    attendance = agenda.attendance_dialog.panel
    for name in ("Maija Muotoilija", "Tuula Turkulainen", "Olli Oululainen"):
        attendance.person_item(name).setCheckState(Qt.CheckState.Checked)
    assert attendance.summary.text() == "Läsnä 3/11"  # the facilitator, 7 members, 3 experts
    agenda.attendance_dialog.close()

    # --- a dot vote on Turku's board ------------------------------------------------------
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}:board")
    team_page = window.current_page()
    find(team_page.tab("board"), QPushButton, "createBoard").click()
    editor = team_page.tab("board")
    for text in ("Perhekahvila", "Kirjastoauto", "Nuorisotalo"):
        editor.add_note(text)
    vote(editor, 3, "Parhaat ideat", {"Turku": ["Kirjastoauto", "Kirjastoauto", "Perhekahvila"]})
    assert editor.side.result_lines()[0] == "1. Kirjastoauto — 2 ●"

    # --- the workshop report --------------------------------------------------------------
    window.export_report()
    export = window.findChild(ExportDialog)
    export.set_kind("workshop")
    export.set_workshop(1)
    out = tmp_path / "tyopaja1.pdf"
    export.path.setText(str(out))
    job = export.export()  # written on a worker
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None and export.result_path == out
    export.preview.close()
    export.close()

    # --- the printable agenda of workshop 2 (the copied one), before the day ---------------
    window.export_report()
    export = window.findChild(ExportDialog)
    export.set_kind("agenda")
    export.set_workshop(2)
    agenda_pdf = tmp_path / "esityslista2.pdf"
    export.path.setText(str(agenda_pdf))
    job = export.export()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is None and export.result_path == agenda_pdf
    export.preview.close()
    export.close()

    # --- nothing went wrong, and the file holds it all ------------------------------------
    assert dialogs("crashDialog") == [] and dialogs("userErrorDialog") == []
    assert rows(path, "SELECT name, organiser, venue FROM programmes") == [
        ("Sosiaalisesti kestävät kaupungit", "Kuntaliitto", "Kuntatalo, Helsinki")]
    assert [r[0] for r in rows(path, "SELECT name FROM themes ORDER BY position")] == list(THEMES)
    assert rows(path, "SELECT number, held_on, venue FROM workshops ORDER BY number") == [
        (n, day.isoformat(), "Kuntatalo") for n, (_t, day) in enumerate(DAYS, start=1)]
    assert sorted(rows(path, "SELECT city, name FROM teams")) == sorted(
        (cities.split(", ")[0], name) for cities, name, _t, _m in TEAMS)
    assert rows(path, "SELECT t.city, c.city FROM team_cities c JOIN teams t ON t.id = c.team_id "
                      "WHERE c.deleted_at IS NULL") == [("Espoo", "Vantaa")]
    assert sorted(rows(path, "SELECT p.name, p.title, p.organisation, x.expertise "
                             "FROM programme_experts x JOIN people p ON p.id = x.person_id "
                             "WHERE x.deleted_at IS NULL")) == sorted(EXPERTS)
    assert rows(path, "SELECT count(*) FROM team_themes WHERE deleted_at IS NULL") == [(7,)]
    agenda_sql = ("SELECT a.title, a.method_key, a.minutes FROM agenda_items a JOIN workshops w "
                  "ON w.id = a.workshop_id WHERE w.number = ? AND a.deleted_at IS NULL "
                  "ORDER BY a.position")
    assert rows(path, agenda_sql, 1)[0] == ("Aloitus ja tavoitteet", "own:Aloitus ja tavoitteet",
                                            15)
    expected = [("Aloitus ja tavoitteet", "", 15), ("Ilmiö Legoilla", "lego_serious_play", 45),
                ("Tauko", "", 15), ("Empatiakartta", "empathy_map", 40)]
    assert rows(path, agenda_sql, 1)[1:] == expected[1:]
    assert rows(path, agenda_sql, 2) == expected
    assert sorted(r[0] for r in rows(
        path, "SELECT p.name FROM attendance a JOIN people p ON p.id = a.person_id "
              "WHERE a.present = 1")) == ["Maija Muotoilija", "Olli Oululainen",
                                          "Tuula Turkulainen"]
    assert rows(path, "SELECT count(*) FROM dots WHERE deleted_at IS NULL") == [(3,)]

    text = plain_text(out)
    for part in ("Työpaja 1", "13.3.2019", "Kuntatalo", "09:00–09:15 Aloitus ja tavoitteet",
                 "09:15–10:00 Ilmiö Legoilla", "LEGO® Serious Play® -tyylinen rakentelu",
                 "10:15–10:55 Empatiakartta", "Fasilitaattorit: Maija Muotoilija",
                 "Turku: Tuula Turkulainen", "Oulu: Olli Oululainen", "Läsnä yhteensä: 3.",
                 "Tampereen yliopisto", "Jyväskylä"):
        assert part in text, part
    agenda_text = plain_text(agenda_pdf)
    for part in ("Esityslista · Työpaja 2", "4.4.2019", "Kuntatalo",
                 "09:00–09:15", "Aloitus ja tavoitteet", "09:15–10:00", "Ilmiö Legoilla",
                 "LEGO® Serious Play® -tyylinen rakentelu", "10:15–10:55", "Empatiakartta",
                 "Yhteensä 115 min, klo 09:00–10:55."):
        assert part in agenda_text, part
