"""Is this file one Jalostamo made? The scan run on open, on merge sources and by ``check``.

Read-only. :func:`problems` yields what is wrong, in order: the schema (anything in
``sqlite_master`` that the models do not make — triggers and views in any letter case, virtual
tables, unknown tables or indexes, columns dropped or added), the Alembic stamp, every stored
value against its column's rule (``models/rules.py``), the foreign keys and the one live
programme. Opening a file takes the first problem (:func:`first_problem`); ``jalostamo check``
lists up to N of them (:func:`check_file`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jalostamo.errors import FileRefused
from jalostamo.models.rules import (
    BINARY,
    MAX_BLOB_BYTES,
    MEDIA_TABLE,
    Reason,
    all_rules,
    column_fits,
    media_problem,
    reason,
)
from jalostamo.store.connect import connect_ro
from jalostamo.store.probe import read_header
from jalostamo.store.schema import REVISIONS, SCHEMA_VERSION

#: problems ``jalostamo check`` lists (the rest are counted)
DEFAULT_LIMIT = 20
#: columns that migrations add after a schema version: an older file may lack them
ADDED_AFTER: dict[int, frozenset[str]] = {1: frozenset({"base_updated_at", "base_device_id"}),
                                          2: frozenset({"field_clock", "field"}),
                                          3: frozenset({"alt_text"})}
#: the models' tables that migrations add after a schema version: an older file lacks them
TABLES_ADDED_AFTER: dict[int, frozenset[str]] = {2: frozenset({"erasures"})}
#: tables besides the models' that a file of a schema version has
FILE_TABLES: dict[int, frozenset[str]] = {1: frozenset({"alembic_version"}),
                                         2: frozenset({"alembic_version", "file_meta"}),
                                         3: frozenset({"alembic_version", "file_meta"}),
                                         4: frozenset({"alembic_version", "file_meta"})}

_CREATE = re.compile(r"\s*CREATE\s+(?:UNIQUE\s+)?(\w+)", re.IGNORECASE)
_FETCH = 4096


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file: where (table, row id, column; any may be None) and why."""

    why: Reason
    table: str | None = None
    row: str | None = None
    column: str | None = None

    def render(self, lang: str | None = None) -> str:
        from jalostamo.i18n import translate
        from jalostamo.messages import MESSAGES

        if self.table is None:
            return self.why.render(lang)

        def named(prefix: str, name: str | None) -> str:
            if name is None:
                return "-"
            key = f"{prefix}.{name}"
            return f"{translate(key, lang)} ({name})" if key in MESSAGES else name

        where = translate("rules.where.row", lang, table=named("table", self.table),
                          row=self.row or "-", field=named("field", self.column))
        return translate("rules.problem", lang, where=where, reason=self.why.render(lang))


class FileInvalid(FileRefused):
    """A file changed outside Jalostamo: refused on open, naming its first problem."""

    key = "file.invalid"

    def __init__(self, path: Path, problem: Problem) -> None:
        super().__init__(path=str(path), problem=problem)
        self.problem = problem

    def message(self, lang: str | None = None) -> str:
        from jalostamo.i18n import translate

        return translate(self.key, lang, path=self.params["path"],
                         problem=self.problem.render(lang))


@dataclass
class CheckReport:
    path: Path
    schema_version: int
    teams: int
    #: the first problems found (at most the limit asked for)
    problems: list[Problem] = field(default_factory=list)
    #: how many problems there are in all
    count: int = 0


# --- the scan ---------------------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, int]]:
    return [(row[1], row[6]) for row in conn.execute(f'PRAGMA table_xinfo("{table}")')]


def schema_problems(conn: sqlite3.Connection, version: int) -> Iterator[Problem]:
    """What in ``sqlite_master`` and the tables' columns Jalostamo would not have made."""
    rules = all_rules()
    found_tables: set[str] = set()
    yield from _planted(conn, version, found_tables)
    optional = set().union(*(cols for since, cols in ADDED_AFTER.items() if version <= since))
    later = set().union(*(t for since, t in TABLES_ADDED_AFTER.items() if version <= since))
    for name, columns in rules.items():
        if name not in found_tables and name in later:
            continue  # a migration adds it when the file is opened for writing
        if name not in found_tables:
            yield Problem(reason("rules.schema.missing_table", table=name))
            continue
        yield from _column_problems(conn, name, columns, optional)
    yield from _revision_problems(conn, version, found_tables)


def _planted(conn: sqlite3.Connection, version: int, found_tables: set[str]
             ) -> Iterator[Problem]:
    """Every table, index, view or trigger Jalostamo would not have made; the tables it
    would have made go into ``found_tables``."""
    from jalostamo.models import Base

    tables = set(all_rules()) | FILE_TABLES.get(version, FILE_TABLES[SCHEMA_VERSION])
    indexes = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall():
        head = _CREATE.match(sql or "")
        word = head.group(1).lower() if head else None
        if kind == "table" and word == "table":
            if name in tables:
                found_tables.add(name)
                continue
            if str(name).startswith("sqlite_stat"):
                continue  # ANALYZE's statistics: data for the planner, never run
        elif kind == "index" and table in tables and (
                (sql is None and str(name).startswith(f"sqlite_autoindex_{table}_"))
                or (word == "index" and name in indexes)):
            continue
        yield Problem(reason("rules.schema.planted", kind=str(kind)[:40], name=str(name)[:100]))


def _column_problems(conn: sqlite3.Connection, name: str, columns: Collection[str],
                     optional: set[str]) -> Iterator[Problem]:
    """A table's columns Jalostamo would not have made, then those it lacks (``optional``:
    the ones a migration adds to an older file)."""
    found = _columns(conn, name)  # read once: a merge scans every source's schema
    present = {column for column, hidden in found if not hidden}
    for column, hidden in found:
        if hidden or column not in columns:
            yield Problem(reason("rules.schema.extra_column", table=name,
                                 column=str(column)[:100]))
    for column in columns:
        if column not in present and column not in optional:
            yield Problem(reason("rules.schema.missing_column", table=name, column=column))


def _revision_problems(conn: sqlite3.Connection, version: int, found_tables: set[str]
                       ) -> Iterator[Problem]:
    """The Alembic stamp: there, and the revision of the file's schema version."""
    if "alembic_version" not in found_tables:
        yield Problem(reason("rules.schema.missing_table", table="alembic_version"))
        return
    stamps = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    expected = REVISIONS[version - 1] if 0 < version <= len(REVISIONS) else None
    if stamps != [expected]:
        shown = ", ".join(str(s)[:40] for s in stamps) or "-"
        yield Problem(reason("rules.schema.revision", found=shown))


def _row_label(value: Any, rowid: int) -> str:
    if isinstance(value, str) and value.isprintable():
        return value[:70]
    return f"rowid {rowid}"


def _select(table: str, columns: list[str], kinds: dict[str, str], *, typed: bool) -> str:
    parts = ["rowid"]
    for column in columns:
        quoted = f'"{column}"'
        if kinds[column] == BINARY:  # the blob itself is not read, only whether it fits
            parts.append(f"CASE WHEN typeof({quoted}) = 'blob' AND length({quoted}) <= "
                         f"{MAX_BLOB_BYTES} THEN x'' ELSE {quoted} END")
        else:
            parts.append(quoted)
        if typed:
            parts.append(f"typeof({quoted})")
    return f'SELECT {", ".join(parts)} FROM "{table}"'


def _table_value_problems(conn: sqlite3.Connection, table: str, columns: list[str]
                          ) -> Iterator[Problem]:
    rules = all_rules()[table]
    checks = [(column, rules[column].check()) for column in columns]
    kinds = {column: rules[column].kind for column in columns}
    id_at = columns.index("id") + 1 if "id" in columns else None
    try:
        found: list[Problem] = []
        cursor = conn.execute(_select(table, columns, kinds, typed=False))
        while batch := cursor.fetchmany(_FETCH):
            values_by_column = list(zip(*batch, strict=True))
            for position, (column, check) in enumerate(checks, 1):
                if column_fits(rules[column], values_by_column[position]):
                    continue
                # each distinct value once: ids of parents, instants, kinds and styles repeat
                bad = {value: why for value in set(values_by_column[position])
                       if (why := check(value)) is not None}
                for row in batch if bad else ():
                    if row[position] in bad:
                        label = _row_label(row[id_at] if id_at else None, row[0])
                        found.append(Problem(bad[row[position]], table, label, column))
        yield from found
        return
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc).lower():
            raise
    # text that is not UTF-8: read the raw bytes to say where
    yield from _undecodable(conn, table, columns, kinds, checks)


def _undecodable(conn: sqlite3.Connection, table: str, columns: list[str], kinds: dict[str, str],
                 checks: list[Any]) -> Iterator[Problem]:
    raw = conn.cursor()
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = raw.execute(_select(table, columns, kinds, typed=True)).fetchall()
    finally:
        conn.text_factory = previous
    bad_utf8 = reason("rules.reason.utf8")
    for row in rows:
        values: list[Any] = []
        problems: list[tuple[str, Reason]] = []
        for position, (column, check) in enumerate(checks):
            value, kind = row[1 + 2 * position], row[2 + 2 * position]
            if kind == b"text" and isinstance(value, bytes):
                try:
                    value = value.decode("utf-8")
                except UnicodeDecodeError:
                    problems.append((column, bad_utf8))
                    values.append(None)
                    continue
            values.append(value)
            why = check(value)
            if why is not None:
                problems.append((column, why))
        label = _row_label(values[columns.index("id")] if "id" in columns else None, row[0])
        for column, why in problems:
            yield Problem(why, table, label, column)


def value_problems(conn: sqlite3.Connection, *, full: bool = False) -> Iterator[Problem]:
    """Every stored value against its column's rule; with ``full``, photos against their ids."""
    for table, rules in all_rules().items():
        present = {column for column, _hidden in _columns(conn, table)}
        if not present:
            continue  # a table a later migration adds (the schema scan allowed its absence)
        yield from _table_value_problems(conn, table, [c for c in rules if c in present])
    if full:
        for media_id, original in conn.execute(
                f'SELECT id, original FROM "{MEDIA_TABLE}" WHERE typeof(original) = \'blob\''):
            why = media_problem(media_id, original)
            if why is not None:
                yield Problem(why, MEDIA_TABLE, _row_label(media_id, 0), "id")


def link_problems(conn: sqlite3.Connection) -> Iterator[Problem]:
    """References to rows that are not there, and the one live programme."""
    columns: dict[tuple[str, int], str] = {}
    for table, rowid, parent, fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        if (table, fk) not in columns:
            for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                columns[(table, row[0])] = row[3]
        found = conn.execute(f'SELECT id FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        yield Problem(reason("rules.reason.dangling", parent=parent), table,
                      _row_label(found[0] if found else None, rowid), columns.get((table, fk)))
    live = conn.execute("SELECT count(*) FROM programmes WHERE deleted_at IS NULL").fetchone()[0]
    if live == 0:
        yield Problem(reason("rules.schema.no_programme"))
    elif live > 1:
        yield Problem(reason("rules.schema.many_programmes", count=live))


def problems(conn: sqlite3.Connection, version: int, *, full: bool = False,
             values: bool = True) -> Iterator[Problem]:
    """Everything wrong with the open database of schema ``version``, schema first; without
    ``values`` the stored values are not scanned (a merge checks those it reads)."""
    schema = list(schema_problems(conn, version))
    yield from schema
    if any(p.why.key != "rules.schema.extra_column" for p in schema):
        return  # values of a schema that is not ours cannot be read by column
    if values:
        yield from value_problems(conn, full=full)
    yield from link_problems(conn)


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = connect_ro(path)
    except sqlite3.Error as exc:
        raise FileRefused("file.unreadable", path=str(path), detail=str(exc)) from None
    conn.execute("PRAGMA query_only = ON")
    return conn


def first_problem(path: Path, version: int) -> Problem | None:
    """The first thing wrong with the file at ``path`` (the quick scan on open), or None."""
    conn = _connect(path)
    try:
        return next(problems(conn, version), None)
    except sqlite3.DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    finally:
        conn.close()


def ensure_sound(path: Path, version: int) -> None:
    """Raise :class:`FileInvalid` naming the first problem of the file, if it has one."""
    problem = first_problem(path, version)
    if problem is not None:
        raise FileInvalid(path, problem)


def check_file(path: Path, *, limit: int = DEFAULT_LIMIT) -> CheckReport:
    """Header, ``integrity_check``, then every problem (the first ``limit`` kept, all counted)."""
    header = read_header(path)
    conn = _connect(path)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        damage = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        if damage:
            raise FileRefused("file.damaged", path=str(path), detail=damage[0])
        conn.text_factory = str
        report = CheckReport(path, header.user_version, 0)
        for problem in problems(conn, header.user_version, full=True):
            if len(report.problems) < limit:
                report.problems.append(problem)
            report.count += 1
        if not report.count:
            report.teams = int(conn.execute(
                "SELECT count(*) FROM teams WHERE deleted_at IS NULL").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    finally:
        conn.close()
    return report
