"""File → Export tables…: the chosen file is written through the output check, with the
reports' privacy; a refused target is an error dialog, not a traceback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jalostamo.services import Services
from jalostamo.ui import table_export
from jalostamo.ui.actions import ACTIONS
from jalostamo.ui.menu_structure import MENU_BAR, action_ids
from tests.reports.conftest import MEMBER_NAMES, SECRET_QUOTE, fill


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Services]:
    svc = Services.create(tmp_path / "ohjelma.jalostamo", "Sosiaalisesti kestävät kaupungit",
                          organiser="Kuntaliitto")
    fill(svc)
    yield svc
    svc.close()


def test_menu_has_export_tables() -> None:
    assert any(spec.id == "file.export_tables" for spec in ACTIONS)
    assert "file.export_tables" in action_ids(MENU_BAR[:1])  # the File menu


def test_export_tables_writes_the_chosen_workbook(qtbot: QtBot, filled: Services,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "taulukot"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "Excel-työkirja (*.xlsx)"))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    written = table_export.export_tables(parent, filled)
    assert written and written[0][0] == tmp_path / "taulukot.xlsx"
    cells = " ".join(str(c.value) for sheet in load_workbook(written[0][0]).worksheets
                     for row in sheet.iter_rows() for c in row if c.value is not None)
    assert SECRET_QUOTE not in cells
    assert not any(name in cells for name in MEMBER_NAMES)  # pseudonymised as asked


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_export_tables_refuses_the_programme_file(qtbot: QtBot, filled: Services,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = filled.doc.path.with_suffix(".xlsx")
    target.symlink_to(filled.doc.path)  # the programme under another name
    before = filled.doc.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr("jalostamo.ui.errors.report", lambda _p, exc: shown.append(str(exc)))
    assert table_export.export_tables(parent, filled, pseudonymise=False) is None
    assert shown
    assert filled.doc.path.read_bytes() == before
