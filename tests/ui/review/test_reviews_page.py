"""Peer review in the UI: a round, the assignment with undo and hand adjustment, the review
form, the status board, the summary, the projector view and the printed assignment."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from jalostamo.ui.review.projector import ProjectorView, print_assignment_pdf
from tests.ui.desk.conftest import cell, header
from tests.ui.review.conftest import ReviewSetup
from tests.ui.testing.conftest import type_text


def _new_round_with_assignment(setup: ReviewSetup, qtbot: QtBot) -> str:
    page = setup.page
    qtbot.mouseClick(page.findChild(QPushButton, "addRound"), Qt.MouseButton.LeftButton)
    round_id = page.current_round_id()
    assert round_id is not None
    qtbot.mouseClick(page.setup.findChild(QPushButton, "assignButton"), Qt.MouseButton.LeftButton)
    return round_id


def test_new_round_assigns_every_team_two_others_with_undo(setup: ReviewSetup,
                                                           qtbot: QtBot) -> None:
    round_id = _new_round_with_assignment(setup, qtbot)
    table = setup.page.setup.table
    assert table.rowCount() == 12
    pairs = setup.svc.reviews.pairs(round_id)
    assert set(Counter(b for _, b in pairs).values()) == {2}
    assert "⚠" not in setup.page.setup.balance.text()
    assert len(setup.svc.reviews.criteria()) == 6  # the defaults came with the first round
    setup.stack.undo()
    assert table.rowCount() == 0 and setup.svc.reviews.pairs(round_id) == []
    setup.stack.redo()
    assert sorted(setup.svc.reviews.pairs(round_id)) == sorted(pairs)


def test_hand_adjustment_in_the_table_and_its_warning(setup: ReviewSetup, qtbot: QtBot) -> None:
    round_id = _new_round_with_assignment(setup, qtbot)
    table = setup.page.setup.table
    combo = table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    reviewer = setup.svc.reviews.assignments(round_id)[0].reviewer_team_id
    taken = {b for a, b in setup.svc.reviews.pairs(round_id) if a == reviewer}
    free = next(i for i in range(combo.count()) if combo.itemData(i) not in taken)
    chosen = combo.itemData(free)
    combo.setCurrentIndex(free)
    combo.activated.emit(free)
    assert (reviewer, chosen) in setup.svc.reviews.pairs(round_id)
    assert "⚠" in setup.page.setup.balance.text()
    # the table is drawn again in its order (the changed row may move): one row is marked
    marked = [r for r in range(table.rowCount()) if cell(table, r, 0).endswith("✎")]
    assert len(marked) == 1
    changed = table.cellWidget(marked[0], 1)
    assert isinstance(changed, QComboBox) and changed.currentData() == chosen
    setup.stack.undo()
    assert "⚠" not in setup.page.setup.balance.text()


def test_review_form_status_board_and_summary(setup: ReviewSetup, qtbot: QtBot) -> None:
    round_id = _new_round_with_assignment(setup, qtbot)
    page, svc = setup.page, setup.svc
    form = page.form
    page.tabs.setCurrentWidget(form)
    assert form.reviewee.count() == 2
    reviewee_name = form.reviewee.currentText()
    qtbot.mouseClick(form.start, Qt.MouseButton.LeftButton)
    type_text(form.question, "Onko kokeilu riittävän rajattu?")
    qtbot.keyClick(form.question, Qt.Key.Key_Return)
    for column, text in (("like", "Selkeä kohderyhmä"), ("wish", "Toivoisin mittarin"),
                         ("what_if", "Entä jos kirjasto olisi mukana?")):
        entry = form.column_boxes[column].entry
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert form.column_boxes["wish"].notes.item(0).text() == "Toivoisin mittarin"
    qtbot.mouseClick(form.findChild(QPushButton, "score_concrete_3"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.findChild(QPushButton, "score_new_4"), Qt.MouseButton.LeftButton)
    review = form.current_review()
    assert review is not None
    scores = svc.reviews.scores(review.id)
    assert sorted(scores.values()) == [3, 4]
    setup.stack.undo()  # the last score
    assert sorted(svc.reviews.scores(review.id).values()) == [3]
    setup.stack.redo()
    assert sorted(svc.reviews.scores(review.id).values()) == [3, 4]
    qtbot.mouseClick(form.findChild(QPushButton, "score_concrete_3"), Qt.MouseButton.LeftButton)
    assert sorted(svc.reviews.scores(review.id).values()) == [4]  # the chosen score again clears it
    setup.stack.undo()
    assert sorted(svc.reviews.scores(review.id).values()) == [3, 4]

    status = page.status
    row = 0  # Turku, the page's team, is the first team
    col = next(i for i in range(status.table.columnCount())
               if header(status.table, i) == reviewee_name)
    assert status.state_at(row, col) == "draft"
    form.submitted.setChecked(True)
    assert status.state_at(row, col) == "submitted"
    assert status.summary.text().startswith("1 of 12")

    reviewee_id = next(a.reviewee_team_id for a in svc.reviews.assignments(round_id)
                       if a.id == review.assignment_id)
    other_page_summary = svc.reviews.team_summary(reviewee_id)
    assert other_page_summary.reviews[0].notes["like"] == ["Selkeä kohderyhmä"]
    assert other_page_summary.reviews[0].reviewer == "Turku"


def test_anonymous_round_hides_the_reviewer_in_the_summary(setup: ReviewSetup,
                                                           qtbot: QtBot) -> None:
    round_id = _new_round_with_assignment(setup, qtbot)
    page, svc = setup.page, setup.svc
    page.setup.anonymous.setChecked(True)
    assert svc.reviews.round(round_id).anonymous
    # a review written *for* this page's team (Turku) by another team
    assignment = next(a for a in svc.reviews.assignments(round_id)
                      if a.reviewee_team_id == setup.teams[0])
    review = svc.reviews.start_review(assignment.id)
    svc.reviews.add_note(review, "like", "Hieno idea")
    svc.reviews.set_score(review, svc.reviews.criteria()[0].id, 4)
    text = page.summary.text.toPlainText()
    reviewer = svc.teams.get(assignment.reviewer_team_id or "").display_name
    assert "Nimetön arvioija" in text and "Hieno idea" in text
    assert reviewer not in text
    assert page.summary.chart.series[0][1][0] == 4.0


def test_projector_view_and_printed_assignment(setup: ReviewSetup, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    round_id = _new_round_with_assignment(setup, qtbot)
    view = ProjectorView(setup.svc, round_id)
    qtbot.addWidget(view)
    view.show()
    assert "Jyväskylä" in view.view.toPlainText()
    assert view.view.font().pointSize() >= 24
    pdf = print_assignment_pdf(setup.svc, round_id, tmp_path / "jako.pdf")
    text = PdfReader(str(pdf)).pages[0].extract_text()
    for city in ("Turku", "Tampere", "Oulu", "Espoo", "Vantaa"):
        assert city in text
    assert "Pidän" in text  # the protocol's name, in Finnish


def test_tuning_protocol_changes_the_form_columns_and_shows_its_steps(setup: ReviewSetup,
                                                                      qtbot: QtBot) -> None:
    round_id = _new_round_with_assignment(setup, qtbot)
    round_setup = setup.page.setup
    index = round_setup.protocol.findData("tuning")
    round_setup.protocol.setCurrentIndex(index)
    round_setup.protocol.activated.emit(index)
    assert setup.svc.reviews.columns(round_id) == ("warm", "cool")
    assert list(setup.page.form.column_boxes) == ["warm", "cool"]
    assert setup.page.form.column_boxes["warm"].title() == "Lämmin palaute"
    assert "Tarkentavat kysymykset 5 min" in round_setup.steps.text()
    setup.stack.undo()
    assert list(setup.page.form.column_boxes) == ["like", "wish", "what_if"]
