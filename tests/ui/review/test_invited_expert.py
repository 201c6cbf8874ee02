"""An invited expert in the round setup: the invitation dialog (one undo step), the expert's
rows in the assignment under the expert's name, removal, validation, the expert's review form
and the review reaching the team's summary and the report data; no action where nothing may
be written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from jalostamo.models import Person, Review, ReviewAssignment, ReviewAuthor
from jalostamo.reports.data import gather
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.review.expert_dialog import ExpertDialog, ExpertReviewDialog
from jalostamo.ui.review.round_setup import RoundSetup
from tests.ui.review.conftest import ReviewSetup
from tests.ui.testing.conftest import type_text
from tests.ui.testing.i18n_helpers import installed


@pytest.fixture
def finnish(qapp: object, tmp_path: Path) -> Iterator[None]:
    yield from installed("review", "fi", tmp_path)


def _button(parent: QWidget, name: str) -> QPushButton:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _text(table: QTableWidget, row: int) -> str:
    item = table.item(row, 0)
    assert item is not None
    return item.text()


def _assignment_at(table: QTableWidget, row: int) -> str:
    item = table.item(row, 0)
    assert item is not None
    return str(item.data(Qt.ItemDataRole.UserRole))


def _new_round(setup: ReviewSetup, qtbot: QtBot) -> str:
    page = setup.page
    qtbot.mouseClick(_button(page, "addRound"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(page.setup, "assignButton"), Qt.MouseButton.LeftButton)
    round_id = page.current_round_id()
    assert round_id is not None
    return round_id


def _open_dialog(setup: ReviewSetup, qtbot: QtBot) -> ExpertDialog:
    button = _button(setup.page.setup, "inviteExpert")
    assert button.isVisible() and button.isEnabled()
    assert button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = setup.page.setup.expert_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _check_teams(dialog: ExpertDialog, names: list[str]) -> None:
    for row in range(dialog.teams.count()):
        item = dialog.teams.item(row)
        if item.text() in names:
            item.setCheckState(Qt.CheckState.Checked)


def _expert_rows(setup: ReviewSetup, round_id: str) -> list[ReviewAssignment]:
    return [a for a in setup.svc.reviews.assignments(round_id) if a.reviewer_team_id is None]


def _invite(setup: ReviewSetup, qtbot: QtBot, name: str, organisation: str,
            teams: list[str]) -> None:
    dialog = _open_dialog(setup, qtbot)
    type_text(dialog.name, name)
    type_text(dialog.organisation, organisation)
    _check_teams(dialog, teams)
    qtbot.mouseClick(_button(dialog, "expertInvite"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _table_texts(table: QTableWidget) -> list[str]:
    return [_text(table, row) for row in range(table.rowCount())]


def test_invite_for_two_teams_is_one_undo_step(setup: ReviewSetup, qtbot: QtBot) -> None:
    round_id = _new_round(setup, qtbot)
    svc, stack, table = setup.svc, setup.stack, setup.page.setup.table
    team_rows = table.rowCount()
    depth = stack.count()
    _invite(setup, qtbot, "Liisa Mäkelä", "THL", ["Oulu", "Espoo"])
    assert stack.count() == depth + 1
    experts = _expert_rows(setup, round_id)
    assert len(experts) == 2
    by_name = {t.id: t.display_name for t in svc.reviews.teams()}
    assert sorted(by_name[a.reviewee_team_id] for a in experts) == ["Espoo", "Oulu"]
    for a in experts:
        review = svc.reviews.review_for(a.id)
        assert review is not None
        author = svc.reviews.author(review.id)
        assert author is not None
        assert (author.name, author.organisation) == ("Liisa Mäkelä", "THL")
    assert len(svc.entities.list(Person, name="Liisa Mäkelä")) == 1
    # listed with the team rows, under the expert's name
    assert table.rowCount() == team_rows + 2
    assert sum("Liisa Mäkelä (THL)" in text for text in _table_texts(table)) == 2
    assert sum(text.startswith("Invited expert: ") for text in _table_texts(table)) == 2

    stack.undo()
    assert _expert_rows(setup, round_id) == []
    assert svc.entities.list(Person, name="Liisa Mäkelä") == []
    assert svc.entities.list(ReviewAuthor) == []
    assert table.rowCount() == team_rows
    assert not any("Liisa" in text for text in _table_texts(table))

    stack.redo()
    assert sorted(a.id for a in _expert_rows(setup, round_id)) == sorted(a.id for a in experts)
    assert all(svc.reviews.label_for(a) == "Liisa Mäkelä" for a in experts)
    assert sum("Liisa Mäkelä (THL)" in text for text in _table_texts(table)) == 2
    # the projector and its printout name the expert with the teams they review
    from jalostamo.ui.review.projector import assignment_html

    shown = assignment_html(svc, round_id)
    assert "Invited expert: Liisa Mäkelä (THL)" in shown
    assert "Oulu" in shown.split("Liisa Mäkelä (THL)")[1].split("</tr>")[0]


def test_empty_name_or_no_team_is_refused_and_nothing_is_written(
        finnish: None, setup: ReviewSetup, qtbot: QtBot) -> None:
    round_id = _new_round(setup, qtbot)
    svc = setup.svc
    before = (svc.entities.count(ReviewAssignment), svc.entities.count(Person),
              setup.stack.count())
    dialog = _open_dialog(setup, qtbot)
    type_text(dialog.name, "   ")
    _check_teams(dialog, ["Oulu"])
    invite = _button(dialog, "expertInvite")
    qtbot.mouseClick(invite, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Kirjoita asiantuntijan nimi."
    dialog.name.setText("Pekka Ruotsalainen")
    for row in range(dialog.teams.count()):
        dialog.teams.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(invite, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Valitse vähintään yksi tiimi, jota asiantuntija arvioi."
    assert (svc.entities.count(ReviewAssignment), svc.entities.count(Person),
            setup.stack.count()) == before
    assert _expert_rows(setup, round_id) == []
    dialog.reject()  # cancel writes nothing either
    assert svc.entities.count(ReviewAssignment) == before[0]
    # in Finnish the expert's rows read "Kutsuttu asiantuntija: <name>"
    _invite(setup, qtbot, "Pekka Ruotsalainen", "", ["Oulu"])
    assert "Kutsuttu asiantuntija: Pekka Ruotsalainen" in _table_texts(setup.page.setup.table)
    assert _button(setup.page.setup, "inviteExpert").text() \
        == "Kutsu asiantuntija…"


def test_expert_assignment_is_removed_like_the_others(setup: ReviewSetup, qtbot: QtBot) -> None:
    round_id = _new_round(setup, qtbot)
    _invite(setup, qtbot, "Liisa Mäkelä", "", ["Oulu"])
    table = setup.page.setup.table
    row = next(r for r, text in enumerate(_table_texts(table)) if "Liisa Mäkelä" in text)
    table.selectRow(row)
    remove = _button(setup.page.setup, "removeAssignment")
    assert remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert _expert_rows(setup, round_id) == []
    assert not any("Liisa" in text for text in _table_texts(table))
    setup.stack.undo()
    assert len(_expert_rows(setup, round_id)) == 1
    # a team row goes the same way
    pairs = len(setup.svc.reviews.pairs(round_id))
    table.selectRow(next(r for r, text in enumerate(_table_texts(table)) if "Liisa" not in text))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(setup.svc.reviews.pairs(round_id)) == pairs - 1


def test_expert_review_is_written_and_reaches_summary_and_report(setup: ReviewSetup,
                                                                 qtbot: QtBot) -> None:
    round_id = _new_round(setup, qtbot)
    svc, setup_view = setup.svc, setup.page.setup
    _invite(setup, qtbot, "Liisa Mäkelä", "THL", ["Oulu", "Espoo"])
    oulu = next(t.id for t in svc.reviews.teams() if t.city == "Oulu")
    table = setup_view.table
    oulu_rows = {a.id for a in _expert_rows(setup, round_id) if a.reviewee_team_id == oulu}
    row = next(r for r in range(table.rowCount()) if _assignment_at(table, r) in oulu_rows)
    table.selectRow(row)
    write = _button(setup_view, "expertReview")
    assert write.isEnabled()
    qtbot.mouseClick(write, Qt.MouseButton.LeftButton)
    dialog = setup_view.expert_review
    assert isinstance(dialog, ExpertReviewDialog) and dialog.isVisible()
    form = dialog.form
    heading = dialog.findChild(QLabel, "expertReviewHeading")
    assert heading is not None and heading.text() == "Review by Liisa Mäkelä (THL)"
    assert sorted(form.reviewee.itemText(i) for i in range(form.reviewee.count())) \
        == ["Espoo", "Oulu"]
    assert form.reviewee.currentText() == "Oulu"
    assert form.body.isEnabled()  # the review exists from the invitation on
    entry = form.column_boxes["wish"].entry
    type_text(entry, "Mittari hyvinvoinnille")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.mouseClick(_button(form, "score_measurable_2"), Qt.MouseButton.LeftButton)
    form.submitted.setChecked(True)
    review = form.current_review()
    assert review is not None and svc.entities.get(Review, review.id).submitted

    summary = svc.reviews.team_summary(oulu)
    received = [r for r in summary.reviews if r.reviewer == "Liisa Mäkelä"]
    assert len(received) == 1 and received[0].submitted
    assert received[0].notes["wish"] == ["Mittari hyvinvoinnille"]
    data = gather(svc, lang="fi", pseudonymise=False)
    oulu_view = next(v for v in data.teams if v.id == oulu)
    assert [r.reviewer for r in oulu_view.reviews_received] == ["Liisa Mäkelä"]
    assert oulu_view.reviews_received[0].notes == [("wish", "Mittari hyvinvoinnille")]


def _setup_for(services: Services, qtbot: QtBot) -> RoundSetup:
    bridge = ChangeBridge(services)
    view = RoundSetup(services, QUndoStack(), bridge)
    qtbot.addWidget(view)
    view.show()
    return view


def test_no_invitation_in_a_read_only_programme_or_a_team_file(
        services: Services, programme_path: Path, tmp_path: Path, qtbot: QtBot) -> None:
    team = services.teams.add("Turku")
    services.teams.add("Oulu")
    services.reviews.ensure_default_criteria()
    round_id = services.reviews.add_round()
    team_path = services.team_files.make_team_file(team, tmp_path / "turku.jalostamo")
    writable = _setup_for(services, qtbot)
    writable.set_round(round_id)
    assert _button(writable, "inviteExpert").isVisible()
    services.close()
    for path, readonly in ((programme_path, True), (team_path, False)):
        other = Services.open(path, readonly=readonly)
        try:
            view = _setup_for(other, qtbot)
            view.set_round(round_id)
            for name in ("inviteExpert", "removeAssignment", "expertReview"):
                assert not _button(view, name).isVisible()
        finally:
            other.close()


def test_status_board_has_a_row_for_each_expert(setup: ReviewSetup, qtbot: QtBot) -> None:
    round_id = _new_round(setup, qtbot)
    _invite(setup, qtbot, "Liisa Mäkelä", "THL", ["Oulu", "Espoo"])
    status = setup.page.status
    status.set_round(round_id)
    table = status.table
    teams = [t.display_name for t in setup.svc.reviews.teams()]
    labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert labels[:len(teams)] == teams
    assert labels[len(teams):] == ["Invited expert: Liisa Mäkelä (THL)"]
    expert_row = len(teams)
    states = {teams[c]: status.state_at(expert_row, c) for c in range(table.columnCount())}
    assert states["Oulu"] == states["Espoo"] == "draft"  # the invitation starts their reviews
    assert sum(state is not None for state in states.values()) == 2
    assert "Invited expert: Liisa Mäkelä (THL) → Oulu" in status.summary.text()
    setup.stack.undo()
    assert table.rowCount() == len(teams)


def author_of(svc: Services, assignment_id: str) -> Person:
    """The person who writes the review of an assignment."""
    review = svc.reviews.review_for(assignment_id)
    assert review is not None
    author = svc.reviews.author(review.id)
    assert author is not None
    return author


def test_the_same_expert_invited_again_is_one_person(setup: ReviewSetup, qtbot: QtBot) -> None:
    round_id = _new_round(setup, qtbot)
    svc, stack = setup.svc, setup.stack
    _invite(setup, qtbot, "Liisa Mäkelä", "THL", ["Oulu"])
    _invite(setup, qtbot, "liisa mäkelä", "thl", ["Espoo"])
    experts = _expert_rows(setup, round_id)
    assert len(experts) == 2
    people = {author_of(svc, a.id).id for a in experts}
    assert len(people) == 1 and len(svc.entities.list(Person, name="Liisa Mäkelä")) == 1
    stack.undo()  # the second invitation goes; the expert stays with the first one
    assert len(_expert_rows(setup, round_id)) == 1
    assert [p.id for p in svc.entities.list(Person, name="Liisa Mäkelä")] == list(people)
    stack.redo()
    assert len(_expert_rows(setup, round_id)) == 2
