"""File → Export tables…: the programme's data as an Excel workbook or CSV files for Excel,
written by :mod:`jalostamo.reports.spreadsheet` with the reports' privacy (names
pseudonymised when the person asks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jalostamo.errors import UserError
from jalostamo.i18n import current_language, translate
from jalostamo.services import Services


def choose_target(parent: QWidget, suggested: str) -> tuple[Path, bool] | None:
    """The file the person chose and whether the dialog asked before replacing it."""
    from jalostamo.ui.file_places import remember, start_path

    path, chosen_filter = QFileDialog.getSaveFileName(
        parent, translate("dataout.dialog_title"), start_path("exports", suggested),
        translate("dataout.filter"))
    if not path:
        return None
    remember("exports", path)
    wants_csv = "csv" in chosen_filter.lower()
    suffix = ".csv" if wants_csv else ".xlsx"
    if Path(path).suffix.lower() in (".csv", ".xlsx"):
        return Path(path), True
    return Path(path + suffix), False  # a name we completed: not asked about


def export_tables(parent: QWidget, services: Services, *, pseudonymise: bool | None = None
                  ) -> list[tuple[Path, int]] | None:
    """Ask for a file, write the tables; user errors are shown, nothing half-written stays."""
    from jalostamo.reports.spreadsheet import export
    from jalostamo.ui import errors

    stem = services.doc.path.stem
    target = choose_target(parent, f"{stem}.xlsx")
    if target is None:
        return None
    path, confirmed = target
    if pseudonymise is None:
        answer = QMessageBox.question(parent, translate("dataout.dialog_title"),
                                      translate("dataout.ask_pseudonymise"))
        pseudonymise = answer == QMessageBox.StandardButton.Yes
    try:
        # the dialog asked before replacing the .xlsx it showed; CSV's per-table files were
        # not shown to the person, so those are never replaced silently
        return export(services, path, lang=current_language(), pseudonymise=pseudonymise,
                      overwrite=confirmed and path.suffix.lower() == ".xlsx")
    except UserError as exc:
        errors.report(parent, exc)
        return None
