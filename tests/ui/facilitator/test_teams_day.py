"""Issue 16: deleting a team and adding members, as a facilitator new to Jalostamo does."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from jalostamo.models import BoardItem, Team, TestSession
from jalostamo.services import Services
from jalostamo.ui.setup_teams import TeamsEditor
from tests.ui.desk.conftest import dialogs, type_text


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_deleting_a_team_asks_first_names_what_goes_and_shows_no_raw_error(
        window, qtbot, sample_file):
    with Services.open(sample_file) as svc:
        turku = svc.teams.find("Turku").id
        board = svc.boards.create_board(turku, "Malli", "stakeholder_map")
        for text in ("Asukkaat", "Kirjasto"):
            svc.boards.add_item(board, "note", text=text)
        svc.entities.create(TestSession, team_id=turku, place="Kirjasto")
    window.open_file(sample_file)
    window.show_page(f"team:{turku}")  # the team's page is open in the background
    window.show_page("setup")
    teams = window.current_page().findChild(TeamsEditor)
    teams.list.setCurrentRow(0)
    teams.delete_team()

    [box] = dialogs("confirmDeleteTeam")
    assert box.text().splitlines() == [
        "Poistetaanko tiimi Turku?", "", "Sen mukana poistuvat:", "• tiimin kokeilukortti",
        "• Kohteita tiimin tauluilla: 2", "• Testauksia kohdeyleisön kanssa: 1", "",
        "Poiston voi kumota (Ctrl+Z)."]
    assert [t.city for t in window.services.teams.list()] == ["Turku", "Oulu"]  # not yet
    [delete] = [b for b in box.buttons() if b.text() == "Poista tiimi"]
    delete.click()
    QApplication.processEvents()

    assert visible_boxes() == []  # no "teams 4ab8… puuttuu tai on poistettu"
    assert [t.city for t in window.services.teams.list()] == ["Oulu"]
    assert window.services.entities.find(Team, turku) is None
    assert window.undo_action.text() == "&Kumoa Poista tiimi Turku"
    window.undo_action.trigger()  # one step brings the team back with everything
    QApplication.processEvents()
    assert visible_boxes() == []
    assert [t.city for t in window.services.teams.list()] == ["Turku", "Oulu"]
    assert window.services.entities.count(BoardItem, board_id=board) == 2
    window.redo_action.trigger()
    QApplication.processEvents()
    assert visible_boxes() == []
    window.close_document()
    with Services.open(sample_file) as svc:
        assert [t.city for t in svc.teams.list()] == ["Oulu"]


def test_cancelling_the_deletion_keeps_the_team(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    teams = window.current_page().findChild(TeamsEditor)
    teams.list.setCurrentRow(1)
    teams.delete_team()
    [box] = dialogs("confirmDeleteTeam")
    assert box.text().startswith("Poistetaanko tiimi Oulu?")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [t.city for t in window.services.teams.list()] == ["Turku", "Oulu"]
    assert window.undo_stack.count() == 0


def test_the_role_of_a_new_member_starts_afresh_for_the_next_one(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("setup")
    teams = window.current_page().findChild(TeamsEditor)
    teams.list.setCurrentRow(0)  # Turku
    type_text(teams.new_member, "Liisa Laine")
    teams.new_role.setCurrentIndex(teams.new_role.findData("lead"))
    teams.add_member()
    assert teams.new_role.currentText() == "Jäsen"
    type_text(teams.new_member, "Pekka Puro")
    teams.add_member()
    turku = window.services.teams.find("Turku").id
    roles = {p.name: m.role.value for m, p in window.services.teams.members(turku)}
    assert roles == {"Liisa Laine": "lead", "Pekka Puro": "member"}
