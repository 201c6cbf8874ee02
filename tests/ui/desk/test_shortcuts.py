"""No key sequence is ambiguous anywhere: every screen and tab of the main window, the board,
the feedback grid, run mode and the projector are walked, with focus on every widget."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.shortcut_audit import ambiguous, top_level_windows


def screens(window, qtbot):
    """Show every screen and team tab in turn; yields its name."""
    services = window.services
    for key in ("overview", "guide", "setup", "agenda"):
        window.show_page(key)
        yield key
    turku = services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    page = window.current_page()
    page.tab("board").findChild(QPushButton, "createBoard").click()
    for tab in ("card", "insights", "board", "tests", "reviews", "indicators"):
        page.show_tab(tab)
        qtbot.waitUntil(page.tab(tab).isVisible)  # a tab's content is shown by a queued call
        yield f"team/{tab}"
    tests = page.tab("tests")
    page.show_tab("tests")
    tests.tabs.setCurrentWidget(tests.grid)
    qtbot.waitUntil(tests.grid.isVisible)
    yield "team/tests/feedback grid"
    window.show_page("agenda")
    window.current_page().enter_run_mode()
    window.current_page().run_panel.projector_button.setChecked(True)
    yield "run mode and projector"


def test_no_shortcut_is_ambiguous_on_any_screen(window, qtbot, sample_file):
    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.services.testing.add_session(turku)
    problems = {}
    for name in screens(window, qtbot):
        for top in top_level_windows():
            for keys, owners in ambiguous(top).items():
                problems.setdefault(f"{name}: {keys}", owners)
    window.current_page().run_panel.projector_button.setChecked(False)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def _board(window, qtbot):
    from jalostamo.ui.canvas.board_view import BoardEditor

    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    page = window.current_page()
    page.tab("board").findChild(QPushButton, "createBoard").click()
    page.show_tab("board")
    editor = page.tab("board")
    assert isinstance(editor, BoardEditor)
    window.activateWindow()
    editor.view.setFocus()
    qtbot.waitUntil(lambda: editor.view.hasFocus())
    return editor


def test_board_keys_work_inside_the_window(window, qtbot, sample_file):
    from PySide6.QtCore import Qt

    window.open_file(sample_file)
    editor = _board(window, qtbot)
    items = lambda: editor.services.boards.items(editor.board_id)  # noqa: E731
    qtbot.keyClick(editor.view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: len(items()) == 1)
    editor.scene.close_editor()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert items() == []  # Ctrl+Z undid the note (it used to do nothing: ambiguous)
    qtbot.keyClick(editor.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert editor.view.zoom() == 1.0  # actual size, not the programme overview
    assert window.current_page().objectName() != "overviewPage"
    qtbot.keyClick(editor.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert editor.view.is_fitted()  # fit, not the start screen
    # with the focus elsewhere the window's keys are back
    window.navigator.list.setFocus()
    qtbot.waitUntil(lambda: window.navigator.list.hasFocus())
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "overviewPage"


def test_ctrl_z_after_tab_undoes_the_committed_edit(window, qtbot, sample_file):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from jalostamo.ui.card_editor import CardEditor

    from .conftest import find, type_text

    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}")
    window.activateWindow()
    card = window.current_page().findChild(CardEditor)
    title = find(card, QLineEdit, "card-title")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    type_text(title, "Perhekahvila")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert window.services.teams.card(turku).title == "Perhekahvila"
    after = QApplication.focusWidget()
    assert after is not title
    qtbot.keyClick(after, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.services.teams.card(turku).title == ""
    assert title.text() == ""
