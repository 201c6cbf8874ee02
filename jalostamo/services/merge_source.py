"""Opening a file to merge from, treating it as untrusted.

The source is opened read-only (never modified), checked by header and ``quick_check``, and
its schema must be exactly ours: no triggers or views planted in it, every table and column
as we wrote them, row counts and sizes within limits. Values are validated column by column
as they are read (:func:`row_validator`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, String, Table

from jalostamo.errors import FileRefused
from jalostamo.models import Base
from jalostamo.models.base import StrEnumType, UTCDateTime
from jalostamo.store.probe import quick_check, read_header
from jalostamo.store.schema import SCHEMA_VERSION

MAX_SOURCE_BYTES = 4 * 1024**3
MAX_ROWS_PER_TABLE = 2_000_000
MAX_JSON_CHARS = 1_000_000
MAX_BLOB_BYTES = 64 * 1024**2

_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z\Z")

Validator = Callable[[Any], bool]


def _hostile(path: Path, detail: str) -> FileRefused:
    return FileRefused("merge.hostile", path=str(path), detail=detail)


def _validator(column: Any) -> Validator:
    """A cheap check that a raw SQLite value fits ``column`` as this app writes it."""
    col_type = column.type
    nullable = bool(column.nullable)

    def allow_none(check: Validator) -> Validator:
        return lambda v: (v is None and nullable) or (v is not None and check(v))

    if isinstance(col_type, UTCDateTime):
        return allow_none(lambda v: isinstance(v, str) and bool(_TIMESTAMP.match(v)))
    if isinstance(col_type, StrEnumType):
        allowed = {e.value for e in col_type.enum_class}
        return allow_none(lambda v: v in allowed)
    if isinstance(col_type, Boolean):
        return allow_none(lambda v: v in (0, 1) and not isinstance(v, float))
    if isinstance(col_type, Integer):
        return allow_none(lambda v: isinstance(v, int) and -(2**53) < v < 2**53)
    if isinstance(col_type, Float):
        return allow_none(lambda v: isinstance(v, int | float) and v == v and abs(v) < 1e15)
    if isinstance(col_type, Date):
        def is_date(v: Any) -> bool:
            try:
                return isinstance(v, str) and date.fromisoformat(v).isoformat() == v
            except ValueError:
                return False
        return allow_none(is_date)
    if isinstance(col_type, JSON):
        def is_json(v: Any) -> bool:
            if not isinstance(v, str) or len(v) > MAX_JSON_CHARS:
                return False
            try:
                json.loads(v)
            except (ValueError, RecursionError):
                return False
            return True
        return allow_none(is_json)
    if isinstance(col_type, LargeBinary):
        return allow_none(lambda v: isinstance(v, bytes) and len(v) <= MAX_BLOB_BYTES)
    if isinstance(col_type, String):
        limit = col_type.length or 1_000_000
        return allow_none(lambda v: isinstance(v, str) and len(v) <= limit)
    return lambda v: True


def row_validator(table: Table, columns: list[str]) -> Callable[[tuple[Any, ...]], str | None]:
    """Returns a function giving the name of the first bad column of a row, or None."""
    checks = [(name, _validator(table.c[name])) for name in columns]

    def validate(row: tuple[Any, ...]) -> str | None:
        for (name, check), value in zip(checks, row, strict=True):
            if not check(value):
                return name
        return None

    return validate


def media_hash_ok(media_id: str, original: bytes) -> bool:
    return hashlib.sha256(original).hexdigest() == media_id


@contextlib.contextmanager
def open_source(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only, validated connection to a file to merge from."""
    header = read_header(path)  # ours, not newer, not truncated (or FileRefused)
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise _hostile(path, "file too large")
    with contextlib.ExitStack() as stack:
        readable = path
        if header.user_version < SCHEMA_VERSION:
            readable = stack.enter_context(_migrated_copy(path))
        quick_check(readable)
        conn = sqlite3.connect(readable.resolve().as_uri() + "?mode=ro", uri=True)
        stack.callback(conn.close)
        conn.execute("PRAGMA query_only = ON")
        try:
            _check_schema(path, conn)
        except sqlite3.DatabaseError as exc:
            raise _hostile(path, str(exc)) from None
        yield conn


@contextlib.contextmanager
def _migrated_copy(path: Path) -> Iterator[Path]:
    """An older source is migrated in a private copy; the source itself stays untouched."""
    from jalostamo.store.document import upgrade_file

    with tempfile.TemporaryDirectory(prefix="jalostamo-merge-") as tmp:
        copy = Path(tmp) / path.name
        src = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        upgrade_file(copy, backup=False)
        yield copy


def _check_schema(path: Path, conn: sqlite3.Connection) -> None:
    objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
    planted = [name for kind, name in objects if kind in ("trigger", "view")]
    if planted:
        raise _hostile(path, f"unexpected trigger or view {planted[0]!r}")
    tables = {name for kind, name in objects if kind == "table"}
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            raise _hostile(path, f"table {table.name} missing")
        found = [row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')]
        if sorted(found) != sorted(c.name for c in table.columns):
            raise _hostile(path, f"table {table.name} has other columns")
        count = conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
        if count > MAX_ROWS_PER_TABLE:
            raise _hostile(path, f"table {table.name} has {count} rows")
