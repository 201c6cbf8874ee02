"""Fixtures for the desk's UI tests: a main window in Finnish over a real programme file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from jalostamo.i18n import set_language
from jalostamo.services import Services
from jalostamo.services.settings import Settings
from jalostamo.ui.i18n.compile import compile_all
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.translators import install_translators
from tests.templates import copy_of

Found = TypeVar("Found", bound=QObject)


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    compile_all()


def use_language(lang: str) -> None:
    set_language(lang)
    install_translators(lang)


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(lang: str = "fi", settings: Settings | None = None) -> MainWindow:
        use_language(lang)
        window = MainWindow(settings or Settings.load())
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close_document()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()
    use_language("fi")


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def sample_file(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A small programme: two themes, one workshop with three activities, two teams (built
    once per session; each test gets its own copy)."""
    return copy_of(tmp_path_factory, "kevat.jalostamo", _build_sample, tmp_path / "kevat.jalostamo")


def _build_sample(path: Path) -> None:
    with Services.create(path, "Kevään jalostamo", organiser="Kuntaliitto") as svc:
        themes = [svc.programme.add_theme("Lapsiperheet"), svc.programme.add_theme("Nuoret aikuiset")]
        workshop = svc.programme.add_workshop(starts_at="09:00", venue="Kuntatalo")
        for title, minutes in (("Avaus", 10), ("Sidosryhmäkartta", 45), ("Purku", 20)):
            svc.programme.add_agenda_item(workshop, title, minutes)
        svc.teams.add("Turku", theme_ids=themes[:1])
        svc.teams.add("Oulu", theme_ids=themes)


def dialogs(name: str) -> list[QMessageBox]:
    """Visible message boxes with the given object name."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def find(parent: QObject, kind: type[Found], name: str) -> Found:
    """The child of ``parent`` of type ``kind`` named ``name`` (the test fails without one)."""
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def cell(table: QTableWidget, row: int, column: int) -> str:
    """The text of a table's cell (the test fails if the cell holds no item)."""
    item = table.item(row, column)
    assert item is not None, f"no item at ({row}, {column})"
    return item.text()


def header(table: QTableWidget, column: int) -> str:
    """The text of a table's column header (the test fails if the column has no header item)."""
    item = table.horizontalHeaderItem(column)
    assert item is not None, f"no header item for column {column}"
    return item.text()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, like a user (QTest only knows ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
