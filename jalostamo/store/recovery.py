"""What lies beside a programme file: a write-ahead log (``-wal``) or a rollback journal
(``-journal``) left by a process that died, a full disk, a medium that turned read-only, or
by another database altogether.

* A WAL of this file holds committed work (perhaps all of it, when the closing checkpoint
  failed): SQLite replays it. :func:`valid_wal` lets the probe accept a file whose header
  counts more pages than it has, when such a WAL is beside it.
* A hot journal of this file holds the pages of a transaction that never finished: SQLite
  rolls it back on the first read-write open (:func:`recover`), or, when the file must stay
  untouched, in a private copy (:func:`private_copy`).
* A WAL or journal that is not this file's (another database's, or a stale one beside a file
  copied back by hand) would write foreign pages into the programme: it is recognised by its
  header and by replaying it in a private copy, and moved aside under a ``.foreign-…`` name,
  never deleted (:func:`recover` returns what it moved, for the user to be told).

Header layouts: https://www.sqlite.org/fileformat2.html (WAL: 32-byte header, 24-byte frame
headers; rollback journal: 28-byte header padded to the sector size, records of page number,
page and checksum).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jalostamo.store.connect import connect_ro
from jalostamo.store.schema import APPLICATION_ID, SQLITE_HEADER

log = logging.getLogger(__name__)

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
JOURNAL_HEADER = 28


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def shm_path(path: Path) -> Path:
    return Path(f"{path}-shm")


def journal_path(path: Path) -> Path:
    return Path(f"{path}-journal")


@dataclass(frozen=True)
class Moved:
    """A side file moved out of the way: what it was and where it now lies."""

    kind: str  # "wal" or "journal"
    aside: Path


# --- reading headers ---------------------------------------------------------------------------

def _db_page_size(path: Path) -> int | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return None
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return None
    (raw,) = struct.unpack(">H", head[16:18])
    return 65536 if raw == 1 else raw


def _wal_checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


@dataclass(frozen=True)
class WalHeader:
    page_size: int
    salts: bytes
    big_endian: bool
    #: the newest page 1 among the frames that carry this header's salts, if any
    page_one: bytes | None


def read_wal_header(wal: Path) -> WalHeader | None:
    """The WAL's header when it is a well-formed SQLite WAL (magic, version, checksum), else
    None. Frames are read for their page-1 copies only (header fields, no page checksums)."""
    try:
        with wal.open("rb") as handle:
            head = handle.read(WAL_HEADER)
            if len(head) < WAL_HEADER:
                return None
            magic, version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", head)
            if magic not in WAL_MAGIC or version != WAL_VERSION:
                return None
            if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
                return None
            big_endian = magic & 1 == 1
            if _wal_checksum(head[:24], big_endian) != (ck1, ck2):
                return None
            salts = struct.pack(">2I", salt1, salt2)
            page_one = None
            while True:
                frame = handle.read(WAL_FRAME_HEADER)
                if len(frame) < WAL_FRAME_HEADER or frame[8:16] != salts:
                    break
                (page_no,) = struct.unpack(">I", frame[:4])
                if page_no == 1:
                    page_one = handle.read(page_size)
                else:
                    handle.seek(page_size, os.SEEK_CUR)
    except OSError:
        return None
    return WalHeader(page_size, salts, big_endian, page_one)


def valid_wal(path: Path) -> bool:
    """A well-formed WAL with frames, of the file's page size, lies beside ``path``."""
    wal = wal_path(path)
    try:
        if wal.stat().st_size <= WAL_HEADER:
            return False
    except OSError:
        return False
    header = read_wal_header(wal)
    return header is not None and header.page_size == _db_page_size(path)


@dataclass(frozen=True)
class JournalHeader:
    page_size: int
    #: the original page 1 when it is the journal's first record (it nearly always is)
    page_one: bytes | None


def read_journal_header(journal: Path) -> JournalHeader | None:
    """The header of a hot rollback journal, or None when there is nothing to roll back."""
    try:
        with journal.open("rb") as handle:
            head = handle.read(JOURNAL_HEADER)
            if len(head) < JOURNAL_HEADER or head[:8] != JOURNAL_MAGIC:
                return None
            _records, _nonce, _size, sector, page_size = struct.unpack(">5I", head[8:28])
            if sector < 32 or sector > 65536 or page_size < 512 or page_size > 65536:
                return JournalHeader(0, None)
            handle.seek(sector)
            record = handle.read(4 + page_size)
    except OSError:
        return None
    page_one = record[4:] if len(record) == 4 + page_size and record[:4] == b"\0\0\0\1" else None
    return JournalHeader(page_size, page_one)


# --- is it ours? -------------------------------------------------------------------------------

def _app_id(page_one: bytes) -> int:
    return int(struct.unpack(">I", page_one[68:72])[0])


def _programme_id(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT id FROM programmes ORDER BY deleted_at IS NOT NULL, created_at "
                           "LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _programme_alone(path: Path) -> str | None:
    """The programme id in the file itself, ignoring whatever lies beside it."""
    try:
        conn = connect_ro(path, immutable=True)
    except sqlite3.Error:
        return None
    try:
        return _programme_id(conn)
    finally:
        conn.close()


def _copy_with(path: Path, side: Path | None, folder: Path) -> Path:
    copy = folder / path.name
    shutil.copyfile(path, copy)
    if side is not None:
        shutil.copyfile(side, Path(f"{copy}{side.name[len(path.name):]}"))
    return copy


#: tables whose rows are never removed (deleting one is a tombstone): a side file of this
#: file only ever adds to them
KEPT_TABLES = ("programmes", "teams")


def _ids(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for table in KEPT_TABLES:
        with contextlib.suppress(sqlite3.Error):
            found.update((table, row[0]) for row in conn.execute(f'SELECT id FROM "{table}"'))
    return found


def _ids_alone(path: Path) -> set[tuple[str, str]] | None:
    try:
        conn = connect_ro(path, immutable=True)
    except sqlite3.Error:
        return None
    try:
        return _ids(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _sound_replay(copy: Path, before: set[tuple[str, str]] | None) -> str | None:
    """Open the private ``copy`` read-write (SQLite replays or rolls back what lies beside it);
    its programme id when the result is a sound file of ours that still holds every row of
    ``before`` (the file's own rows), else None."""
    conn = sqlite3.connect(copy)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return None
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            return None  # rows pointing at rows of another programme
        if before and not before <= _ids(conn):
            return None
        return _programme_id(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _db_in_wal_mode(path: Path) -> bool:
    """The file's header says WAL mode (bytes 18-19 = 2). SQLite sets it before it writes any
    WAL, and a file closed by Jalostamo (or made by the backup API) says rollback mode (1)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(20)
    except OSError:
        return True
    return len(head) == 20 and head[18] == 2


def side_file_is_foreign(path: Path, kind: str) -> bool:
    """True when the ``-wal`` or ``-journal`` beside ``path`` is not this file's."""
    side = wal_path(path) if kind == "wal" else journal_path(path)
    page_size = _db_page_size(path)
    try:
        if side.stat().st_size < (WAL_HEADER if kind == "wal" else JOURNAL_HEADER):
            return False  # nothing in it: SQLite ignores it
    except OSError:
        return False
    if kind == "wal":
        wal = read_wal_header(side)
        if wal is None or wal.page_size != page_size:
            return True
        if not _db_in_wal_mode(path):
            return True  # written against another file (e.g. one copied over this one)
        page_one = wal.page_one
    else:
        journal = read_journal_header(side)
        if journal is None:
            return False  # nothing to roll back: SQLite ignores it
        if journal.page_size != page_size:
            return True
        page_one = journal.page_one
    if page_one is not None and _app_id(page_one) != APPLICATION_ID:
        return True
    alone = _programme_alone(path)
    before = _ids_alone(path)
    with tempfile.TemporaryDirectory(prefix="jalostamo-check-", ignore_cleanup_errors=True) as tmp:
        try:
            copy = _copy_with(path, side, Path(tmp))
        except OSError:
            return False  # cannot tell: leave it to SQLite and the quick_check after it
        replayed = _sound_replay(copy, before)
    return replayed is None or (alone is not None and alone != replayed)


# --- acting on it --------------------------------------------------------------------------------

def _aside_name(side: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return side.with_name(f"{side.name}.foreign-{stamp}")


def move_aside(side: Path) -> Path:
    """Rename ``side`` (and a ``-shm`` that belongs with a WAL) out of SQLite's way."""
    aside = _aside_name(side)
    os.replace(side, aside)
    if side.name.endswith("-wal"):
        shm = Path(f"{str(side)[:-4]}-shm")
        with contextlib.suppress(FileNotFoundError):
            os.replace(shm, Path(f"{aside}-shm"))
    log.info("moved %s aside to %s", side, aside)
    return aside


def orphans(path: Path) -> list[Path]:
    """Side files of a programme file that is not there (deleted, moved): they must not be
    replayed into a new file made at the same name."""
    if path.exists():
        return []
    return [side for side in (wal_path(path), journal_path(path), shm_path(path)) if side.exists()]


def recover(path: Path, *, writable: bool) -> list[Moved]:
    """Make what lies beside ``path`` safe to open: a foreign WAL or journal is moved aside;
    a hot journal of this file is rolled back by SQLite when ``writable``. Returns what was
    moved. The caller holds the file's lock (or knows that nobody writes it)."""
    moved: list[Moved] = []
    for kind, side in (("wal", wal_path(path)), ("journal", journal_path(path))):
        if not side.exists():
            continue
        if side_file_is_foreign(path, kind):
            if writable:
                moved.append(Moved(kind, move_aside(side)))
            continue
        if kind == "journal" and writable and read_journal_header(side) is not None:
            conn = sqlite3.connect(path)  # the first read rolls the hot journal back
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
    return moved


def needs_private_copy(path: Path) -> bool:
    """Opening ``path`` read-only needs a private copy: a hot journal lies beside it (a
    read-only connection cannot roll it back), or a foreign WAL (that must not be replayed)."""
    journal = journal_path(path)
    if journal.exists() and read_journal_header(journal) is not None:
        return True
    return wal_path(path).exists() and side_file_is_foreign(path, "wal")


def private_copy(path: Path, folder: Path) -> Path:
    """A copy of ``path`` in ``folder`` as SQLite would make it whole: this file's WAL is
    replayed and its hot journal rolled back there; a foreign side file is left out."""
    sides = []
    for kind, side in (("wal", wal_path(path)), ("journal", journal_path(path))):
        if side.exists() and not side_file_is_foreign(path, kind):
            sides.append(side)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    for side in sides:
        shutil.copyfile(side, Path(f"{copy}{side.name[len(path.name):]}"))
    conn = sqlite3.connect(copy)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    return copy
