"""The tests page: sessions with consent, learning cards, each edit one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from jalostamo.models import Decision
from tests.ui.testing.conftest import PageSetup, type_text


def test_consent_edits_show_warnings_and_undo(setup: PageSetup, qtbot: QtBot) -> None:
    form = setup.page.form
    assert form.lines["segment"].text() == "alle kouluikäisten lasten vanhemmat Pansiossa"
    assert form.warnings.text() == ""
    form.checks["has_minors"].setChecked(True)
    assert setup.svc.testing.session(setup.session).has_minors
    assert "huoltajan" in form.warnings.text()
    assert form.checks["consent_guardian"].isEnabled()
    setup.stack.undo()
    assert not setup.svc.testing.session(setup.session).has_minors
    assert not form.checks["has_minors"].isChecked()
    assert form.warnings.text() == ""


def test_new_session_from_the_page(setup: PageSetup, qtbot: QtBot) -> None:
    page = setup.page
    qtbot.mouseClick(page.findChild(QPushButton, "addSession"), Qt.MouseButton.LeftButton)
    assert page.sessions.count() == 2
    new_id = page.current_session_id()
    assert new_id != setup.session
    segment = page.form.lines["segment"]
    type_text(segment, "nuoret aikuiset Oulun kirjastossa")
    qtbot.keyClick(segment, Qt.Key.Key_Return)
    assert setup.svc.testing.session(new_id or "").segment == "nuoret aikuiset Oulun kirjastossa"
    setup.stack.undo()
    setup.stack.undo()
    assert page.sessions.count() == 1


def test_learning_card_is_prefilled_with_the_hypothesis(setup: PageSetup, qtbot: QtBot) -> None:
    setup.svc.teams.update_card(setup.team, hypothesis="Uskomme, että iltavastaanotto auttaa")
    cards = setup.page.cards
    setup.page.tabs.setCurrentWidget(cards)
    cards.add_card()
    [card] = setup.svc.testing.learning_cards(setup.team)
    assert card.hypothesis == "Uskomme, että iltavastaanotto auttaa"
    observed = cards.texts["observed"]
    observed.setFocus()
    type_text(observed, "Kuusi kuudesta toivoi iltaa")
    cards.decision.setFocus()  # leaving the field commits it
    assert setup.svc.testing.learning_cards(setup.team)[0].observed == "Kuusi kuudesta toivoi iltaa"
    cards.decision.setCurrentIndex(cards.decision.findData(Decision.SCALE_UP.value))
    cards.decision.activated.emit(cards.decision.currentIndex())
    assert setup.svc.testing.learning_cards(setup.team)[0].decision == Decision.SCALE_UP
    # the decision is named by the domain catalogue, in the language in use (Finnish here)
    assert cards.cards.item(0).text().endswith("→ Skaalaa")
    setup.stack.undo()
    assert setup.svc.testing.learning_cards(setup.team)[0].decision is None
