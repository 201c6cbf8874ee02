"""A progress window for a job a person waits for: how far it is, and Cancel.

It appears only when the work takes longer than a moment (``MINIMUM_MS``), keeps the rest of
the window from taking edits while the work writes, and closes itself when the job ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from jalostamo.ui.workers import Job

MINIMUM_MS = 400


class JobProgress(QProgressDialog):
    def __init__(self, job: Job, label: str, parent: QWidget | None = None, *,
                 cancellable: bool = True) -> None:
        super().__init__(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.setObjectName("jobProgress")
        self.setWindowTitle("Jalostamo")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(MINIMUM_MS)
        self.setAutoReset(False)
        self.setAutoClose(False)
        if not cancellable:
            self.setCancelButton(None)
        self.job = job
        self.canceled.connect(self._cancel)
        job.progressed.connect(self._progress)
        job.finished.connect(self._done)

    def _cancel(self) -> None:
        self.job.cancel()
        self.setLabelText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if self.job.done:
            return
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1) - 1))  # full only when the job has ended

    def _done(self) -> None:
        self.hide()
        self.deleteLater()


def with_progress(job: Job, label: str, parent: QWidget | None, *,
                  cancellable: bool = True) -> Job:
    """Show a :class:`JobProgress` for ``job`` (it goes away by itself); returns the job."""
    JobProgress(job, label, parent, cancellable=cancellable)
    return job
