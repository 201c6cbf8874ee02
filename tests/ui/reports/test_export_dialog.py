"""The Export dialog writes a report, can cancel it, and previews the result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from jalostamo.services import Services
from jalostamo.ui.reports.export_dialog import ExportDialog
from jalostamo.ui.reports.preview import ReportPreview
from tests.reports.conftest import fill


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Services]:
    svc = Services.create(tmp_path / "ohjelma.jalostamo", "Sosiaalisesti kestävät kaupungit",
                          organiser="Kuntaliitto")
    fill(svc)
    yield svc
    svc.close()


def test_export_writes_and_previews_team_report(qtbot: QtBot, filled: Services,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.set_kind("team")
    assert dialog.team.isEnabled() and not dialog.workshop.isEnabled()
    dialog.team.setCurrentIndex(dialog.team.findText("Turku"))
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.path.text().endswith("teamrapport-Turku-sv.pdf")
    out = tmp_path / "turku.pdf"
    dialog.path.setText(str(out))

    job = dialog.export()  # written on a worker
    qtbot.waitUntil(lambda: job.done, timeout=60_000)

    assert job.result.path == out and out.exists()
    assert "Turku" in dialog.status.text() or str(out) in dialog.status.text()
    preview = dialog.preview
    assert isinstance(preview, ReportPreview) and preview.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() >= 4
    assert "Teamrapport" in preview.document.metaData(QPdfDocument.MetaDataField.Title)

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    preview.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_cancel_in_progress_dialog_writes_nothing(qtbot: QtBot, filled: Services,
                                                  tmp_path: Path) -> None:
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.set_kind("programme")
    out = tmp_path / "ohjelma.pdf"
    dialog.path.setText(str(out))

    job = dialog.export()
    assert dialog.progress_dialog is not None
    cancel = dialog.progress_dialog.findChild(QPushButton)
    assert cancel is not None, "the progress dialog has no Cancel button"
    cancel.click()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.was_cancelled
    assert not out.exists()
    assert dialog.preview is None
    assert dialog.status.text() == "Cancelled: no file was written."


def test_bad_output_folder_is_reported_not_raised(qtbot: QtBot, filled: Services,
                                                  tmp_path: Path) -> None:
    dialog = ExportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.set_kind("workshop")
    dialog.workshop.setCurrentIndex(1)
    dialog.path.setText(str(tmp_path / "missing" / "w.pdf"))
    job = dialog.export()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert job.error is not None
    assert "missing" in dialog.status.text()


@pytest.mark.parametrize(("lang", "title", "export"), [("fi", "Vie raportti", "Vie"),
                                                        ("sv", "Exportera rapport", "Exportera")])
def test_dialog_speaks_finnish_and_swedish(qtbot: QtBot, filled: Services, lang: str,
                                           title: str, export: str) -> None:
    from jalostamo.ui.translators import install_translators

    assert install_translators(lang)
    try:
        dialog = ExportDialog(filled)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
        assert dialog.export_button.text() == export
    finally:
        install_translators("en")
