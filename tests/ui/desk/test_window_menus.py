"""The main window carries the Teamwork and Data safety menus, and starts automatic backups
for the document it opens."""

from __future__ import annotations

from pathlib import Path

from jalostamo.ui.main_window import MainWindow


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_teamwork_and_safety_menus_are_in_the_window(window: MainWindow,
                                                     sample_file: Path) -> None:
    titles = _menu_titles(window)
    assert "Yhteistyö" in titles and "Tietoturva" in titles
    assert window.open_file(sample_file)
    safety = window.findChild(object, "safetyControl")
    assert safety is not None and safety.backups is not None  # backups run for this file
