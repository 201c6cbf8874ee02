"""The Export dialog: choose the report, write it with a progress dialog that can cancel,
then preview it in the app."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.ui import errors


class ExportDialog(QDialog):
    """Choose kind, workshop or team, language and privacy; write; preview."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("reportExportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.result_path: Path | None = None
        self._confirmed_path: str | None = None
        self.preview: QDialog | None = None
        self.progress_dialog: QProgressDialog | None = None

        self.kind = QComboBox()
        for key, label in (("programme", self.tr("Programme report")),
                           ("workshop", self.tr("Workshop report")),
                           ("team", self.tr("Team report")),
                           ("agenda", self.tr("Printable agenda"))):
            self.kind.addItem(label, key)
        self.workshop = QComboBox()
        for w in services.programme.workshops():
            self.workshop.addItem(self.tr("Workshop %1").replace("%1", str(w.number))
                                  + (f": {w.title}" if w.title else ""), w.number)
        self.team = QComboBox()
        for t in services.teams.list():
            self.team.addItem(t.display_name, t.id)
        self.language = QComboBox()
        for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.pseudonymise = QCheckBox(self.tr("Replace people's names with pseudonyms"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Workshop"), self.workshop)
        form.addRow(self.tr("City team"), self.team)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.pseudonymise)
        form.addRow(self.tr("Save as"), path_row)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.workshop.currentIndexChanged.connect(self._suggest_path)
        self.team.currentIndexChanged.connect(self._suggest_path)
        self.language.currentIndexChanged.connect(self._suggest_path)
        self._kind_changed()

    # --- choices ------------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def set_workshop(self, number: int) -> None:
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(number)))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.workshop.setEnabled(kind in ("workshop", "agenda"))
        self.team.setEnabled(kind == "team")
        self._suggest_path()

    def _suggest_path(self) -> None:
        kind = self.kind.currentData()
        stem = self.services.doc.path.stem
        detail = ""
        if kind in ("workshop", "agenda") and self.workshop.count():
            detail = f"-{self.workshop.currentData()}"
        elif kind == "team" and self.team.count():
            detail = "-" + re.sub(r"[^\w-]+", "_", self.team.currentText()).strip("_")
        name = f"{stem}-{kind}{detail}-{self.language.currentData()}.pdf"
        self.path.setText(str(self.services.doc.path.parent / name))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as"), self.path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            # the file dialog asked before replacing this name (not one we added .pdf to)
            self._confirmed_path = path if path.lower().endswith(".pdf") else None

    # --- writing ------------------------------------------------------------------------------

    def export(self) -> Path | None:
        """Write the report with a cancellable progress dialog; preview it when written."""
        from jalostamo.reports import ReportCancelled, build_report

        progress = QProgressDialog(self.tr("Writing the report…"), self.tr("Cancel"), 0, 100,
                                   self)
        progress.setObjectName("reportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.show()
        self.progress_dialog = progress

        def on_progress(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        kind = self.kind.currentData()
        self.export_button.setEnabled(False)
        try:
            result = build_report(
                self.services, Path(self.path.text()), kind=kind,
                workshop=self.workshop.currentData() if kind in ("workshop", "agenda") else None,
                team=self.team.currentData() if kind == "team" else None,
                lang=self.language.currentData(), pseudonymise=self.pseudonymise.isChecked(),
                progress=on_progress, overwrite=self.path.text() == self._confirmed_path)
        except ReportCancelled:
            self.status.setText(self.tr("Cancelled: no file was written."))
            return None
        except UserError as exc:
            self.status.setText(exc.message(current_language()))
            errors.show_user_error(self, exc)
            return None
        finally:
            progress.close()
            self.export_button.setEnabled(True)
        self.result_path = result.path
        self.status.setText(self.tr("Saved %1 (%2 pages).")
                            .replace("%1", str(result.path)).replace("%2", str(result.pages)))
        from jalostamo.ui.reports.preview import ReportPreview

        self.preview = ReportPreview(result.path, self)
        self.preview.open()
        return result.path
