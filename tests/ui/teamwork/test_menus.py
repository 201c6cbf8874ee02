"""The Teamwork and Data safety menus: in the menu bar before Help, and still there (translated)
after a language switch rebuilds the menu bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMenu

from jalostamo.ui.main_window import MainWindow


def titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()
            if isinstance(a.menu(), QMenu)]


def test_menus_follow_the_language_and_survive_a_rebuilt_menu_bar(
        make_window: Callable[..., MainWindow]) -> None:
    from jalostamo.ui import safety, teamwork

    window = make_window()
    teamwork.install(window)
    safety.install(window)
    teamwork.install(window)  # a second install adds nothing
    assert titles(window)[-4:] == ["Yhteistyö", "Tietoturva", "Huone", "Ohje"]
    window.switch_language("sv")
    QApplication.processEvents()
    assert titles(window)[-4:] == ["Samarbete", "Datasäkerhet", "Rum", "Hjälp"]
    window.switch_language("en")
    QApplication.processEvents()
    assert titles(window)[-4:] == ["Teamwork", "Data safety", "Room", "Help"]
    assert titles(window).count("Teamwork") == 1
