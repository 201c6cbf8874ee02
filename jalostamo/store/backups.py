"""Backup copies in the user's data directory, always through SQLite's backup API.

Each copy is written to a ``.partial`` name created with owner-only permissions, checked with
``quick_check`` and only then given its final name; older copies rotate out afterwards (see
:mod:`jalostamo.store.backup_policy`), so a bad copy never pushes a good one out. A partial copy
left by a process that died mid-copy is removed at the next backup of the same programme.

Backups belong to a programme by its id (the programme row's UUID), which is part of the name:
``<stem>.<UTC stamp>.<reason>.<programme id><suffix>``, so two files of the same name in
different folders never share a rotation. ``index.json`` in the backup folder remembers which
programme each file path held, for when the file itself can no longer be read (damaged).
Copies from before (``<stem>.<stamp>.<reason><suffix>``) are still found by their stem.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jalostamo.errors import FileRefused, UserError
from jalostamo.paths import backup_dir
from jalostamo.store.connect import connect_ro

if TYPE_CHECKING:
    from jalostamo.store.backup_policy import BackupPolicy
    from jalostamo.store.document import Document

#: why a backup was taken; part of the file name
REASONS = ("auto", "close", "import", "merge", "migration", "manual", "restore")

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z]+)"
                   rf"(?:\.(?P<programme>{_UUID}))?(?P<suffix>\.[^.]+)$")
_PARTIAL = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.partial(?P<side>-journal)?$")
INDEX_FILE = "index.json"


class BackupFailed(UserError):
    key = "safety.backup.failed"


def backup_name(path: Path, reason: str, when: datetime | None = None,
                programme_id: str | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime(STAMP_FORMAT)
    key = f".{programme_id}" if programme_id else ""
    return f"{path.stem}.{stamp}.{reason}{key}{path.suffix}"


def programme_of_backup(name: str) -> str | None:
    """The programme id in a backup's name (None for a copy named before ids were)."""
    match = _NAME.match(name)
    return match["programme"] if match else None


def partial_target(name: str) -> tuple[str, int] | None:
    """``(final name, writer's process id)`` of a partial copy's file name, else None."""
    match = _PARTIAL.match(name)
    return (match["name"], int(match["pid"])) if match else None


def programme_id_of(path: Path) -> str | None:
    """The id of the programme in the file at ``path``, or the one remembered for that path
    when the file cannot be read; None when neither is known."""
    try:
        conn = connect_ro(path)
        try:
            row = conn.execute("SELECT id FROM programmes ORDER BY deleted_at IS NOT NULL "
                               "LIMIT 1").fetchone()
        finally:
            conn.close()
        if row and isinstance(row[0], str) and re.fullmatch(_UUID, row[0]):
            return row[0]
    except (sqlite3.Error, OSError):
        pass
    return _read_index().get(str(path.resolve()))


def _read_index() -> dict[str, str]:
    try:
        data = json.loads((backup_dir() / INDEX_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(data, dict) else {}


def remember(path: Path, programme_id: str) -> None:
    """Note in the index that ``path`` holds ``programme_id`` (best effort)."""
    key = str(path.resolve())
    index = _read_index()
    if index.get(key) == programme_id:
        return
    index[key] = programme_id
    target = backup_dir() / INDEX_FILE
    tmp = target.with_name(f".{INDEX_FILE}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(index, ensure_ascii=False, indent=0), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def remove_dead_partials(programme_id: str | None, path: Path) -> list[Path]:
    """Remove partial copies of this programme's backups whose writer is gone (killed or
    crashed mid-copy); returns what was removed."""
    from jalostamo.store.lock import _pid_alive

    removed = []
    for entry in backup_dir().iterdir():
        found = partial_target(entry.name)
        if found is None or found[1] == os.getpid() or _pid_alive(found[1]):
            continue
        if not _belongs(found[0], programme_id, path):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


def _belongs(name: str, programme_id: str | None, path: Path) -> bool:
    parsed = parse_backup_name(name)
    if parsed is None:
        return False
    named = programme_of_backup(name)
    if named is not None and programme_id is not None:
        return named == programme_id
    return parsed[0] == path.stem and parsed[3] == path.suffix


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
    programme_id = programme_id_of(path)
    target = private_dir(backup_dir()) / backup_name(path, reason, programme_id=programme_id)
    remove_dead_partials(programme_id, path)
    holder: list[sqlite3.Connection] = []

    def open_source() -> sqlite3.Connection:
        conn = connect_ro(path)
        holder.append(conn)
        return conn

    try:
        copy_database(open_source, target)
    finally:
        for conn in holder:
            conn.close()
    if programme_id:
        remember(path, programme_id)
    _rotate(path, policy)
    return target


def backup_document(doc: Document, *, reason: str, policy: BackupPolicy | None = None) -> Path:
    """Back up an open document through its own connection (sees every committed edit)."""
    target = private_dir(backup_dir()) / backup_name(doc.path, reason,
                                                     programme_id=doc.programme_id)
    remove_dead_partials(doc.programme_id, doc.path)
    raw = doc.engine.raw_connection()
    try:
        copy_database(lambda: raw.driver_connection, target)  # type: ignore[return-value,arg-type]
    finally:
        raw.close()
    remember(doc.path, doc.programme_id)
    _rotate(doc.path, policy)
    return target


def backups_of(programme: str | Path) -> list[Path]:
    """Every backup file of a programme (by its id, or by the path of its file), partial
    copies included: what holds its data in the backup folder (e.g. for erasing a person)."""
    from jalostamo.store.backup_policy import candidates

    found = [entry for entry, _taken, _reason in candidates(programme)]
    programme_id = programme if isinstance(programme, str) else programme_id_of(programme)
    path = programme if isinstance(programme, Path) else Path(f"?{programme}")
    for entry in backup_dir().iterdir():
        target = partial_target(entry.name)
        if target is not None and _belongs(target[0], programme_id, path):
            found.append(entry)
    return found


def _rotate(path: Path, policy: BackupPolicy | None) -> None:
    from jalostamo.store.backup_policy import BackupPolicy, rotate

    rotate(path, policy or BackupPolicy.load())
