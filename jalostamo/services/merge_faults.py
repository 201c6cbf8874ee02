"""Whose fault a failed merge is: the source's (the file being merged) or the target's.

Both are SQLite files read in the same loop, and SQLite's errors do not say which connection
raised them. Every read of a source goes through :class:`SourceReader`, which turns the
source's failures into :class:`SourceFault`; any other database error of a merge is the
target's, and the user is told to look at the target, not at a sound source.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jalostamo.services.merge_source import open_source

#: what reading a damaged or foreign file can raise
_READ_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)


class SourceFault(Exception):
    """A read of the source failed with ``error``."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class SourceRows:
    """A cursor over a source; a failure while fetching is the source's."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[Any]:
        while True:
            try:
                batch = self._cursor.fetchmany(1000)
            except _READ_ERRORS as exc:
                raise SourceFault(exc) from exc
            if not batch:
                return
            yield from batch

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except _READ_ERRORS as exc:
            raise SourceFault(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return self._cursor.fetchall()
        except _READ_ERRORS as exc:
            raise SourceFault(exc) from exc


class SourceReader:
    """The read-only connection to a source, whose every failure is the source's."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> SourceRows:
        try:
            return SourceRows(self._conn.execute(sql, params))
        except _READ_ERRORS as exc:
            raise SourceFault(exc) from exc


@contextlib.contextmanager
def read_source(path: Path) -> Iterator[SourceReader]:
    """:func:`open_source`, with the failures of opening and reading it as the source's."""
    with contextlib.ExitStack() as stack:
        try:
            conn = stack.enter_context(open_source(path, values=False))
        except _READ_ERRORS as exc:
            raise SourceFault(exc) from exc
        yield SourceReader(conn)
