"""Writing a report in a helper process, driven from a worker thread.

reportlab is pure Python and pikepdf's PDF/A conversion holds Python's global lock for a
third of a second at a time: on a thread of the app, either would stop the UI thread now and
then (``benchmarks/ui_stall.py``). The helper process opens the programme read-only (every
committed edit is visible: the file is in WAL mode) and writes the report exactly as
:func:`jalostamo.reports.build_report` does; progress comes back through a queue and Cancel
goes to it as an event. When no helper can be started, the report is written on the worker.
"""

from __future__ import annotations

import contextlib
import queue
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from jalostamo.errors import UserError
from jalostamo.ui.workers import Cancelled, Task


def _child(path: str, out: str, options: dict[str, Any], messages: Any, cancel: Any) -> None:
    """The helper process: build the report, say how far it is, send the outcome."""
    from jalostamo.reports import ReportCancelled, build_report
    from jalostamo.services import Services

    def progress(done: int, total: int) -> bool:
        with contextlib.suppress(Exception):
            messages.put_nowait(("progress", done, total))
        return not cancel.is_set()

    try:
        svc = Services.open(Path(path), readonly=True, check=False)
        try:
            result = build_report(svc, Path(out), progress=progress, **options)
        finally:
            svc.close()
        messages.put(("done", result))
    except ReportCancelled:
        messages.put(("cancelled",))
    except UserError as exc:
        try:  # the parameters are texts and numbers; a message made already is kept as text
            messages.put(("refused", exc.key, {k: v if isinstance(v, int | float) else str(v)
                                               for k, v in exc.params.items()}))
        except Exception:
            messages.put(("bug", f"{type(exc).__name__}: {exc}"))
    except BaseException as exc:  # a bug: its text, for the crash log of the app
        messages.put(("bug", f"{type(exc).__name__}: {exc}"))


def build_in_helper(path: Path, out: Path, options: dict[str, Any], task: Task) -> Any:
    """Write the report in a helper process; the result is ``build_report``'s."""
    context = get_context("spawn")
    messages = context.Queue()
    cancel = context.Event()
    process = context.Process(target=_child, args=(str(path), str(out), options, messages,
                                                   cancel), daemon=True)
    process.start()
    try:
        while True:
            if task.cancel_requested:
                cancel.set()
            try:
                message = messages.get(timeout=0.1)
            except queue.Empty:
                if not process.is_alive() and messages.empty():
                    raise RuntimeError(f"the report process ended ({process.exitcode})") \
                        from None
                continue
            kind = message[0]
            if kind == "progress":
                task.progress(message[1], message[2])
            elif kind == "done":
                return message[1]
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "refused":
                raise UserError(message[1], **message[2])
            else:
                raise RuntimeError(message[1])
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
