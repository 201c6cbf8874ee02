"""Opening a file to merge from, treating it as untrusted.

The source is opened read-only (never modified), checked by header and ``quick_check``, and
then by the same scan as opening a file (``store/check.py``): its schema must be exactly ours
(no triggers or views in any letter case, every table and column as we wrote them), every
value must fit its column's rule (``models/rules.py``) and every reference must resolve —
except in a team's return file (``file_meta.role = return``, ``services/team_return.py``),
which holds only the rows the team changed: their parents are the programme's, and the merge
checks every reference there (deferred foreign keys, as for any source).

The merge itself (:func:`open_source` with ``values=False``) leaves the value part of that
scan to its own reading: it checks by the same rules (:func:`row_validator`) every value of a
source row that differs from the target's, in value or in type, and a value equal to the
target's (and of the same type) was checked when the target was opened or written. Every
value written is so checked once, and a merge reads each source once. ``jalostamo merge``
runs the whole scan on every source before it opens the target (:func:`check_source`).
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from jalostamo.errors import FileRefused
from jalostamo.i18n import current_language
from jalostamo.models.rules import media_problem, rule_for
from jalostamo.store.check import is_return, link_problems, schema_problems, value_problems
from jalostamo.store.connect import connect_ro
from jalostamo.store.probe import quick_check, read_header
from jalostamo.store.schema import SCHEMA_VERSION

MAX_SOURCE_BYTES = 4 * 1024**3
MAX_ROWS_PER_TABLE = 2_000_000


def _hostile(path: Path, detail: str) -> FileRefused:
    return FileRefused("merge.hostile", path=str(path), detail=detail)


def row_validator(table: Table, columns: list[str]) -> Callable[[tuple[Any, ...]], str | None]:
    """Returns a function giving the name of the first bad column of a row, or None."""
    checks = [(name, rule_for(table.name, name).check()) for name in columns]

    def validate(row: tuple[Any, ...]) -> str | None:
        for (name, check), value in zip(checks, row, strict=True):
            if check(value) is not None:
                return name
        return None

    return validate


def media_hash_ok(media_id: str, original: bytes) -> bool:
    return media_problem(media_id, original) is None


#: sources found sound in this process, by identity, size and modification time: `merge` checks
#: every source before it opens the target, and the merge itself then need not scan it again
_SOUND: set[tuple[str, int, int, int]] = set()


def _identity(path: Path) -> tuple[str, int, int, int]:
    stat = path.stat()
    return str(path.resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns


@contextlib.contextmanager
def open_source(path: Path, *, values: bool = True) -> Iterator[sqlite3.Connection]:
    """A read-only, validated connection to a file to merge from; without ``values`` the
    stored values are left to the merge's own checks (see the module's text)."""
    header = read_header(path)  # ours, not newer, not truncated (or FileRefused)
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise _hostile(path, "file too large")
    with contextlib.ExitStack() as stack:
        readable = path
        if header.user_version < SCHEMA_VERSION:
            readable = stack.enter_context(_migrated_copy(path))
        identity = _identity(path)
        known = identity in _SOUND
        if not known:
            quick_check(readable)
        conn = connect_ro(readable)
        stack.callback(conn.close)
        conn.execute("PRAGMA query_only = ON")
        if not known:
            try:
                _check_schema(path, conn, values=values)
            except sqlite3.DatabaseError as exc:
                raise _hostile(path, str(exc)) from None
            if values:
                _SOUND.add(identity)
        yield conn


def check_source(path: Path) -> None:
    """Refuse a source as the merge would, before the target is even opened."""
    with open_source(path):
        pass


@contextlib.contextmanager
def _migrated_copy(path: Path) -> Iterator[Path]:
    """An older source is migrated in a private copy; the source itself stays untouched."""
    from jalostamo.store.document import plain_copy, upgrade_file

    with tempfile.TemporaryDirectory(prefix="jalostamo-merge-", ignore_cleanup_errors=True) as tmp:
        copy = plain_copy(path, Path(tmp))
        upgrade_file(copy, backup=False)
        yield copy


def _check_schema(path: Path, conn: sqlite3.Connection, *, values: bool = True) -> None:
    """The scan of opening a file (without its values: the merge checks them), then bounded
    row counts."""
    problem = next(schema_problems(conn, SCHEMA_VERSION), None)
    if problem is None:  # the rest of :func:`problems`; file_meta is ours to read now
        rest = itertools.chain(value_problems(conn) if values else (),
                               link_problems(conn, links=not is_return(conn)))
        problem = next(rest, None)
    if problem is not None:
        raise _hostile(path, problem.render(current_language()))
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        count = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if count > MAX_ROWS_PER_TABLE:
            raise _hostile(path, f"table {name} has {count} rows")
