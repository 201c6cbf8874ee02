"""Switching the language with a programme open: every later edit still works on every screen,
and the undo history speaks the new language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from jalostamo.models import Board, Indicator
from jalostamo.ui.card_editor import CardEditor
from jalostamo.ui.setup_workshops import WorkshopsEditor

from .conftest import dialogs, find, type_text


def edit_everywhere(window, qtbot, round_: int) -> None:
    """One edit on the setup, agenda, card, board and indicator screens."""
    services = window.services
    window.show_page("setup")
    workshops = window.current_page().findChild(WorkshopsEditor)
    workshops.title.setText(f"Tutki {round_}")
    workshops.title.editingFinished.emit()
    assert services.programme.workshops()[0].title == f"Tutki {round_}"

    window.show_page("agenda")
    agenda = window.current_page()
    agenda.minutes.setValue(10 + round_)
    agenda.minutes.editingFinished.emit()

    turku = services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    card = window.current_page().findChild(CardEditor)
    title = find(card, QLineEdit, "card-title")
    title.selectAll()
    type_text(title, f"Perhekahvila {round_}")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert services.teams.card(turku).title == f"Perhekahvila {round_}"

    page = window.current_page()
    page.show_tab("board")
    create = page.tab("board").findChild(QPushButton, "createBoard")
    if create is not None:
        create.click()
    assert len(services.entities.list(Board, team_id=turku)) == 1

    page.show_tab("indicators")
    before = len(services.entities.list(Indicator, team_id=turku))
    _indicators(page).add_custom()
    assert len(services.entities.list(Indicator, team_id=turku)) == before + 1
    window.show_page("overview")
    qtbot.waitUntil(lambda: not window.current_page()._refresh_timer.isActive())
    assert not dialogs("unexpectedErrorDialog")


def _indicators(page):
    from jalostamo.ui.monitoring.indicators import IndicatorsTab

    return page.tab("indicators").findChild(IndicatorsTab)


def test_edits_after_switching_languages_twice_work_on_every_screen(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("overview")
    window.show_page("guide")
    edit_everywhere(window, qtbot, 1)
    assert window.undo_action.text().startswith("&Kumoa")
    window.switch_language("sv")
    assert window.undo_action.text().startswith("&Ångra")
    edit_everywhere(window, qtbot, 2)
    window.switch_language("en")
    edit_everywhere(window, qtbot, 3)
    window.switch_language("fi")
    edit_everywhere(window, qtbot, 4)
    assert window.services.teams.card(window.services.teams.find("Turku").id).title \
        == "Perhekahvila 4"


def test_the_undo_history_is_said_again_in_the_new_language(window, qtbot, sample_file):
    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    card = window.current_page().findChild(CardEditor)
    title = find(card, QLineEdit, "card-title")
    type_text(title, "Perhekahvila")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    finnish = window.undo_action.text()
    assert finnish.startswith("&Kumoa") and "Otsikko" in finnish
    window.switch_language("sv")
    swedish = window.undo_action.text()
    assert swedish == "&Ångra Redigera \u201dRubrik\u201d"
    window.switch_language("en")
    assert window.undo_action.text() == "&Undo Edit \u201cTitle\u201d"
    window.switch_language("fi")
    assert window.undo_action.text() == finnish
    window.undo_action.trigger()
    assert window.services.teams.card(turku).title == ""
