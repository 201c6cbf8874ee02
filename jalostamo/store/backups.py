"""Backup copies in the user's data directory, always through SQLite's backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from jalostamo.paths import backup_dir


def backup_file(path: Path, *, reason: str) -> Path:
    """Copy the (closed or open) database at ``path`` to the backup directory; return the copy."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir() / f"{path.stem}.{stamp}.{reason}{path.suffix}"
    tmp = target.with_name(target.name + ".partial")
    src = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return target
