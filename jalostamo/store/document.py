"""The programme file: one SQLite database per programme (``*.jalostamo``).

A :class:`Document` owns the engine, the lock and the connection pragmas. Opening checks the
file before anything writes to it; creating writes to a temporary name and moves it into place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from jalostamo.errors import FileRefused, ReadOnlyDocument, StorageFull, UserError
from jalostamo.models import Base, Programme
from jalostamo.store import migrate
from jalostamo.store.device import device_id as local_device_id
from jalostamo.store.lock import FileLock
from jalostamo.store.meta import FILE_META, ROLE_PROGRAMME, ROLE_TEAM, read_meta, write_meta
from jalostamo.store.probe import inspect_file
from jalostamo.store.schema import APPLICATION_ID, HEAD_REVISION, REVISIONS, SCHEMA_VERSION

SUFFIX = ".jalostamo"
#: the schema version that added the ``file_meta`` table (migration 0002)
FILE_META_SINCE = 2


def _connect_pragmas(dbapi_connection: sqlite3.Connection, readonly: bool) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(path: Path, *, readonly: bool = False, pooled: bool = True) -> Engine:
    url = f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true" if readonly else f"sqlite:///{path}"
    if pooled:
        engine = create_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=2)
    else:
        engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _connect_pragmas(dbapi_connection, readonly)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def storage_error(exc: BaseException) -> StorageFull | ReadOnlyDocument | None:
    """Translate a write failure that is the medium's fault into a user error, else None."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EROFS, errno.EIO, errno.ENODEV, errno.ENXIO,
                         errno.EDQUOT):
            return StorageFull(detail=exc.strerror or str(exc))
        return None
    message = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDocument()
    if any(word in message for word in ("disk is full", "database or disk is full", "disk i/o",
                                        "no such device", "unable to open database")):
        return StorageFull(detail=str(getattr(exc, "orig", exc)))
    return None


def planted_sql(path: Path) -> list[str]:
    """Triggers and views in the file's schema. Jalostamo never creates any, so a file that has
    them was made or changed by something else; they would run SQL we never wrote."""
    return _probe_schema(path)[0]


def _probe_schema(path: Path, *, has_meta: bool = False) -> tuple[list[str], bool]:
    """On a read-only connection: the planted triggers and views, and whether the file holds a
    live programme (our tables can be read; ``file_meta`` too when its version has one)."""
    uri = path.resolve().as_uri() + "?mode=ro"
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
            has_programme = conn.execute(
                "SELECT 1 FROM programmes WHERE deleted_at IS NULL LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:
            has_programme = False
    except sqlite3.DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    finally:
        conn.close()
    return [row[0] for row in rows], has_programme


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class Document:
    """An open programme file."""

    def __init__(self, path: Path, engine: Engine, *, readonly: bool, device_id: str,
                 lock: FileLock | None) -> None:
        self.path = path
        self.engine = engine
        self.readonly = readonly
        self.device_id = device_id
        self._lock = lock
        #: the file as opened; a write checks that ``path`` still is this file (not deleted,
        #: moved or replaced under us, e.g. a USB stick pulled and put back)
        self._identity = _identity(path)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
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
            raise FileRefused("file.damaged", path=str(path), detail="no programme")
        self.programme_id = programme.id

    # --- opening and creating ---------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, name: str, *, device_id: str | None = None,
               **programme_fields: Any) -> Document:
        """Create a new programme file. Refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise FileRefused("file.exists", path=str(path))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        device = device_id or local_device_id()
        try:
            build_empty(tmp, name=name, device_id=device, **programme_fields)
            if path.exists():
                raise FileRefused("file.exists", path=str(path))
            os.replace(tmp, path)
        except OSError as exc:
            raise storage_error(exc) or exc from exc
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return cls.open(path, device_id=device)

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, device_id: str | None = None,
             force_lock: bool = False, check: bool = True) -> Document:
        """Open an existing file; refuse (untouched) anything that is not a sound Jalostamo file."""
        path = Path(path)
        header = inspect_file(path, check=check)
        planted, has_programme = _probe_schema(path, has_meta=header.user_version >= FILE_META_SINCE)
        if planted:
            raise FileRefused("safety.file.planted", path=str(path), what=", ".join(planted[:3]))
        if not has_programme:
            raise FileRefused("file.damaged", path=str(path), detail="no programme")
        from jalostamo.store.check import ensure_sound

        ensure_sound(path, header.user_version)  # every table, column and value is ours
        lock: FileLock | None = None
        if not readonly:
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                readonly = True
            else:
                lock = FileLock(path)
                lock.acquire(force=force_lock)
        try:
            if header.user_version < SCHEMA_VERSION:
                if readonly:
                    raise FileRefused("file.newer", path=str(path), found=header.user_version,
                                      known=SCHEMA_VERSION)  # pragma: no cover - old & read-only
                upgrade_file(path)
            engine = make_engine(path, readonly=readonly)
            return cls(path, engine, readonly=readonly, device_id=device_id or local_device_id(),
                       lock=lock)
        except BaseException:
            if lock:
                lock.release()
            raise

    # --- sessions -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; objects stay usable after it closes."""
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        Failures of the medium (disk full, read-only, stick pulled) become user errors.
        """
        if self.readonly:
            raise ReadOnlyDocument()
        self.check_still_there()
        session = self._sessions()
        try:
            with session.begin():
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
            raise ReadOnlyDocument()
        self.check_still_there()
        try:
            with self.engine.begin() as conn:
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
        """Checkpoint the WAL into the file, so that the single file is complete, and unlock."""
        if not self.readonly:
            with contextlib.suppress(Exception):
                run_outside_transaction(self.engine, "PRAGMA wal_checkpoint(TRUNCATE)",
                                        "PRAGMA journal_mode = DELETE")
        self.engine.dispose()
        if self._lock:
            self._lock.release()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
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
    finally:
        raw.close()


def _set_file_pragmas(conn: Any, version: int) -> None:
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {version}")


@contextlib.contextmanager
def new_schema(engine: Engine) -> Iterator[Connection]:
    """Create a programme file's schema on an empty database: the tables, ``file_meta`` (a
    programme file), the Alembic stamp and the file pragmas; yields the still-open
    transaction so that the caller's first rows land in the same commit."""
    Base.metadata.create_all(engine)
    FILE_META.create_all(engine)
    with engine.begin() as conn:
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
