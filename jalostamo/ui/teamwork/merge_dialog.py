"""Merge files…: what the files would change, per team and kind, before anything is written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language, translate
from jalostamo.services import Services
from jalostamo.services.merge import MergeSummary
from jalostamo.ui import errors, workers

OPS = ("added", "changed", "deleted")


def kind_name(table: str) -> str:
    """The translated name of a kind of stored thing (``messages/tables.py``)."""
    return translate(f"table.{table}", current_language())


def team_label(team: str) -> str:
    return team or translate("merge.common", current_language())


def summary_rows(summary: MergeSummary) -> list[tuple[str, str, dict[str, int]]]:
    """(team, kind, {op: count}) per team and kind, teams in name order, shared parts last."""
    grouped: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(OPS, 0))
    for (team, table, op), count in summary.counts.items():
        if count:
            grouped[(team, table)][op] += count
    rows = [(team_label(team), kind_name(table), ops) for (team, table), ops in grouped.items()]
    rows.sort(key=lambda r: (r[0] == team_label(""), r[0].casefold(), r[1].casefold()))
    return rows


def summary_text(summary: MergeSummary, *, preview: bool) -> str:
    return translate("merge.preview" if preview else "merge.summary", current_language(),
                     sources=len(summary.sources), added=summary.total("added"),
                     changed=summary.total("changed"), deleted=summary.total("deleted"),
                     conflicts=summary.conflicts)


class MergePreviewDialog(QDialog):
    """Built from a preview (raises the service's :class:`UserError` for a refused file);
    Merge writes, emits ``merged(summary)`` and closes."""

    merged = Signal(object)

    def __init__(self, services: Services, paths: Sequence[Path],
                 parent: QWidget | None = None, *, preview: MergeSummary | None = None) -> None:
        if preview is None:  # made on a worker by ``TeamworkMenu.preview_merge``
            preview = services.merge.preview([Path(p) for p in paths])  # refusals raise here
        super().__init__(parent)
        self.setObjectName("mergePreviewDialog")
        self.setWindowTitle(self.tr("Merge files"))
        self.services = services
        self.paths = [Path(p) for p in paths]
        self.preview = preview
        self.merge_result: MergeSummary | None = None
        self.merge_job: workers.Job | None = None

        files = QLabel(self.tr("Files to merge into this programme: %1").replace(
            "%1", ", ".join(p.name for p in self.paths)), self)
        files.setObjectName("mergeFiles")
        files.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("mergeChanges")
        self.table.setAccessibleName(self.tr("What the merge would change"))
        self.table.setHorizontalHeaderLabels([self.tr("Team"), self.tr("Kind"), self.tr("Added"),
                                              self.tr("Changed"), self.tr("Deleted")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for team, kind, ops in summary_rows(self.preview):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, value in enumerate((team, kind, *(str(ops[op]) for op in OPS))):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.totals = QLabel(summary_text(self.preview, preview=True), self)
        self.totals.setObjectName("mergeTotals")
        self.totals.setWordWrap(True)
        self.conflicts = QLabel(self.tr(
            "Conflicts: %1. Where both sides changed the same thing, the newer edit wins and the "
            "other one is kept for you to review (Teamwork → Conflicts…).").replace(
            "%1", str(self.preview.conflicts)), self)
        self.conflicts.setObjectName("mergeConflicts")
        self.conflicts.setWordWrap(True)
        from jalostamo.services.merge_report import note_lines

        #: clock warnings, changes ignored as outside the team's part, redactions
        self.notes = QLabel("\n".join(note_lines(self.preview, current_language())), self)
        self.notes.setObjectName("mergeNotes")
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(self.notes.text()))
        empty = self.preview.nothing_new
        note = QLabel(translate("merge.nothing_new", current_language()) if empty else self.tr(
            "Nothing has been written yet. Merge takes a backup copy first. A merge cannot be "
            "undone with Undo: the undo history is cleared after it."), self)
        note.setObjectName("mergeNote")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(not empty)
        self.merge_button.setDefault(not empty)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(files)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.notes)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(720, 460)

    def do_merge(self) -> workers.Job:
        """Merge on a worker (progress per file, Cancel until the commit); returns the job."""
        from jalostamo.ui.progress import with_progress
        from jalostamo.ui.teamwork.merge_worker import run_merge

        self.merge_button.setEnabled(False)
        service, paths = self.services.merge, list(self.paths)
        job = workers.start("merge", lambda task: run_merge(service, paths, task, write=True),
                            on_error=self._failed)
        job.succeeded.connect(self._done)
        job.cancelled.connect(lambda: self.merge_button.setEnabled(True))
        self.merge_job = job
        with_progress(job, self.tr("Merging the files…"), self)
        return job

    def _failed(self, error: BaseException) -> None:
        self.reject()
        errors.report(self.parentWidget(), error)

    def _done(self, summary: MergeSummary) -> None:
        self.merge_result = summary
        self.accept()
        self.merged.emit(summary)
