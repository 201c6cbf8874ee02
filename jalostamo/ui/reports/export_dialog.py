"""The Export dialog: choose the report, write it with a progress dialog that can cancel,
then preview it in the app."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
from jalostamo.i18n import current_language, translate
from jalostamo.services import Services
from jalostamo.ui import errors, workers

#: write reports in a helper process (reportlab and pikepdf would hold the UI thread's lock)
HELPER_PROCESS = True


class ExportDialog(QDialog):
    """Choose kind, workshop or team, language and privacy; write; preview."""

    #: the report's path, once it is written (on a worker)
    written = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("reportExportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.result_path: Path | None = None
        self._confirmed_path: str | None = None
        self.preview: QDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.job: workers.Job | None = None

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
        lang = self.language.currentData()
        name = f"{stem}-{translate(f'report_files.{kind}', lang)}{detail}-{lang}.pdf"
        self.path.setText(str(self.services.doc.path.parent / name))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as"), self.path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            # the file dialog asked before replacing this name (not one we added .pdf to)
            self._confirmed_path = path if path.lower().endswith(".pdf") else None

    # --- writing ------------------------------------------------------------------------------

    def export(self) -> workers.Job:
        """Write the report on a worker with a cancellable progress dialog; preview it when
        written. Returns the job (its result is the report's path)."""
        from jalostamo.reports import ReportCancelled, build_report
        from jalostamo.ui.progress import JobProgress

        services, out = self.services, Path(self.path.text())
        kind = self.kind.currentData()
        options: dict[str, Any] = {
            "kind": kind,
            "workshop": self.workshop.currentData() if kind in ("workshop", "agenda") else None,
            "team": self.team.currentData() if kind == "team" else None,
            "lang": self.language.currentData(), "pseudonymise": self.pseudonymise.isChecked(),
            "overwrite": self.path.text() == self._confirmed_path}

        def work(task: workers.Task) -> Any:
            if HELPER_PROCESS:
                from jalostamo.ui.reports.report_process import build_in_helper

                try:
                    return build_in_helper(services.doc.path, out, options, task)
                except OSError:  # no helper process on this computer: write it here
                    pass

            def on_progress(done: int, total: int) -> bool:
                task.progress(done, total)
                return not task.cancel_requested

            try:
                return build_report(services, out, progress=on_progress, **options)
            except ReportCancelled:
                raise workers.Cancelled() from None

        self.export_button.setEnabled(False)
        job = workers.start("report", work, on_error=self._failed)
        job.succeeded.connect(self._written)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(lambda: self.export_button.setEnabled(True))
        self.progress_dialog = JobProgress(job, self.tr("Writing the report…"), self)
        self.progress_dialog.setObjectName("reportProgress")
        self.progress_dialog.setMinimumDuration(0)
        self.job = job
        return job

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled: no file was written."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.status.setText(exc.message(current_language()))
            errors.show_user_error(self, exc)
        else:
            errors.report(self, exc)

    def _written(self, result: Any) -> None:
        self.result_path = result.path
        self.status.setText(self.tr("Saved %1 (%2 pages).")
                            .replace("%1", str(result.path)).replace("%2", str(result.pages)))
        from jalostamo.ui.reports.preview import ReportPreview

        self.preview = ReportPreview(result.path, self)
        self.preview.open()
        self.written.emit(result.path)
