"""Jalostamo's temporary files and folders in the system's temporary folder, and the sweep
of those a process left behind.

Every temporary name starts with ``jalostamo-`` (``jalostamo-read-``, ``jalostamo-check-``,
``jalostamo-merge-``, ``jalostamo-images-``, ``jalostamo-report-``). They are removed when
their work ends; on Windows a file still open (by a viewer, an antivirus scan) cannot be
removed then, and a process that is killed removes nothing. :func:`sweep` removes what is
older than a day, so ``%TEMP%`` does not fill up; the CLI runs it after each command.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "jalostamo-"
#: what is younger may belong to a process still at work
MAX_AGE_S = 24 * 3600.0


def sweep(folder: Path | str | None = None, *, now: float | None = None,
          max_age: float = MAX_AGE_S) -> list[str]:
    """Remove Jalostamo's temporary files and folders older than ``max_age`` seconds from
    ``folder`` (the system's temporary folder); returns the names removed. Never raises."""
    folder = Path(folder or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(PREFIX):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if now - info.st_mtime < max_age:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
                if Path(entry.path).exists():
                    continue
            else:
                Path(entry.path).unlink()
        except OSError:
            continue  # still open on Windows, or not ours to remove: the next sweep tries again
        removed.append(entry.name)
    if removed:
        log.info("removed %d leftover temporary files: %s", len(removed), ", ".join(removed[:5]))
    return removed


def sweep_quietly() -> None:
    with contextlib.suppress(Exception):
        sweep()
