"""Long work off the UI thread: one small mechanism for every long-running action.

:func:`start` runs a plain function ``fn(task)`` on a worker thread of a private
``QThreadPool`` and returns a :class:`Job` whose signals arrive on the GUI thread:
``progressed(done, total)``, then exactly one of ``succeeded(result)``, ``failed(error)``
or ``cancelled()``, then ``finished()``. The function reports progress and looks for a cancel
request through its :class:`Task` (``task.progress(done, total)``, ``task.check()`` raises
:class:`Cancelled`). The function itself knows no Qt: services and the store stay Qt-free.

SQLite objects never cross threads by accident: a function that needs the database either
uses a connection of its own (the backup), or the document's engine, whose pool hands each
thread a connection of its own for the length of one call (``check_same_thread`` is off for
pooled file databases). Change events a service emits on a worker are delivered on the GUI
thread (:func:`deliver_events_on_gui_thread`).

A failure is shown the usual way (:func:`jalostamo.ui.errors.report`: a ``UserError`` as its
message, anything else as a crash log) unless the caller handles ``failed`` itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job's function when the person cancelled it."""


class Task:
    """What the function of a job sees: progress reporting and the cancel flag."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = threading.Event()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the person asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        """Tell the GUI how far the work is (delivered on the GUI thread, queued)."""
        self._job.progressed.emit(int(done), int(total))


class Job(QObject):
    """A running piece of long work; its signals are delivered on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.task = Task(self)
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._ended = threading.Event()

    def cancel(self) -> None:
        """Ask the function to stop at its next check (what it has not committed is dropped)."""
        self.task._cancel.set()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the function has returned (for quitting; never in a GUI path)."""
        return self._ended.wait(None if timeout_ms is None else timeout_ms / 1000)

    @Slot(object, object, bool)
    def _deliver(self, result: Any, error: BaseException | None, cancelled: bool) -> None:
        self.done = True
        self.result, self.error, self.was_cancelled = result, error, cancelled
        _running.discard(self)
        if cancelled:
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits ``ended`` and Qt queues the call over."""

    ended = Signal(object, object, object, bool)

    def __init__(self) -> None:
        super().__init__()
        self.ended.connect(self._on_ended)

    @Slot(object, object, object, bool)
    def _on_ended(self, job: Job, result: Any, error: Any, cancelled: bool) -> None:
        job._deliver(result, error, cancelled)


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Task], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job, self.fn, self.relay = job, fn, relay

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        cancelled = False
        try:
            self.job.task.check()
            result = self.fn(self.job.task)
        except Cancelled:
            cancelled = True
        except BaseException as exc:  # delivered to the GUI, shown there
            error = exc
        finally:
            self.job._ended.set()
        self.relay.ended.emit(self.job, result, error, cancelled)


_pool: QThreadPool | None = None
_relay: _Relay | None = None
_running: set[Job] = set()


def pool() -> QThreadPool:
    global _pool, _relay
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("jalostamoWorkers")
        _pool.setMaxThreadCount(2)
        _relay = _Relay()
    return _pool


def start(name: str, fn: Callable[[Task], Any], *,
          on_success: Callable[[Any], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None,
          error_parent: QWidget | None = None,
          on_progress: Callable[[int, int], None] | None = None) -> Job:
    """Run ``fn(task)`` on a worker thread; returns the job. Without ``on_error`` a failure
    is reported to the person (``errors.report`` over ``error_parent``)."""
    workers = pool()
    assert _relay is not None
    job = Job(name)
    if on_progress is not None:
        job.progressed.connect(on_progress)
    if on_success is not None:
        job.succeeded.connect(on_success)
    if on_error is not None:
        job.failed.connect(on_error)
    else:
        def show(error: BaseException) -> None:
            from jalostamo.ui import errors

            errors.report(error_parent, error)

        job.failed.connect(show)
    _running.add(job)
    workers.start(_Runnable(job, fn, _relay))
    return job


def running() -> list[Job]:
    """Jobs started and not yet delivered."""
    return list(_running)


_deferred: list[Callable[[], Any]] = []


def start_soon(starter: Callable[[], Any]) -> None:
    """Call ``starter`` (which starts a job) once the current event is done, e.g. once the
    document has closed; at quit, :func:`finish` starts it if the event loop could not."""
    from PySide6.QtCore import QTimer

    _deferred.append(starter)

    def fire() -> None:
        if starter in _deferred:
            _deferred.remove(starter)
            starter()

    QTimer.singleShot(0, fire)


def pending() -> bool:
    """Whether any job is deferred, queued or running."""
    return bool(_deferred or _running)


def finish(timeout_ms: int = -1) -> bool:
    """At quit: start what was deferred, then wait until every worker is idle (the last
    backup finishes; the window is gone already)."""
    while _deferred:
        _deferred.pop(0)()
    return _pool is None or _pool.waitForDone(timeout_ms)


# --- change events from workers -----------------------------------------------------------------

class _EventPost(QObject):
    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._call)

    @Slot(object)
    def _call(self, call: Callable[[], None]) -> None:
        call()


_poster: _EventPost | None = None


def deliver_events_on_gui_thread(events: Any) -> None:
    """Make ``events`` (an ``EventBus``) deliver changes emitted on a worker on the GUI thread,
    where the views listen (a merge or an import commits on a worker)."""
    global _poster
    if _poster is None:
        _poster = _EventPost()
    poster = _poster
    events.set_dispatcher(lambda call: poster.posted.emit(call))
