"""The main window carries the Teamwork and Data safety menus, and starts automatic backups
for the document it opens."""

from __future__ import annotations

from pathlib import Path

from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.monitoring.overview import OverviewWidget
from jalostamo.ui.safety.menu import SafetyMenu


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_teamwork_and_safety_menus_are_in_the_window(window: MainWindow,
                                                     sample_file: Path) -> None:
    titles = _menu_titles(window)
    assert "Yhteistyö" in titles and "Tietoturva" in titles
    assert window.open_file(sample_file)
    safety = window.findChild(SafetyMenu, "safetyControl")
    assert safety is not None and safety.backups is not None  # backups run for this file


def test_monitoring_overview_is_a_screen_of_the_desk(window: MainWindow,
                                                     sample_file: Path) -> None:
    assert window.open_file(sample_file)
    window.show_page("monitoring")
    page = window.current_page()
    assert page.objectName() == "monitoringPage"
    labels = [window.navigator.list.item(i).text() for i in range(window.navigator.list.count())]
    assert "Seuranta" in labels
    assert window.services is not None
    team = window.services.teams.list()[0]
    assert isinstance(page, OverviewWidget)
    page.teamActivated.emit(team.id)
    assert window.current_page().objectName() != "monitoringPage"  # went to the team's page
