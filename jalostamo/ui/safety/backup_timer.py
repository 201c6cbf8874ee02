"""Automatic backups of the open document: a :class:`BackupScheduler` driven by a QTimer.

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
from jalostamo.store.backup_policy import BackupPolicy
from jalostamo.store.backup_scheduler import BackupScheduler

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
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> Path | None:
        try:
            taken = self.scheduler.tick()
        except OSError as exc:  # e.g. the backup folder cannot be made: say so, keep working
            log.warning("automatic backup failed: %s", exc)
            self.scheduler.dirty = True
            self._show(self.tr("The automatic backup failed: %1. Your work is safe in the "
                               "programme file.").replace("%1", exc.strerror or str(exc)))
            return None
        self._show_error()
        if taken is not None and self.scheduler.last_error is None:
            self._clear()  # the problem is over: its message does not stay behind
        return taken

    def set_policy(self, policy: BackupPolicy) -> None:
        self.scheduler.policy = policy

    def close(self) -> Path | None:
        """The last backup before the document closes (if anything changed)."""
        self.timer.stop()
        try:
            taken = self.scheduler.on_close()
        except OSError as exc:  # closing goes on; the file itself is complete
            log.warning("backup on close failed: %s", exc)
            return None
        self._show_error()
        return taken

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
