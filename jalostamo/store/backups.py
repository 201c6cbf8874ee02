"""Backup copies in the user's data directory, always through SQLite's backup API.

Each copy is written to a ``.partial`` name created with owner-only permissions, checked with
``quick_check`` and only then given its final name; older copies rotate out afterwards (see
:mod:`jalostamo.store.backup_policy`), so a bad copy never pushes a good one out.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jalostamo.errors import FileRefused, UserError
from jalostamo.paths import backup_dir

if TYPE_CHECKING:
    from jalostamo.store.backup_policy import BackupPolicy
    from jalostamo.store.document import Document

#: why a backup was taken; part of the file name
REASONS = ("auto", "close", "import", "merge", "migration", "manual", "restore")

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z]+)(?P<suffix>\.[^.]+)$")


class BackupFailed(UserError):
    key = "safety.backup.failed"


def backup_name(path: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime(STAMP_FORMAT)
    return f"{path.stem}.{stamp}.{reason}{path.suffix}"


def parse_backup_name(name: str) -> tuple[str, datetime, str, str] | None:
    """``(stem, taken_at, reason, suffix)`` of a backup's file name, or None if it is not one."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return match["stem"], taken, match["reason"], match["suffix"]


def private_dir(path: Path) -> Path:
    """``path`` as a folder only its owner may enter (where the OS has such permissions)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)
    return path


def create_private(path: Path) -> None:
    """Create an empty file readable and writable by its owner only, before anything goes in."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)  # the umask may have taken bits away, never added: be explicit


def copy_database(source: Callable[[], sqlite3.Connection], target: Path) -> None:
    """Copy a database with the backup API into ``target`` (owner-only), verify it, keep it.

    ``source`` opens (or lends) the connection to copy from; it is not closed here. Raises
    :class:`BackupFailed` or a storage error, leaving no partial file behind.
    """
    from jalostamo.store.document import storage_error
    from jalostamo.store.probe import quick_check

    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        create_private(tmp)
        dst = sqlite3.connect(tmp)
        try:
            source().backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        quick_check(tmp)
        os.replace(tmp, target)
    except FileRefused as exc:
        raise BackupFailed(detail=exc.message()) from None
    except (OSError, sqlite3.Error) as exc:
        translated = storage_error(exc)
        if translated is not None:
            raise translated from exc
        raise BackupFailed(detail=str(exc)) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def backup_file(path: Path, *, reason: str, policy: BackupPolicy | None = None) -> Path:
    """Copy the (closed or open) database at ``path`` to the backup directory; return the copy.

    The copy is verified before older ones rotate out under ``policy`` (the user's by default).
    """
    target = private_dir(backup_dir()) / backup_name(path, reason)
    holder: list[sqlite3.Connection] = []

    def open_source() -> sqlite3.Connection:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        holder.append(conn)
        return conn

    try:
        copy_database(open_source, target)
    finally:
        for conn in holder:
            conn.close()
    _rotate(path, policy)
    return target


def backup_document(doc: Document, *, reason: str, policy: BackupPolicy | None = None) -> Path:
    """Back up an open document through its own connection (sees every committed edit)."""
    target = private_dir(backup_dir()) / backup_name(doc.path, reason)
    raw = doc.engine.raw_connection()
    try:
        copy_database(lambda: raw.driver_connection, target)  # type: ignore[return-value,arg-type]
    finally:
        raw.close()
    _rotate(doc.path, policy)
    return target


def _rotate(path: Path, policy: BackupPolicy | None) -> None:
    from jalostamo.store.backup_policy import BackupPolicy, rotate

    rotate(path, policy or BackupPolicy.load())
