"""Programme setup and the team page, driven through the widgets; undo and redo of each edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from jalostamo.models import ExperimentCard
from jalostamo.ui.card_editor import CardEditor
from jalostamo.ui.fields import CommitTextEdit
from jalostamo.ui.setup_teams import TeamsEditor
from jalostamo.ui.setup_workshops import WorkshopsEditor
from jalostamo.ui.team_page import TeamPage
from tests.ui.desk.conftest import dialogs, find, type_text


def navigator_texts(window) -> list[str]:
    nav = window.navigator.list
    return [nav.item(i).text().strip() for i in range(nav.count())]


def test_add_a_team_then_undo_and_redo(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    page = window.current_page()
    page.tabs.setCurrentIndex(2)
    teams = page.findChild(TeamsEditor)
    type_text(find(teams, QLineEdit, "newTeamCity"), "Jyväskylä")
    qtbot.mouseClick(find(teams, QPushButton, "addTeam"), Qt.MouseButton.LeftButton)

    assert [t.city for t in window.services.teams.list()] == ["Turku", "Oulu", "Jyväskylä"]
    assert "Jyväskylä" in navigator_texts(window)
    assert teams.list.currentItem().text() == "Jyväskylä"
    assert window.undo_action.text() == "&Kumoa Lisää tiimi Jyväskylä"

    window.undo_action.trigger()
    assert [t.city for t in window.services.teams.list()] == ["Turku", "Oulu"]
    assert "Jyväskylä" not in navigator_texts(window)
    window.redo_action.trigger()
    assert [t.city for t in window.services.teams.list()] == ["Turku", "Oulu", "Jyväskylä"]
    assert "Jyväskylä" in navigator_texts(window)


def test_duplicate_team_is_refused_with_a_message_and_nothing_is_written(window, qtbot,
                                                                           sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    teams = window.current_page().findChild(TeamsEditor)
    teams.new_city.setText("Turku")
    teams.add_team()
    [box] = dialogs("userErrorDialog")
    assert box.text() == ("Ohjelmassa on jo tiimi kaupungille Turku. Anna uudelle tiimille "
                          "nimi, joka erottaa ne, esimerkiksi sen teema.")
    assert len(window.services.teams.list()) == 2
    assert window.undo_stack.count() == 0


def test_members_with_roles_and_themes_of_a_team(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    teams = window.current_page().findChild(TeamsEditor)
    teams.list.setCurrentRow(0)  # Turku
    type_text(teams.new_member, "Liisa Laine")
    teams.new_role.setCurrentIndex(0)  # lead
    teams.add_member()
    turku = window.services.teams.find("Turku").id
    [(member, person)] = window.services.teams.members(turku)
    assert (person.name, member.role.value) == ("Liisa Laine", "lead")
    assert teams.members.item(0, 0).text() == "Liisa Laine"
    assert teams.members.cellWidget(0, 1).currentText() == "Vetäjä"
    # tick the second theme as well
    teams.themes.item(1).setCheckState(Qt.CheckState.Checked)
    assert len(window.services.teams.theme_ids(turku)) == 2
    window.undo_action.trigger()
    assert len(window.services.teams.theme_ids(turku)) == 1


def test_bad_start_time_of_a_workshop_gets_a_helpful_message(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    editor = window.current_page().findChild(WorkshopsEditor)
    editor.starts_at.setText("9.30")
    editor.starts_at.editingFinished.emit()
    [box] = dialogs("userErrorDialog")
    assert "TT:MM" in box.text() and "9.30" in box.text()
    assert editor.starts_at.text() == "09:00"  # the stored value is shown again
    editor.starts_at.setText("9:30")
    editor.starts_at.editingFinished.emit()
    [workshop] = window.services.programme.workshops()
    assert workshop.starts_at == "09:30"


def test_fill_the_experiment_card_undo_and_redo(window, qtbot, sample_file):
    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    page = window.current_page()
    assert isinstance(page, TeamPage)
    card = page.findChild(CardEditor)
    assert "rajattu" in card.check.text()
    hypothesis = find(card, CommitTextEdit, "card-hypothesis")
    assert hypothesis.placeholderText() == "Uskomme, että…"
    hypothesis.setFocus()
    type_text(hypothesis, "Uskomme, että perhekahvila vähentää yksinäisyyttä.")
    qtbot.keyClick(hypothesis, Qt.Key.Key_Tab)  # leaving the field commits it
    title = find(card, QLineEdit, "card-title")
    type_text(title, "Perhekahvila")
    qtbot.keyClick(title, Qt.Key.Key_Return)

    def stored() -> ExperimentCard:
        return window.services.teams.card(turku)

    assert stored().hypothesis == "Uskomme, että perhekahvila vähentää yksinäisyyttä."
    assert stored().title == "Perhekahvila"
    assert window.undo_stack.count() == 2

    window.undo_action.trigger()
    assert stored().title == ""
    assert title.text() == ""
    window.undo_action.trigger()
    assert stored().hypothesis == ""
    assert hypothesis.toPlainText() == ""
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert stored().title == "Perhekahvila"
    assert hypothesis.toPlainText().startswith("Uskomme, että perhekahvila")


def test_insights_and_how_might_we_questions(window, qtbot, sample_file):
    window.open_file(sample_file)
    oulu = window.services.teams.find("Oulu").id
    window.show_page(f"team:{oulu}:insights")
    page = window.current_page()
    hmw = page.tab("insights").findChild(QLineEdit, "hmw-new")
    type_text(hmw, "Kuinka voisimme tavoittaa nuoret aikuiset?")
    qtbot.keyClick(hmw, Qt.Key.Key_Return)
    from jalostamo.models import HowMightWe

    rows = window.services.entities.list(HowMightWe, team_id=oulu)
    assert [r.text for r in rows] == ["Kuinka voisimme tavoittaa nuoret aikuiset?"]
    window.undo_action.trigger()
    assert window.services.entities.list(HowMightWe, team_id=oulu) == []


def test_overview_cells_lead_to_what_they_summarise(window, qtbot, sample_file):
    window.open_file(sample_file)
    assert window.current_page().objectName() == "overviewPage"
    table = window.current_page().table
    assert table.item(0, 0).text() == "Turku"
    assert table.item(0, 2).text() == "0/15 kenttää"
    window.current_page().table.cellActivated.emit(1, 2)  # Oulu's card
    page = window.current_page()
    assert isinstance(page, TeamPage)
    assert page.title.text() == "Oulu"
    assert page.tabs.currentIndex() == 0
    window.show_page("overview")
    window.current_page().table.cellActivated.emit(0, 4)  # Turku, workshop 1 tests
    page = window.current_page()
    assert page.title.text() == "Turku"
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Testit"


def test_text_being_typed_is_kept_when_the_programme_is_closed(window, sample_file):
    window.open_file(sample_file)
    oulu = window.services.teams.find("Oulu").id
    window.show_page(f"team:{oulu}")
    card = window.current_page().findChild(CardEditor)
    risks = find(card, CommitTextEdit, "card-risks")
    type_text(risks, "Nuoret eivät löydä paikalle.")  # still in the field, not committed
    window.close_document()
    from jalostamo.services import Services

    with Services.open(sample_file, readonly=True) as svc:
        assert svc.teams.card(oulu).risks == "Nuoret eivät löydä paikalle."


def test_card_end_before_start_is_refused(window, sample_file):
    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    card = window.current_page().findChild(CardEditor)
    card.starts_on.setText("1.9.2019")
    card.starts_on.editingFinished.emit()
    card.ends_on.setText("1.8.2019")
    card.ends_on.editingFinished.emit()
    [box] = dialogs("userErrorDialog")
    assert box.text() == "Loppupäivä 1.8.2019 on ennen alkupäivää 1.9.2019."
    stored = window.services.teams.card(turku)
    assert str(stored.starts_on) == "2019-09-01" and stored.ends_on is None
    assert card.ends_on.text() == ""  # the stored (empty) value is shown again
    card.ends_on.setText("30.11.2019")
    card.ends_on.editingFinished.emit()
    assert str(window.services.teams.card(turku).ends_on) == "2019-11-30"
