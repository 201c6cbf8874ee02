"""Merging (and previewing) team files on a worker: progress per file, Cancel before commit.

The merge itself is the service's (:class:`jalostamo.services.merge.MergeService`, one
transaction for all sources); this wraps its per-source step to report each file done and to
stop between files. A cancel raises inside the transaction, which the service rolls back: the
programme is left as it was (the backup copy taken first stays among the backups).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jalostamo.services.merge import MergeService, MergeSummary
from jalostamo.ui.workers import Task


def run_merge(service: MergeService, paths: Sequence[Path], task: Task, *,
              write: bool) -> MergeSummary:
    """``service.merge(paths)`` (or ``preview``) with progress and cancel, on a worker."""
    step_of_source = getattr(service, "_merge_one", None)
    total = len(paths) + 1
    done = [0]
    if step_of_source is not None:
        def each_source(conn: Any, source: Path, summary: MergeSummary) -> None:
            task.check()
            step_of_source(conn, source, summary)
            done[0] += 1
            task.progress(done[0], total)
            task.check()  # after the last file: the last moment before the commit

        service._merge_one = each_source  # type: ignore[method-assign]
    try:
        task.progress(0, total)
        return service.merge(list(paths)) if write else service.preview(list(paths))
    finally:
        if step_of_source is not None:
            del service._merge_one
