"""Issue 16: the people screen (everyone with title, organisation, e-mail and roles; experts
invited to the programme), teams of several cities and two teams of one city in the setup, and
both in the programme report, as a facilitator uses them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from jalostamo.reports import build_report
from jalostamo.services import Services
from jalostamo.ui.card_editor import CardEditor
from jalostamo.ui.people_page import PeoplePage
from jalostamo.ui.review.expert_dialog import ExpertDialog
from jalostamo.ui.setup_teams import TeamsEditor, split_cities
from tests.reports.pdftext import plain_text
from tests.ui.desk.conftest import cell, dialogs, find, type_text


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def open_people(window) -> PeoplePage:
    nav = window.navigator.list
    row = next(r for r in range(nav.count()) if nav.item(r).text() == "Ihmiset")
    nav.itemClicked.emit(nav.item(row))
    page = window.current_page()
    assert isinstance(page, PeoplePage)
    return page


def shown_names(page: PeoplePage) -> list[str]:
    return [cell(page.table, r, 0) for r in range(page.table.rowCount())
            if not page.table.isRowHidden(r)]


def test_invite_an_expert_from_thl_edit_and_undo(window, qtbot, sample_file):
    with Services.open(sample_file) as svc:
        svc.programme.add_facilitator("Maija Muotoilija", "vetäjä", title="Palvelumuotoilija",
                                      organisation="Kuntaliitto")
        svc.teams.add_member(svc.teams.find("Oulu").id, "Olli Oululainen", "lead")
    window.open_file(sample_file)
    page = open_people(window)
    assert shown_names(page) == ["Maija Muotoilija", "Olli Oululainen"]
    assert page.table.item(1, 4).text() == "Tiimin jäsen, Oulu (vetäjä)"

    for field, text in (("name", "Kaisa Virta"), ("title", "Erityisasiantuntija"),
                        ("organisation", "THL"), ("email", "kaisa.virta@thl.fi"),
                        ("expertise", "Nuorten osallisuus")):
        type_text(find(page, QLineEdit, f"newExpert-{field}"), text)
    qtbot.mouseClick(find(page, QPushButton, "addExpert"), Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Kumoa Kutsu asiantuntija Kaisa Virta"
    assert rows(sample_file, "SELECT p.name, p.title, p.organisation, p.email, x.expertise "
                             "FROM programme_experts x JOIN people p ON p.id = x.person_id "
                             "WHERE x.deleted_at IS NULL") == [
        ("Kaisa Virta", "Erityisasiantuntija", "THL", "kaisa.virta@thl.fi", "Nuorten osallisuus")]
    assert find(page, QLineEdit, "newExpert-name").text() == ""
    row = shown_names(page).index("Kaisa Virta")
    assert page.table.currentRow() == row
    assert page.table.item(row, 4).text() == "Kutsuttu asiantuntija (Nuorten osallisuus)"

    # the filter: by organisation, and by kind
    type_text(page.filter, "thl")
    assert shown_names(page) == ["Kaisa Virta"]
    assert page.count.text() == "Näytetään 1 / 3"
    page.filter.clear()
    page.kind.setCurrentIndex(page.kind.findData("facilitator"))
    assert shown_names(page) == ["Maija Muotoilija"]
    page.kind.setCurrentIndex(0)

    # an edit in place is one undo step; undo puts the stored value back
    page.table.item(row, 1).setText("Johtava asiantuntija")
    assert window.undo_action.text() == "&Kumoa Muokkaa Kaisa Virta: Tehtävänimike"
    assert rows(sample_file, "SELECT title FROM people WHERE name = 'Kaisa Virta'") == [
        ("Johtava asiantuntija",)]
    window.undo_action.trigger()
    QApplication.processEvents()
    assert rows(sample_file, "SELECT title FROM people WHERE name = 'Kaisa Virta'") == [
        ("Erityisasiantuntija",)]
    assert page.table.item(shown_names(page).index("Kaisa Virta"), 1).text() == \
        "Erityisasiantuntija"

    # a bad e-mail address is refused with a message, the stored one shown again
    row = shown_names(page).index("Kaisa Virta")
    page.table.item(row, 3).setText("kaisa at thl")
    [box] = dialogs("userErrorDialog")
    assert box.text() == ("“kaisa at thl” ei ole sähköpostiosoite "
                          "(esim. etunimi.sukunimi@thl.fi).")
    box.close()
    assert page.table.item(row, 3).text() == "kaisa.virta@thl.fi"

    # removing the expert from the programme keeps the person; undo brings the link back
    page.table.setCurrentCell(row, 0)
    qtbot.mouseClick(page.remove_expert_button, Qt.MouseButton.LeftButton)
    assert rows(sample_file, "SELECT count(*) FROM programme_experts WHERE deleted_at IS NULL"
                ) == [(0,)]
    window.undo_action.trigger()
    assert rows(sample_file, "SELECT count(*) FROM programme_experts WHERE deleted_at IS NULL"
                ) == [(1,)]

    # the review round's expert picker offers the programme's invited experts
    round_id = window.services.reviews.new_round()
    dialog = ExpertDialog(window.services, window.undo_stack, round_id, window)
    qtbot.addWidget(dialog)
    choice = find(dialog, QComboBox, "expertChoice")
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Uusi henkilö", "Kaisa Virta (THL) – Nuorten osallisuus"]
    choice.setCurrentIndex(1)
    choice.activated.emit(1)
    assert (dialog.name.text(), dialog.organisation.text()) == ("Kaisa Virta", "THL")
    dialog.teams.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert rows(sample_file, "SELECT count(*) FROM people WHERE name = 'Kaisa Virta'") == [(1,)]
    assert rows(sample_file, "SELECT p.name FROM review_authors a JOIN people p "
                             "ON p.id = a.person_id") == [("Kaisa Virta",)]


def test_teams_of_one_city_and_of_several_cities_in_setup_and_report(window, qtbot,
                                                                      sample_file, tmp_path):
    assert split_cities("Helsinki, Espoo ja Vantaa") == ["Helsinki", "Espoo", "Vantaa"]
    window.open_file(sample_file)
    window.show_page("setup")
    setup = window.current_page()
    setup.tabs.setCurrentIndex(2)
    teams = setup.findChild(TeamsEditor)

    type_text(teams.new_city, "Helsinki, Espoo, Vantaa")
    qtbot.mouseClick(find(teams, QPushButton, "addTeam"), Qt.MouseButton.LeftButton)
    assert teams.list.currentItem().text() == "Helsinki, Espoo, Vantaa"
    assert teams.city.text() == "Helsinki, Espoo, Vantaa"
    assert window.undo_action.text() == "&Kumoa Lisää tiimi Helsinki, Espoo, Vantaa"

    # a second Oulu team needs a name; with one it is told apart
    type_text(teams.new_city, "Oulu")
    qtbot.mouseClick(find(teams, QPushButton, "addTeam"), Qt.MouseButton.LeftButton)
    [box] = dialogs("userErrorDialog")
    assert "Anna uudelle tiimille nimi" in box.text()
    box.close()
    type_text(teams.new_name, "Nuoret aikuiset")
    qtbot.mouseClick(find(teams, QPushButton, "addTeam"), Qt.MouseButton.LeftButton)
    assert [teams.list.item(r).text() for r in range(teams.list.count())] == [
        "Turku", "Oulu", "Helsinki, Espoo, Vantaa", "Oulu: Nuoret aikuiset"]
    assert teams.shown_as.text() == "Oulu: Nuoret aikuiset"
    nav = window.navigator.list
    assert {nav.item(r).text().strip() for r in range(nav.count())} >= {
        "Helsinki, Espoo, Vantaa", "Oulu: Nuoret aikuiset"}

    # the new Oulu team works in one theme: its card takes it
    teams.themes.item(1).setCheckState(Qt.CheckState.Checked)  # Nuoret aikuiset
    young = rows(sample_file, "SELECT id FROM themes WHERE name = 'Nuoret aikuiset'")[0][0]
    assert rows(sample_file, "SELECT c.theme_id FROM experiment_cards c JOIN teams t "
                             "ON t.id = c.team_id WHERE t.name = 'Nuoret aikuiset'") == [(young,)]

    # the cities of the capital team: one edit, one undo step
    teams.list.setCurrentRow(2)
    teams.city.setText("Helsinki, Espoo, Vantaa, Kauniainen")
    teams.city.editingFinished.emit()
    assert rows(sample_file, "SELECT c.city FROM team_cities c WHERE c.deleted_at IS NULL "
                             "ORDER BY c.position") == [("Espoo",), ("Vantaa",), ("Kauniainen",)]
    window.undo_action.trigger()
    QApplication.processEvents()
    assert rows(sample_file, "SELECT c.city FROM team_cities c WHERE c.deleted_at IS NULL "
                             "ORDER BY c.position") == [("Espoo",), ("Vantaa",)]
    capital = rows(sample_file, "SELECT id FROM teams WHERE city = 'Helsinki'")[0][0]

    # a team without a theme of its own on the card: the card editor shows the team's one
    window.services.teams.add_member(capital, "Hanna Helsinkiläinen", "lead",
                                     title="Kehittämispäällikkö", organisation="Helsingin kaupunki")
    window.services.people.add_expert("Kaisa Virta", title="Erityisasiantuntija",
                                      organisation="THL", expertise="osallisuus")
    window.services.programme.add_facilitator("Maija Muotoilija", title="Palvelumuotoilija",
                                              organisation="Kuntaliitto")
    card = CardEditor(window.services, window.undo_stack, None, capital)
    qtbot.addWidget(card)
    assert card.theme.currentText() == "Ei teemaa"
    window.services.entities.operations.perform(
        lambda: window.services.teams.set_themes(capital, [young]))
    card.load()
    assert card.theme.currentText() == "Nuoret aikuiset"

    out = tmp_path / "ohjelma.pdf"
    build_report(window.services, out, kind="programme", lang="fi")
    text = plain_text(out)
    for part in ("Helsinki, Espoo, Vantaa", "Oulu: Nuoret aikuiset",
                 "Ihmiset Nimi Tehtävä ja organisaatio Rooli",
                 "Maija Muotoilija Palvelumuotoilija, Kuntaliitto fasilitaattori",
                 "Kaisa Virta Erityisasiantuntija, THL kutsuttu asiantuntija (osallisuus)",
                 "Hanna Helsinkiläinen (vetäjä) – Kehittämispäällikkö, Helsingin kaupunki"):
        assert part in text, part
    team_pdf = tmp_path / "tiimi.pdf"
    build_report(window.services, team_pdf, kind="team", team=capital, lang="fi")
    assert ("Jäsenet: Hanna Helsinkiläinen (vetäjä) – Kehittämispäällikkö, Helsingin kaupunki"
            in plain_text(team_pdf))
    hidden = tmp_path / "ohjelma-pseud.pdf"
    build_report(window.services, hidden, kind="programme", lang="fi", pseudonymise=True)
    assert "THL" not in plain_text(hidden) and "Kaisa Virta" not in plain_text(hidden)
