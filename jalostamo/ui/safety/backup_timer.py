"""Automatic backups of the open document: a :class:`BackupScheduler` driven by a QTimer.

The copy is made on a worker (:mod:`jalostamo.ui.workers`), stepwise, on a connection of its
own: the window never waits for it. The backup at close is taken from the closed file, on a
worker too (:meth:`BackupTimer.close` hands it over; the app waits for it only at quit).
A failed backup is shown once in the status bar, never as a dialog every minute.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.services.backups import BackupPolicy, BackupScheduler, PendingBackup
from jalostamo.ui import workers

log = logging.getLogger(__name__)

TICK_MS = 60_000


class BackupTimer(QObject):
    def __init__(self, services: Services, status_bar: QStatusBar | None,
                 parent: QObject | None = None, *, policy: BackupPolicy | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("backupTimer")
        self.status_bar = status_bar
        self.scheduler = BackupScheduler(services.doc, services.events, policy=policy,
                                         clock=clock)
        self._shown: UserError | None = None
        self._text = ""  # what this timer put in the status bar
        self.job: workers.Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> workers.Job | None:
        """Start the due backup on a worker; the job, or None when none is due (or one runs)."""
        if self.job is not None:
            return None
        pending = self.scheduler.claim("auto")
        if pending is None:
            return None
        job = workers.start("autoBackup", lambda task: pending.run(self._stepper(task)),
                            on_error=self._failed)
        job.succeeded.connect(self._taken)
        job.cancelled.connect(lambda: self.scheduler.settle(None, None))
        job.finished.connect(self._ended)
        self.job = job
        return job

    @staticmethod
    def _stepper(task: workers.Task) -> Callable[[int, int], None]:
        def step(done: int, total: int) -> None:
            task.check()  # a cancel (the document closes) stops the copy between steps
            task.progress(done, total)
        return step

    def _taken(self, path: Path) -> None:
        self.scheduler.settle(path, None)
        self._show_error()
        self._clear()  # the problem, if there was one, is over: its message does not stay

    def _failed(self, error: BaseException) -> None:
        self.scheduler.settle(None, error)
        if isinstance(error, UserError):
            self._show_error()
        elif isinstance(error, OSError):  # e.g. the backup folder cannot be made: keep working
            log.warning("automatic backup failed: %s", error)
            self._show(self.tr("The automatic backup failed: %1. Your work is safe in the "
                               "programme file.").replace("%1", error.strerror or str(error)))
        else:
            from jalostamo.ui import errors

            errors.report(None, error)

    def _ended(self) -> None:
        self.job = None

    def set_policy(self, policy: BackupPolicy) -> None:
        self.scheduler.policy = policy

    def close(self) -> PendingBackup | None:
        """Stop; the last backup to take once the document is closed (if anything changed).
        A backup still running is cancelled: the one at close covers its changes."""
        self.timer.stop()
        if self.job is not None:
            self.job.cancel()
            self.job.wait()  # its snapshot would hold up the closing checkpoint
            self.scheduler.dirty = True
        return self.scheduler.claim("close")

    def _show_error(self) -> None:
        error = self.scheduler.last_error
        if error is not None and error is not self._shown:
            self._show(error.message(current_language()))
        self._shown = error

    def _show(self, text: str) -> None:
        self._text = text
        if self.status_bar is not None:
            self.status_bar.showMessage(text)

    def _clear(self) -> None:
        if self.status_bar is not None and self._text \
                and self.status_bar.currentMessage() == self._text:
            self.status_bar.clearMessage()
        self._text = ""
        self._shown = None
