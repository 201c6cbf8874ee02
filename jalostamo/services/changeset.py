"""A changeset: the rows one side changed, as bytes that travel over the network.

The unit of change of the live venue mode (``jalostamo.live``). A changeset holds whole rows
(every column, with ``field_clock``, tombstones, erasure records and media rows), chosen by the
sender; it is applied through **the same merge core as a team file**
(:meth:`jalostamo.services.merge.MergeService.merge_live`): the rows are written into an
in-memory database of the programme's schema, which is then merged like a source file: every
value checked by its column's rule, the ownership rule of the sending team, erasure redaction,
the field-level join of hybrid-clock stamps. Applying the same changeset twice changes nothing.

Bytes: UTF-8 JSON ``{"v": 1, "programme": id, "tables": {name: {"columns": [...],
"rows": [[...], ...]}}}``; blobs are base64 text. :func:`from_bytes` refuses anything else
(:class:`BadChangeSet`) before a row reaches the merge.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import LargeBinary, Table

from jalostamo.models import Base

VERSION = 1
#: what one changeset may weigh as bytes (a bigger one is split by the sender)
MAX_BYTES = 12 * 1024 * 1024
#: file-local tables: never sent
LOCAL_TABLES = frozenset({"merge_records", "conflicts"})
#: the tables that travel, parents before children
SYNCED: tuple[Table, ...] = tuple(t for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES)
_BY_NAME = {t.name: t for t in SYNCED}
#: the columns a row's version is read from (every synced table has them)
VERSION_COLUMNS = ("updated_at", "device_id", "field_clock", "deleted_at")


class BadChangeSet(ValueError):
    """Bytes that are not a changeset of this programme."""


def columns_of(table: Table) -> list[str]:
    """id first, then the other columns in the table's order (blobs included)."""
    return ["id", *(c.name for c in table.columns if c.name != "id")]


def _blob_columns(table: Table) -> frozenset[str]:
    return frozenset(c.name for c in table.columns if isinstance(c.type, LargeBinary))


@dataclass
class ChangeSet:
    programme_id: str
    #: table name -> rows (tuples in :func:`columns_of` order)
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(len(r) for r in self.rows.values())

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(name for name, rows in self.rows.items() if rows)

    def row_keys(self) -> set[tuple[str, str]]:
        return {(name, row[0]) for name, rows in self.rows.items() for row in rows}

    # --- bytes -------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        tables: dict[str, Any] = {}
        for name, rows in self.rows.items():
            if not rows:
                continue
            table = _BY_NAME[name]
            cols = columns_of(table)
            blobs = [i for i, c in enumerate(cols) if c in _blob_columns(table)]
            out = []
            for row in rows:
                values = list(row)
                for i in blobs:
                    if values[i] is not None:
                        values[i] = base64.b64encode(values[i]).decode("ascii")
                out.append(values)
            tables[name] = {"columns": cols, "rows": out}
        return json.dumps({"v": VERSION, "programme": self.programme_id, "tables": tables},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_obj(cls, obj: Any) -> ChangeSet:
        """From the parsed JSON; anything not exactly a changeset raises :class:`BadChangeSet`."""
        if not isinstance(obj, dict) or obj.get("v") != VERSION or \
                not isinstance(obj.get("programme"), str) or not isinstance(obj.get("tables"), dict):
            raise BadChangeSet("not a changeset")
        out = cls(obj["programme"])
        for name, body in obj["tables"].items():
            table = _BY_NAME.get(name)
            if table is None:
                raise BadChangeSet(f"unknown table {name!r}"[:200])
            cols = columns_of(table)
            if not isinstance(body, dict) or body.get("columns") != cols or \
                    not isinstance(body.get("rows"), list):
                raise BadChangeSet(f"{name}: columns differ")
            blobs = [i for i, c in enumerate(cols) if c in _blob_columns(table)]
            rows = []
            for raw in body["rows"]:
                if not isinstance(raw, list) or len(raw) != len(cols) or not isinstance(raw[0], str):
                    raise BadChangeSet(f"{name}: a row of the wrong shape")
                for value in raw:
                    if not (value is None or isinstance(value, str | int | float)):
                        raise BadChangeSet(f"{name}: a value of the wrong type")
                for i in blobs:
                    if raw[i] is not None:
                        try:
                            raw[i] = base64.b64decode(raw[i], validate=True)
                        except (ValueError, TypeError):
                            raise BadChangeSet(f"{name}.{cols[i]}: not base64") from None
                rows.append(tuple(raw))
            out.rows[name] = rows
        return out

    @classmethod
    def from_bytes(cls, data: bytes, *, limit: int = 16 * 1024 * 1024) -> ChangeSet:
        if len(data) > limit:
            raise BadChangeSet("too large")
        try:
            obj = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise BadChangeSet("not JSON") from None
        return cls.from_obj(obj)


# --- reading rows out of a file ------------------------------------------------------------


def read_versions(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every synced row's version (its stamps and tombstone), keyed by (table, id): what
    changed since a scan is what differs from it."""
    out: dict[tuple[str, str], str] = {}
    cols = ", ".join(f'"{c}"' for c in VERSION_COLUMNS)
    for table in SYNCED:
        for row in conn.execute(f'SELECT id, {cols} FROM "{table.name}"'):
            out[(table.name, row[0])] = "\x1f".join("" if v is None else str(v) for v in row[1:])
    return out


def version_of(table: str, row: tuple[Any, ...]) -> str:
    """The version :func:`read_versions` reads, of a whole row (:func:`columns_of` order)."""
    index = _VERSION_INDEX.get(table)
    if index is None:
        cols = columns_of(_BY_NAME[table])
        index = _VERSION_INDEX[table] = [cols.index(c) for c in VERSION_COLUMNS]
    return "\x1f".join("" if row[i] is None else str(row[i]) for i in index)


_VERSION_INDEX: dict[str, list[int]] = {}


def collect(conn: sqlite3.Connection, programme_id: str, keys: Iterable[tuple[str, str]]
            ) -> ChangeSet:
    """The current rows of ``keys`` (the programme row always: the merge checks it)."""
    wanted: dict[str, list[str]] = {}
    for name, row_id in keys:
        if name in _BY_NAME:
            wanted.setdefault(name, []).append(row_id)
    wanted.setdefault("programmes", [])
    if programme_id not in wanted["programmes"]:
        wanted["programmes"].append(programme_id)
    out = ChangeSet(programme_id)
    for table in SYNCED:
        ids = wanted.get(table.name)
        if not ids:
            continue
        cols = ", ".join(f'"{c}"' for c in columns_of(table))
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows.extend(conn.execute(f'SELECT {cols} FROM "{table.name}" WHERE id IN ({marks})',
                                     chunk).fetchall())
        if rows:
            out.rows[table.name] = rows
    return out


def split(changes: ChangeSet, limit: int = MAX_BYTES) -> list[ChangeSet]:
    """Parts of at most about ``limit`` bytes, parents before children (each part can be merged
    on its own after the ones before it); the programme row goes with every part."""
    programme = changes.rows.get("programmes", [])
    parts: list[ChangeSet] = []
    current = ChangeSet(changes.programme_id, {"programmes": list(programme)})
    size = 0
    for table in SYNCED:
        if table.name == "programmes":
            continue
        for row in changes.rows.get(table.name, []):
            weight = sum(len(v) if isinstance(v, str | bytes) else 8 for v in row) * 4 // 3 + 16
            if size and size + weight > limit:
                parts.append(current)
                current = ChangeSet(changes.programme_id, {"programmes": list(programme)})
                size = 0
            current.rows.setdefault(table.name, []).append(row)
            size += weight
    parts.append(current)
    return parts


# --- applying ------------------------------------------------------------------------------


class Stage:
    """An in-memory database of the programme's schema where changesets are laid out to be
    merged, one after the other (made once per host or laptop: a fresh database would parse the
    whole schema again for every changeset)."""

    def __init__(self, schema_of: sqlite3.Connection) -> None:
        self.mem = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        for (sql,) in schema_of.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                                        "type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'"):
            self.mem.execute(sql)

    def close(self) -> None:
        self.mem.close()

    def _clear(self, tables: Iterable[str]) -> None:
        for name in tables:
            self.mem.execute(f'DELETE FROM "{name}"')
        self.mem.execute("DELETE FROM file_meta")

    def load(self, changes: ChangeSet, meta: Mapping[str, str]) -> None:
        """The changeset as the database's rows, with ``meta`` as its ``file_meta``
        (``role``/``team_id``: whose part it may change). Constraint failures (a row that
        cannot exist) raise :class:`BadChangeSet`."""
        self.mem.execute("BEGIN")
        try:
            for name, rows in changes.rows.items():
                if not rows:
                    continue
                cols = columns_of(_BY_NAME[name])
                names = ", ".join(f'"{c}"' for c in cols)
                marks = ", ".join("?" for _ in cols)
                self.mem.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
            self.mem.executemany("INSERT OR REPLACE INTO file_meta (key, value) VALUES (?, ?)",
                                 list(meta.items()))
            self.mem.execute("COMMIT")
        except sqlite3.Error as exc:
            self.mem.execute("ROLLBACK")
            raise BadChangeSet(str(exc)[:300]) from None

    def apply(self, merge: Any, changes: ChangeSet, *, name: str, meta: Mapping[str, str]) -> Any:
        """Merge ``changes`` into the document of ``merge`` (a MergeService); returns its
        summary. ``meta`` decides the ownership rule: ``{"role": "team", "team_id": ...}`` for
        a team's changes; raises ``FileRefused`` for rows the merge refuses (as for a file)."""
        from jalostamo.services.merge_faults import SourceReader

        self.load(changes, meta)
        try:
            ids = {table: [row[0] for row in rows] for table, rows in changes.rows.items() if rows}
            return merge.merge_live(SourceReader(self.mem), name, ids)
        finally:
            self._clear(changes.tables)
