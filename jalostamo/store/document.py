"""The programme file: one SQLite database per programme (``*.jalostamo``).

A :class:`Document` owns the engine, the lock and the connection pragmas. Opening checks the
file before anything writes to it; creating writes to a temporary name and moves it into place.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool
from sqlalchemy.schema import CreateIndex, CreateTable

from jalostamo.errors import FileRefused, ReadOnlyDocument, StorageFull, UserError
from jalostamo.models import Base, Programme
from jalostamo.store import migrate, recovery
from jalostamo.store.connect import connect_ro, journal_mode, sqlite_uri
from jalostamo.store.device import device_id as local_device_id
from jalostamo.store.lock import FileLock, is_stale, read_lock
from jalostamo.store.meta import (
    FILE_META,
    ROLE_PROGRAMME,
    ROLE_RETURN,
    ROLE_TEAM,
    read_meta,
    write_meta,
)
from jalostamo.store.permissions import is_denied, is_held_open, permission_error
from jalostamo.store.probe import inspect_file
from jalostamo.store.schema import APPLICATION_ID, HEAD_REVISION, REVISIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

SUFFIX = ".jalostamo"
#: the schema version that added the ``file_meta`` table (migration 0002)
FILE_META_SINCE = 2


def _connect_pragmas(dbapi_connection: sqlite3.Connection, readonly: bool,
                     journal: str = "WAL") -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            # the -wal and -shm are made here: the first write to the medium (WAL on a local
            # disk only; network and removable media keep the rollback journal, store.connect)
            cursor.execute(f"PRAGMA journal_mode = {journal}")
            cursor.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        cursor.close()
        dbapi_connection.close()  # the pool does not close a connection its event refused
        raise storage_error(exc) or exc from exc
    cursor.close()


#: a write transaction takes the write lock when it begins (``BEGIN IMMEDIATE``): one that read
#: first and was overtaken by another connection's commit (the live room's host, merging a
#: laptop's changes) would otherwise fail at once with "database is locked" (a stale snapshot
#: cannot be upgraded; the busy timeout does not apply). Set for the next BEGIN of this thread.
_WRITING = threading.local()


def make_engine(path: Path, *, readonly: bool = False, pooled: bool = True) -> Engine:
    """An engine on ``path``, connected through :func:`store.connect.sqlite_uri` (UNC paths,
    mapped drives and odd names included), with the journal mode chosen for its medium."""
    uri = sqlite_uri(path, readonly=readonly)
    journal = "DELETE" if readonly else journal_mode(path)

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    if pooled:
        engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool, pool_size=1,
                               max_overflow=2)
    else:
        engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _connect_pragmas(dbapi_connection, readonly, journal)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = getattr(_WRITING, "next_begin", False) and not readonly
        _WRITING.next_begin = False
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


#: SQLite's primary result codes that mean the medium failed (full, read-only, I/O error)
SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL = 8, 10, 13


def storage_error(exc: BaseException) -> StorageFull | ReadOnlyDocument | None:
    """Translate a write failure that is the medium's fault into a user error, else None."""
    if isinstance(exc, StorageFull | ReadOnlyDocument):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EROFS, errno.EIO, errno.ENODEV, errno.ENXIO,
                         errno.EDQUOT, errno.EFBIG):
            return StorageFull(detail=exc.strerror or str(exc))
        denied = permission_error(exc)  # a read-only share: not a bug
        return denied if isinstance(denied, ReadOnlyDocument) else None
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        if code & 0xFF == SQLITE_READONLY:
            return ReadOnlyDocument()
        if code & 0xFF in (SQLITE_IOERR, SQLITE_FULL):
            return StorageFull(detail=str(orig))
    message = str(orig).lower()
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDocument()
    if any(word in message for word in ("disk is full", "database or disk is full", "disk i/o",
                                        "no such device", "unable to open database")):
        return StorageFull(detail=str(getattr(exc, "orig", exc)))
    return None


def _probe_schema(path: Path, *, has_meta: bool = False, shown: Path | None = None
                  ) -> tuple[list[str], bool]:
    """On a read-only connection: the planted triggers and views, and whether the file holds a
    live programme (our tables can be read; ``file_meta`` too when its version has one). A
    team's return file (only the team's changes, ``services/team_return.py``) is refused
    with a message that says what to do with it."""
    uri = sqlite_uri(path, readonly=True)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise FileRefused("file.unreadable", path=str(path), detail=str(exc)) from None
    try:
        rows = conn.execute(
            "SELECT type || ' ' || name FROM sqlite_master WHERE lower(type) IN ('trigger', 'view')"
        ).fetchall()
        try:
            if has_meta:
                conn.execute("SELECT key, value FROM file_meta LIMIT 1").fetchall()
                if not rows and conn.execute(
                        "SELECT 1 FROM file_meta WHERE key = 'role' AND value = ?",
                        (ROLE_RETURN,)).fetchone():
                    raise FileRefused("file.is_return", path=str(shown or path))
            has_programme = conn.execute(
                "SELECT 1 FROM programmes WHERE deleted_at IS NULL LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:
            has_programme = False
    except sqlite3.DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    finally:
        conn.close()
    return [row[0] for row in rows], has_programme


def _someone_else_writes(path: Path) -> bool:
    """A live process (another copy of the app) holds the file's lock: what lies beside the
    file is that process's work in progress and must be left alone."""
    info = read_lock(path)
    return info is not None and not is_stale(info) and info.pid != os.getpid()


def _recover_beside(path: Path, *, lock: FileLock | None) -> list[UserError]:
    """Deal with a WAL or journal beside ``path`` before anything reads it (see
    :mod:`jalostamo.store.recovery`); what the user should be told about it."""
    if lock is None or not path.exists():
        return []  # read-only: nothing is changed (a private copy is read when needed)
    hot = recovery.read_journal_header(recovery.journal_path(path)) is not None
    notices: list[UserError] = []
    for moved in recovery.recover(path, writable=True):
        side = recovery.wal_path(path) if moved.kind == "wal" else recovery.journal_path(path)
        notices.append(UserError("recovery.side_moved", path=str(path), side=side.name,
                                 aside=moved.aside.name))
        hot = hot and moved.kind != "journal"
    if hot:
        notices.append(UserError("recovery.rolled_back", path=str(path)))
    for notice in notices:
        log.warning("%s", notice.message())
    return notices


def _private_dir() -> tempfile.TemporaryDirectory[str]:
    """Where a read-only document keeps the private copy it reads (removed on close)."""
    return tempfile.TemporaryDirectory(prefix="jalostamo-read-", ignore_cleanup_errors=True)


def _read_only_place(path: Path) -> UserError:
    return ReadOnlyDocument("install.read_only_place", path=str(path), folder=str(path.parent))


def plain_copy(path: Path, folder: Path) -> Path:
    """A copy of ``path`` in ``folder`` through SQLite's backup API, the file only read."""
    copy = folder / path.name
    src = connect_ro(path)
    dst = sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return copy


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class Document:
    """An open programme file."""

    def __init__(self, path: Path, engine: Engine, *, readonly: bool, device_id: str,
                 lock: FileLock | None, private: tempfile.TemporaryDirectory[str] | None = None,
                 notices: list[UserError] | None = None) -> None:
        self.path = path
        self.engine = engine
        self.readonly = readonly
        self.device_id = device_id
        self._lock = lock
        #: a private copy the document reads instead of ``path`` (read-only, file untouched)
        self._private = private
        #: what the user should be told about opening (side files moved aside, a rollback)
        self.notices: list[UserError] = list(notices or [])
        #: why writing is refused beyond "opened read-only" (a folder that cannot be written)
        self.readonly_reason: UserError | None = None
        #: the file as opened; a write checks that ``path`` still is this file (not deleted,
        #: moved or replaced under us, e.g. a USB stick pulled and put back)
        self._identity = _identity(path)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: the connection of the operation running on each thread (see :meth:`operation`)
        self._operation = threading.local()
        meta = read_meta(engine)
        self.role = meta.get("role", ROLE_PROGRAMME)
        #: in a file handed out to one team: that team (its content is editable, the rest not)
        self.team_id = meta.get("team_id") if self.role == ROLE_TEAM else None
        with self._sessions() as session:
            programme = session.scalars(select(Programme).where(Programme.deleted_at.is_(None))).first()
        if programme is None:
            engine.dispose()
            if lock:
                lock.release()
            if private is not None:
                private.cleanup()
            raise FileRefused("file.damaged", path=str(path), detail="no programme")
        self.programme_id = programme.id

    # --- opening and creating ---------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, name: str, *, device_id: str | None = None,
               **programme_fields: Any) -> Document:
        """Create a new programme file. Refuses to overwrite an existing file; side files left
        by a deleted file of the same name are moved aside first (they would be replayed)."""
        path = Path(path)
        if path.exists():
            raise FileRefused("file.exists", path=str(path))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        device = device_id or local_device_id()
        notices: list[UserError] = []
        try:
            for side in recovery.orphans(path):
                if not side.exists():  # a -shm moved along with its -wal
                    continue
                aside = recovery.move_aside(side)
                if not side.name.endswith("-shm"):
                    notices.append(UserError("recovery.orphan_moved", path=str(path),
                                             side=side.name, aside=aside.name))
            build_empty(tmp, name=name, device_id=device, **programme_fields)
            if path.exists():
                raise FileRefused("file.exists", path=str(path))
            os.replace(tmp, path)
        except OSError as exc:
            raise permission_error(exc, path, creating=True) or storage_error(exc) or exc from exc
        except (sqlite3.Error, DBAPIError) as exc:
            raise storage_error(exc) or exc from exc
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        for notice in notices:
            log.warning("%s", notice.message())
        doc = cls.open(path, device_id=device)
        doc.notices[:0] = notices
        return doc

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, device_id: str | None = None,
             force_lock: bool = False, check: bool = True) -> Document:
        """Open an existing file; refuse (untouched) anything that is not a sound Jalostamo file.

        What lies beside the file is dealt with first (:mod:`jalostamo.store.recovery`): this
        file's WAL is replayed and its hot journal rolled back; a foreign one is moved aside.
        Read-only, nothing is changed: a file that needs either, or an older file, is read
        from a private copy made whole (or migrated) there."""
        path = Path(path)
        lock: FileLock | None = None
        #: why a file asked for writing was opened read-only (a read-only folder or share)
        reason: UserError | None = None
        if not readonly:
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                readonly, reason = True, _read_only_place(path)
            else:
                lock = FileLock(path)
                try:
                    lock.acquire(force=force_lock)
                except OSError as exc:  # the lock cannot be written: the medium's fault
                    if not is_denied(exc) or is_held_open(exc) or not path.exists():
                        raise storage_error(exc) or exc from exc
                    # Windows: os.access does not see a share's permissions; creating the
                    # lock beside the file is the first write the share refuses
                    lock, readonly, reason = None, True, _read_only_place(path)
        private: tempfile.TemporaryDirectory[str] | None = None
        try:
            notices = _recover_beside(path, lock=lock)
            if reason is not None and path.exists():
                notices.append(UserError("install.opened_read_only", path=str(path),
                                         folder=str(path.parent)))
            readable = path
            if readonly and not _someone_else_writes(path) and path.exists() \
                    and recovery.needs_private_copy(path):
                private = _private_dir()
                readable = recovery.private_copy(path, Path(private.name))
            header = inspect_file(readable, check=check)
            planted, has_programme = _probe_schema(
                readable, has_meta=header.user_version >= FILE_META_SINCE, shown=path)
            if planted:
                raise FileRefused("safety.file.planted", path=str(path), what=", ".join(planted[:3]))
            if not has_programme:
                raise FileRefused("file.damaged", path=str(path), detail="no programme")
            from jalostamo.store.check import ensure_sound

            ensure_sound(readable, header.user_version)  # every table, column and value is ours
            if header.user_version < SCHEMA_VERSION:
                if readonly:  # an older file, left as it is: read an upgraded private copy
                    if private is None:
                        private = _private_dir()
                        readable = plain_copy(readable, Path(private.name))
                    upgrade_file(readable, backup=False)
                else:
                    upgrade_file(path)
            engine = make_engine(readable, readonly=readonly)
            doc = cls(path, engine, readonly=readonly, device_id=device_id or local_device_id(),
                      lock=lock, private=private, notices=notices)
            doc.readonly_reason = reason
            return doc
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            if lock:
                lock.release()
            if private is not None:
                private.cleanup()
            raise storage_error(exc) or exc from exc
        except BaseException:
            if lock:
                lock.release()
            if private is not None:
                private.cleanup()
            raise

    # --- sessions -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def operation(self) -> Iterator[Connection]:
        """One transaction for everything a user action writes and reads (re-entrant).

        Inside it, :meth:`write`, :meth:`transaction` and :meth:`session` on this thread use
        the operation's connection: what an earlier step wrote is seen by the next one, and
        the whole action commits once at the end, or nothing of it does.
        """
        running = self._operation_connection()
        if running is not None:
            yield running
            return
        with self.write() as conn:
            self._operation.conn = conn
            try:
                yield conn
            finally:
                self._operation.conn = None

    def _operation_connection(self) -> Connection | None:
        return getattr(self._operation, "conn", None)

    def _joined(self, conn: Connection) -> Session:
        """A session on the running operation's connection: its commit and close leave the
        operation's transaction alone (only a failure rolls it back)."""
        return self._sessions(bind=conn, join_transaction_mode="rollback_only")

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; objects stay usable after it closes."""
        running = self._operation_connection()
        with self._joined(running) if running is not None else self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        Failures of the medium (disk full, read-only, stick pulled) become user errors.
        """
        if self.readonly:
            raise self.readonly_reason or ReadOnlyDocument()
        running = self._operation_connection()
        if running is not None:  # part of the running operation: it commits
            with self._joined(running) as session:
                yield session
                session.flush()
            return
        self.check_still_there()
        session = self._sessions()
        try:
            _WRITING.next_begin = True
            with session.begin():
                session.connection()  # begins now, with the write lock
                _WRITING.next_begin = False
                yield session
        except DBAPIError as exc:
            translated = self._write_error(exc)
            if translated is not None:
                raise translated from exc
            raise
        finally:
            session.close()
        self.check_still_there()

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A Core connection in a transaction: the lean path for single edits and bulk rows."""
        if self.readonly:
            raise self.readonly_reason or ReadOnlyDocument()
        running = self._operation_connection()
        if running is not None:  # part of the running operation: it commits
            yield running
            return
        self.check_still_there()
        try:
            _WRITING.next_begin = True
            with self.engine.begin() as conn:
                _WRITING.next_begin = False
                yield conn
        except DBAPIError as exc:
            translated = self._write_error(exc)
            if translated is not None:
                raise translated from exc
            raise
        self.check_still_there()

    def _write_error(self, exc: DBAPIError) -> UserError | None:
        """The user's side of a failed write: the medium's fault, or the file damaged since."""
        translated = storage_error(exc)
        if translated is None and "malformed" in str(exc.orig).lower():
            return FileRefused("file.damaged", path=str(self.path), detail=str(exc.orig))
        return translated

    def check_still_there(self) -> None:
        """Raise :class:`StorageFull` when the file at ``path`` is gone or is another file:
        deleted, moved, or its medium pulled out. Writing on would go nowhere the user sees."""
        if self._identity is not None and _identity(self.path) != self._identity:
            raise StorageFull("safety.file.gone", path=str(self.path))

    def close(self) -> None:
        """Checkpoint the WAL into the file, so that the single file is complete, and unlock.

        When the checkpoint fails (a full disk, a medium gone read-only), every committed
        change is still in the ``-wal`` beside the file and SQLite replays it on the next open:
        the document is closed all the same and :class:`StorageFull` says so."""
        failure: BaseException | None = None
        if not self.readonly:
            try:
                run_outside_transaction(self.engine, "PRAGMA wal_checkpoint(TRUNCATE)",
                                        "PRAGMA journal_mode = DELETE")
            except Exception as exc:  # reported below, after closing
                failure = exc
        self.engine.dispose()
        if self._lock:
            self._lock.release()
        if self._private is not None:
            self._private.cleanup()
            self._private = None
        if failure is not None and storage_error(failure) is None:
            # busy: a reader of this process still open; the WAL stays and is replayed later
            log.warning("closing checkpoint of %s did not run: %s", self.path, failure)
        elif failure is not None and recovery.wal_path(self.path).exists():
            detail = failure.params.get("detail", "") if isinstance(failure, UserError) \
                else str(failure)
            raise StorageFull("recovery.checkpoint_failed", path=str(self.path),
                              wal=recovery.wal_path(self.path).name,
                              detail=detail or str(failure)) from failure

    def __enter__(self) -> Document:
        return self

    def __exit__(self, exc_type: object, *_rest: object) -> None:
        if exc_type is None:
            self.close()
            return
        try:  # an error is on its way already: closing must not hide it
            self.close()
        except UserError as exc:
            log.warning("%s", exc)

    def backup_to(self, target: Path) -> None:
        """Copy the open database to ``target`` with SQLite's backup API (never a raw copy)."""
        tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
        raw = self.engine.raw_connection()
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner-only at once
            os.close(fd)
            dst = sqlite3.connect(tmp)
            try:
                raw.driver_connection.backup(dst)  # type: ignore[union-attr]
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise storage_error(exc) or exc from exc
        finally:
            raw.close()


def run_outside_transaction(engine: Engine, *statements: str) -> None:
    """Run pragmas that SQLite refuses inside a transaction (journal mode, checkpoints)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        for statement in statements:
            cursor.execute(statement).fetchall()
        cursor.close()
    except sqlite3.Error as exc:
        raw.invalidate()  # closed now: a failed checkpoint must not keep the file locked
        raise storage_error(exc) or exc from exc
    finally:
        raw.close()


def _set_file_pragmas(conn: Any, version: int) -> None:
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {version}")


@functools.cache
def schema_statements() -> tuple[str, ...]:
    """The DDL of a new file: what ``create_all`` of the models and ``file_meta`` would run on
    an empty database (each table, then its indexes), compiled once per process: compiling
    the hundred tables took longer than creating them."""
    dialect = sqlite_dialect.dialect()
    statements = []
    for metadata in (Base.metadata, FILE_META):
        for table in metadata.sorted_tables:
            statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
            statements.extend(str(CreateIndex(index).compile(dialect=dialect)).strip()
                              for index in sorted(table.indexes, key=lambda i: i.name or ""))
    return tuple(statements)


@contextlib.contextmanager
def new_schema(engine: Engine) -> Iterator[Connection]:
    """Create a programme file's schema on an empty database: the tables, ``file_meta`` (a
    programme file), the Alembic stamp and the file pragmas; yields the still-open
    transaction so that the caller's first rows land in the same commit."""
    with engine.begin() as conn:
        for statement in schema_statements():
            conn.exec_driver_sql(statement)
        write_meta(conn, role=ROLE_PROGRAMME)
        migrate.write_stamp(conn, HEAD_REVISION)
        _set_file_pragmas(conn, SCHEMA_VERSION)
        yield conn


def build_empty(path: Path, *, name: str, device_id: str, **programme_fields: Any) -> None:
    """Write a new, complete programme file at ``path`` (schema, stamp, the programme row)."""
    from jalostamo.store.backups import create_private

    create_private(path)  # owner-only from the first byte (SQLite's -wal/-shm follow suit)
    engine = make_engine(path, pooled=False)
    try:
        now = datetime.now(UTC)
        with new_schema(engine) as conn, Session(bind=conn) as session:
            session.add(Programme(name=name, device_id=device_id, created_at=now, updated_at=now,
                                  **programme_fields))
            session.flush()
        run_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)",
                                "PRAGMA journal_mode = DELETE")
    finally:
        engine.dispose()
    if os.name == "posix":
        os.chmod(path, 0o600)


def upgrade_file(path: Path, *, backup: bool = True) -> None:
    """Bring an older file to the current schema, after a backup copy of it is taken."""
    from jalostamo.store.backups import backup_file

    if backup:
        backup_file(path, reason="migration")
    engine = make_engine(path, pooled=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, HEAD_REVISION)
            current = migrate.current_revision(conn)
            _set_file_pragmas(conn, REVISIONS.index(current) + 1 if current in REVISIONS else 0)
        run_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def schema_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("PRAGMA user_version")).scalar_one())
