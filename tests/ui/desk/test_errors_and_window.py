"""Errors (a user error is a dialog; a bug is logged to a file that the dialog names; the app
keeps running), zoom, presentation mode, window layout memory and the hooks for other screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton

from jalostamo.errors import InvalidInput
from jalostamo.paths import log_dir
from jalostamo.services.settings import Settings
from jalostamo.ui import errors
from tests.ui.desk.conftest import dialogs


def test_unexpected_exception_is_logged_and_named_and_the_app_keeps_running(window,
                                                                             sample_file):
    window.open_file(sample_file)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    [box] = dialogs("crashDialog")
    logs = sorted(log_dir().glob("crash-*.log"))
    assert len(logs) == 1
    assert "boom in a slot" in logs[0].read_text(encoding="utf-8")
    assert "Traceback" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in box.text()
    assert box.text().startswith("Odottamaton virhe.")
    # the programme is still open and usable
    assert window.services is not None
    window.services.programme.update(organiser="Kuntaliitto ry")
    assert window.services.programme.get().organiser == "Kuntaliitto ry"


def test_user_error_is_shown_in_the_users_language_without_a_log(window):
    errors.excepthook(InvalidInput, InvalidInput("desk.time_format", value="25:99"), None)
    [box] = dialogs("userErrorDialog")
    assert box.text() == "Anna alkamisaika muodossa TT:MM, esimerkiksi 09:00 (nyt: 25:99)."
    assert not list(log_dir().glob("crash-*.log"))


def test_zoom_and_presentation_mode_scale_the_fonts(window):
    base = QApplication.font().pointSizeF()
    window.zoom_in()
    assert QApplication.font().pointSizeF() > base
    assert window.settings.font_scale == 1.1
    window.zoom_reset()
    assert abs(QApplication.font().pointSizeF() - base) < 0.01
    window.actions_by_id["view.presentation"].trigger()
    assert window.actions_by_id["view.presentation"].isChecked()
    assert QApplication.font().pointSizeF() >= base * window.settings.presentation_zoom - 0.01
    window.actions_by_id["view.presentation"].trigger()
    assert abs(QApplication.font().pointSizeF() - base) < 0.01


def test_window_layout_is_remembered(make_window):
    first = make_window()
    first.resize(701, 501)
    first.save_layout()
    stored = Settings.load()
    assert stored.window_geometry
    second = make_window(settings=stored)
    assert (second.size().width(), second.size().height()) == (701, 501)


def test_every_action_has_a_shortcut_or_menu_and_a_text(window):
    menus = window.menuBar().actions()
    in_menus = {a.objectName() for m in menus for a in m.menu().actions()}
    for action_id, action in window.actions_by_id.items():
        assert action.text(), action_id
        assert action_id in in_menus, action_id
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.actions_by_id["file.open"].shortcut().toString() == "Ctrl+O"


def test_demo_programme_opens_from_the_start_screen(window, qtbot):
    window.show_page("start")
    window.current_page().demo_button.click()
    assert window.services is not None
    assert Path(window.services.doc.path).name == "demo.jalostamo"
    assert len(window.services.teams.list()) >= 6
    assert window.current_page().objectName() == "overviewPage"


def test_export_report_opens_the_reports_dialog(window, sample_file):
    window.open_file(sample_file)
    window.actions_by_id["file.export"].trigger()
    from jalostamo.ui.reports.export_dialog import ExportDialog

    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_team_page_hosts_the_other_areas_screens(window, sample_file):
    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}:tests")
    page = window.current_page()
    from jalostamo.ui.testing.tests_page import TestsPage

    assert isinstance(page.tab("tests"), TestsPage)
    from jalostamo.ui.monitoring.monitoring_page import MonitoringPage
    from jalostamo.ui.review.reviews_page import ReviewsPage

    assert isinstance(page.tab("reviews"), ReviewsPage)
    assert isinstance(page.tab("indicators"), MonitoringPage)
    # no board yet: the team page offers to create one (one undo step)
    page.tab("board").findChild(QPushButton, "createBoard").click()
    from jalostamo.models import Board

    assert len(window.services.entities.list(Board, team_id=turku)) == 1
    window.undo_action.trigger()
    assert window.services.entities.list(Board, team_id=turku) == []
