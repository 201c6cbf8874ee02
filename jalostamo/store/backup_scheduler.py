"""When to take automatic backups: every few minutes while there are changes, on close, and
before an import, a merge or a migration. Pure Python: the UI drives :meth:`tick` from a QTimer
(say once a minute) and calls :meth:`before` and :meth:`on_close` at those moments.

The UI does not copy on its own thread: :meth:`claim` (on the UI thread) returns a
:class:`PendingBackup` whose :meth:`~PendingBackup.run` copies the file on a worker, on a
connection of its own, stepwise with SQLite's backup API; :meth:`settle` records the outcome.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from jalostamo.errors import UserError
from jalostamo.store.backup_policy import BackupPolicy
from jalostamo.store.backups import Progress, backup_document, backup_file

if TYPE_CHECKING:
    from jalostamo.store.document import Document

log = logging.getLogger(__name__)

Moment = Literal["import", "merge", "migration"]


class ChangeSource(Protocol):
    """What the scheduler needs of an event bus (``jalostamo.services.events.EventBus``)."""

    def subscribe(self, listener: Callable[[Any], None]) -> Callable[[], None]: ...


class PendingBackup:
    """One backup to take off the UI thread: the file's path and programme, and why.

    :meth:`run` touches no object of the open document (no SQLAlchemy, no shared connection):
    it may run on any thread, even after the document has been closed."""

    def __init__(self, path: Path, programme_id: str | None, reason: str,
                 policy: BackupPolicy) -> None:
        self.path, self.programme_id, self.reason, self.policy = path, programme_id, reason, policy

    def run(self, progress: Progress | None = None) -> Path:
        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)

        return backup_file(self.path, reason=self.reason, policy=self.policy, progress=step,
                           programme_id=self.programme_id)


class BackupScheduler:
    """Takes the automatic backups of one open document."""

    def __init__(self, doc: Document, events: ChangeSource, *, policy: BackupPolicy | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.doc = doc
        self.policy = policy or BackupPolicy.load()
        self._clock = clock
        self._last_backup_at = clock()
        self.dirty = False
        self.last_backup: Path | None = None
        #: the last failure of an automatic backup, for the UI to show (None after a success)
        self.last_error: UserError | None = None
        self._unsubscribe = events.subscribe(self._on_change)

    @property
    def interval_seconds(self) -> float:
        return self.policy.interval_minutes * 60.0

    def _on_change(self, _change: Any) -> None:
        self.dirty = True

    def due(self) -> bool:
        """True when there are changes and the interval has passed since the last backup."""
        return self.dirty and self._clock() - self._last_backup_at >= self.interval_seconds

    def tick(self) -> Path | None:
        """Take a backup if one is due. Failures are kept in :attr:`last_error`, not raised:
        the user keeps working, and the UI shows the message once."""
        if not self.due() or self.doc.readonly:
            return None
        try:
            return self._take("auto")
        except UserError as exc:
            log.warning("automatic backup of %s failed: %s", self.doc.path, exc)
            self.last_error = exc
            self._last_backup_at = self._clock()  # try again after one more interval
            return None

    def claim(self, reason: str = "auto") -> PendingBackup | None:
        """The due backup (``auto``), or the last one (``close``: when anything changed), to
        take off this thread; None when none is needed. Changes made while it runs make the
        document dirty again; a failure must be handed back to :meth:`settle`."""
        if self.doc.readonly:
            return None
        if reason == "auto" and not self.due():
            return None
        if reason == "close":
            self._unsubscribe()
            if not self.dirty:
                return None
        self.dirty = False
        self._last_backup_at = self._clock()
        return PendingBackup(self.doc.path, self.doc.programme_id, reason, self.policy)

    def settle(self, taken: Path | None, error: BaseException | None) -> None:
        """Record how a claimed backup ended: its copy, or its failure (kept in
        :attr:`last_error` when it is a user error; the changes stay due either way)."""
        if taken is not None:
            self.last_backup = taken
            self.last_error = None
            return
        self.dirty = True
        if isinstance(error, UserError):
            log.warning("automatic backup of %s failed: %s", self.doc.path, error)
            self.last_error = error

    def before(self, moment: Moment) -> Path:
        """A backup right before an import, merge or migration. Raises when it cannot be
        taken, so that the caller can ask before going on without one."""
        if moment not in ("import", "merge", "migration"):
            raise ValueError(moment)
        return self._take(moment)

    def on_close(self) -> Path | None:
        """Call before closing the document: a last backup if anything changed since the last
        one. A failure is returned in :attr:`last_error` (closing must still go on)."""
        self._unsubscribe()
        if not self.dirty or self.doc.readonly:
            return None
        try:
            return self._take("close")
        except UserError as exc:
            self.last_error = exc
            return None

    def _take(self, reason: str) -> Path:
        path = backup_document(self.doc, reason=reason, policy=self.policy)
        self.dirty = False
        self._last_backup_at = self._clock()
        self.last_backup = path
        self.last_error = None
        return path
