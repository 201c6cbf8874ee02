"""Issue 16: a programme made with "New programme" is in the recent files at once and after a
restart (the start screen's list and File > Open recent)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from jalostamo.services.settings import Settings
from jalostamo.ui.dialogs import NewProgrammeDialog


def recent_on_start_page(window) -> list[str]:
    window.show_page("start")
    QApplication.processEvents()
    page = window.current_page()
    return [page.recent.item(i).text().split("\n")[0] for i in range(page.recent.count())]


def recent_in_menu(window) -> list[str]:
    window.recent_menu.aboutToShow.emit()
    return [a.text() for a in window.recent_menu.actions()]


def test_a_new_programme_is_in_the_recent_files(make_window, tmp_path: Path, sample_file):
    window = make_window()
    window.open_file(sample_file)
    window.new_programme()
    dialog = window.findChild(NewProgrammeDialog)
    dialog.name_edit.setText("Kevät 2019")
    dialog.path_edit.setText(str(tmp_path / "kevat2019"))
    dialog.accept()
    QApplication.processEvents()
    created = tmp_path / "kevat2019.jalostamo"
    assert window.services.doc.path == created
    assert recent_on_start_page(window) == ["kevat2019", "kevat"]
    assert recent_in_menu(window) == ["kevat2019.jalostamo", "kevat.jalostamo"]
    window.close()
    assert Settings.load().recent_files[:2] == [str(created.resolve()),
                                                str(sample_file.resolve())]
    again = make_window()
    assert recent_in_menu(again) == ["kevat2019.jalostamo", "kevat.jalostamo"]


def test_the_first_programme_made_from_the_start_screen_is_listed(make_window, tmp_path: Path):
    window = make_window()
    assert recent_on_start_page(window) == []
    assert window.create_programme(tmp_path / "ensimmainen", "Ensimmäinen")
    assert recent_on_start_page(window) == ["ensimmainen"]
    assert recent_in_menu(window) == ["ensimmainen.jalostamo"]
