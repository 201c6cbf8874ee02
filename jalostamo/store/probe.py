"""Look at a file before opening it, without changing a byte of it.

The SQLite header tells whether the file is SQLite at all, whether it is ours
(``application_id``), which schema version it carries (``user_version``) and whether it is
shorter than it says (truncated). ``quick_check`` on a read-only connection finds damage inside.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from jalostamo.errors import FileRefused
from jalostamo.store.connect import sqlite_uri
from jalostamo.store.recovery import valid_wal
from jalostamo.store.schema import APPLICATION_ID, SCHEMA_VERSION, SQLITE_HEADER


@dataclass(frozen=True)
class FileHeader:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> FileHeader:
    """The parts of the SQLite header we need, or :class:`FileRefused` with the reason."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileRefused("file.missing", path=str(path)) from None
    except OSError as exc:
        raise FileRefused("file.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if size == 0:
        raise FileRefused("file.empty", path=str(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise FileRefused("file.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise FileRefused("file.not_sqlite", path=str(path))
    (raw_page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    (page_count,) = struct.unpack(">I", head[28:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    header = FileHeader(page_size, page_count, user_version, application_id)
    if application_id != APPLICATION_ID:
        raise FileRefused("file.not_ours", path=str(path))
    if user_version > SCHEMA_VERSION:
        raise FileRefused("file.newer", path=str(path), found=user_version, known=SCHEMA_VERSION)
    if page_size < 512 or (page_count and size < page_size * page_count and not valid_wal(path)):
        # shorter than its header says, and no WAL of it beside it to make it whole (a closing
        # checkpoint that failed on a full disk leaves exactly that: SQLite replays the WAL)
        raise FileRefused("file.damaged", path=str(path), detail="truncated")
    return header


def quick_check(path: Path) -> None:
    """Run ``PRAGMA quick_check`` on a read-only connection; raise if the file is damaged."""
    uri = sqlite_uri(path, readonly=True)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise FileRefused("file.unreadable", path=str(path), detail=str(exc)) from None
    # a damaged page can hold bytes that are not UTF-8; the report must still be readable
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    finally:
        conn.close()
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        raise FileRefused("file.damaged", path=str(path), detail=problems[0])


def inspect_file(path: Path, *, check: bool = True) -> FileHeader:
    header = read_header(path)
    if check:
        quick_check(path)
    return header
