"""Bringing the work of several laptops together: rows by id, the newer version wins.

Rules (see docs/architecture.md, "Merging"):

- Rows are matched by id. When the two versions differ, the one with the larger
  ``(updated_at, device_id, content digest)`` wins **as a whole row**. That order is total, so a
  merge is idempotent and order-independent: every file that has seen the same versions ends
  with the same rows, whatever the order of the merges.
- Deletions are tombstones (``deleted_at``) and travel like any other change. Media rows are
  keyed by the SHA-256 of their bytes; a source's media row must hash to its id.
- The losing version is logged as a :class:`Conflict` when it was an edit the winner did not
  start from: not when the winner was edited from it (``base_*`` stamps), not when both
  came from the same device one after the other, not when only the stamps differ.
- All sources of one call are merged in one transaction with deferred foreign keys: a source
  that refers to missing rows, a crash or a kill leaves the target exactly as it was.
  A backup copy of the target is taken first.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import LargeBinary, Table

from jalostamo.errors import FileRefused
from jalostamo.models import Base, ConflictStatus, new_id
from jalostamo.models.base import TIMESTAMP_FORMAT
from jalostamo.services.events import Change, EventBus, Op
from jalostamo.services.merge_source import media_hash_ok, open_source, row_validator
from jalostamo.services.merge_teams import TeamResolver
from jalostamo.store.document import Document, storage_error

#: file-local logs: never carried from one file to another
LOCAL_TABLES = frozenset({"merge_records", "conflicts"})
CONTENT_SKIP = frozenset({"updated_at", "device_id", "base_updated_at", "base_device_id"})


@dataclass
class MergeSummary:
    sources: list[str] = field(default_factory=list)
    #: (team label or "", table, "added" | "changed" | "deleted") -> count
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    conflicts: int = 0
    written: bool = False

    def total(self, op: str) -> int:
        return sum(n for (_team, _table, o), n in self.counts.items() if o == op)


@dataclass
class _TableSpec:
    table: Table
    columns: list[str]  # without blob columns
    blobs: list[str]
    index: dict[str, int]

    @classmethod
    def of(cls, table: Table) -> _TableSpec:
        blobs = [c.name for c in table.columns if isinstance(c.type, LargeBinary)]
        # id first: rows are matched on row[0]
        columns = ["id", *(c.name for c in table.columns if c.name not in blobs and c.name != "id")]
        return cls(table, columns, blobs, {name: i for i, name in enumerate(columns)})


def _digest(row: tuple[Any, ...]) -> str:
    return hashlib.sha256(repr(row).encode("utf-8")).hexdigest()


def _beats(spec: _TableSpec, a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Whether version ``a`` wins over ``b``: later (updated_at, device_id), then digest."""
    u, d = spec.index["updated_at"], spec.index["device_id"]
    stamp_a, stamp_b = (a[u] or "", a[d] or ""), (b[u] or "", b[d] or "")
    if stamp_a != stamp_b:
        return stamp_a > stamp_b
    return _digest(a) > _digest(b)


def _is_conflict(spec: _TableSpec, winner: tuple[Any, ...], loser: tuple[Any, ...]) -> bool:
    i = spec.index
    same_content = all(w == lo for name, w, lo in zip(spec.columns, winner, loser, strict=True)
                       if name not in CONTENT_SKIP)
    if same_content:
        return False
    loser_stamp = (loser[i["updated_at"]], loser[i["device_id"]])
    if loser_stamp == (winner[i["base_updated_at"]], winner[i["base_device_id"]]):
        return False  # the winner was edited from the loser: a plain update
    return loser[i["device_id"]] != winner[i["device_id"]]


def _checkpoint(step: str) -> None:
    """Crash-test hook: ``JALOSTAMO_MERGE_CRASH_AT=step`` ends the process abruptly there."""
    if os.environ.get("JALOSTAMO_MERGE_CRASH_AT") == step:
        os._exit(70)


class MergeService:
    """Merges team files (or any files of the same programme) into the open document."""

    def __init__(self, doc: Document, events: EventBus) -> None:
        self.doc = doc
        self.events = events

    def preview(self, sources: Sequence[Path]) -> MergeSummary:
        """What a merge would add, change and delete; nothing is written."""
        return self._run(sources, write=False)

    def merge(self, sources: Sequence[Path]) -> MergeSummary:
        return self._run(sources, write=True)

    def _run(self, sources: Sequence[Path], *, write: bool) -> MergeSummary:
        if self.doc.readonly:
            from jalostamo.errors import ReadOnlyDocument

            raise ReadOnlyDocument()
        for source in sources:
            if source.resolve() == self.doc.path.resolve():
                raise FileRefused("merge.same_file", path=str(source))
        if write:
            from jalostamo.store.backups import backup_file

            backup_file(self.doc.path, reason="merge")
        summary = MergeSummary()
        self._cache: dict[str, dict[str, tuple[Any, ...]]] = {}
        raw = self.doc.engine.raw_connection()
        conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("PRAGMA defer_foreign_keys = ON")
            try:
                for source in sources:
                    self._merge_one(conn, source, summary)
                _checkpoint("before-commit")
                if write:
                    conn.execute("COMMIT")
                    summary.written = True
                else:
                    conn.execute("ROLLBACK")
            except sqlite3.IntegrityError as exc:
                conn.execute("ROLLBACK")
                raise FileRefused("merge.broken_links", path=", ".join(map(str, sources)),
                                  detail=str(exc)) from None
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:  # BEGIN IMMEDIATE or COMMIT on a full or read-only medium
            medium = storage_error(exc)
            if medium is None:
                raise
            raise medium from exc
        finally:
            raw.close()
            self._cache = {}
        if summary.written:
            self.events.emit(Change("*", Op.RELOADED))
        return summary

    def _target_rows(self, conn: sqlite3.Connection, spec: _TableSpec) -> dict[str, tuple[Any, ...]]:
        """The target's rows of a table, read once per merge call and kept up to date."""
        rows = self._cache.get(spec.table.name)
        if rows is None:
            cols = ", ".join(f'"{c}"' for c in spec.columns)
            rows = {row[0]: row for row in conn.execute(f'SELECT {cols} FROM "{spec.table.name}"')}
            self._cache[spec.table.name] = rows
        return rows

    def _merge_one(self, conn: sqlite3.Connection, source: Path, summary: MergeSummary) -> None:
        try:
            self._merge_source(conn, source, summary)
        except UnicodeDecodeError:
            raise FileRefused("merge.hostile", path=str(source), detail="text is not UTF-8") from None
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            medium = storage_error(exc)  # the target's disk, not the source's fault
            if medium is not None:
                raise medium from exc
            # damage in the source that quick_check did not reach
            raise FileRefused("merge.hostile", path=str(source), detail=str(exc)) from None

    def _merge_source(self, conn: sqlite3.Connection, source: Path, summary: MergeSummary) -> None:
        with open_source(source) as src:
            programme = src.execute(
                "SELECT id, name FROM programmes WHERE deleted_at IS NULL").fetchall()
            if [row[0] for row in programme] != [self.doc.programme_id]:
                name = programme[0][1] if programme else "?"
                raise FileRefused("merge.other_programme", path=str(source), name=name)
            device = src.execute("SELECT value FROM file_meta WHERE key = 'device_id'").fetchone()
            if device is None:
                device = src.execute("SELECT device_id FROM programmes").fetchone()
            merge_id = new_id()
            local: Counter[tuple[tuple[str, str], str, str]] = Counter()
            conflicts: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
            for table in Base.metadata.sorted_tables:
                if table.name in LOCAL_TABLES:
                    continue
                spec = _TableSpec.of(table)
                self._merge_table(conn, src, source, spec, local, conflicts)
                _checkpoint(f"after-{table.name}")
            resolver = TeamResolver(conn)
            for (team_ref, table_name, op), count in local.items():
                summary.counts[(resolver.label(team_ref), table_name, op)] += count
            self._log(conn, merge_id, source, device[0] if device else "", local, conflicts)
            summary.conflicts += len(conflicts)
            summary.sources.append(str(source))

    def _merge_table(self, conn: sqlite3.Connection, src: sqlite3.Connection, source: Path,
                     spec: _TableSpec, counts: Counter[tuple[tuple[str, str], str, str]],
                     conflicts: list[tuple[str, str, dict[str, Any], dict[str, Any]]]
                     ) -> None:
        name = spec.table.name
        cols = ", ".join(f'"{c}"' for c in spec.columns)
        target = self._target_rows(conn, spec)
        validate = row_validator(spec.table, spec.columns)
        upsert = _upsert_sql(name, spec.columns + spec.blobs)
        update = _update_sql(name, spec.columns)
        deleted_at = spec.index["deleted_at"]
        team_col = _team_column(spec)
        for row in src.execute(f'SELECT {cols} FROM "{name}"'):
            mine = target.get(row[0])
            if mine == row:
                continue  # identical to ours (the common case): nothing to check or write
            bad = validate(row)
            if bad is not None:
                raise FileRefused("merge.hostile", path=str(source), detail=f"{name}.{bad}")
            source_wins = mine is None or _beats(spec, row, mine)
            if source_wins:
                target[row[0]] = row
            team_ref = (name, row[0]) if team_col is None else ("teams", row[team_col])
            if mine is None:
                blobs = self._blobs(src, source, spec, row[0])
                conn.execute(upsert, (*row, *blobs))
                counts[(team_ref, name, "deleted" if row[deleted_at] else "added")] += 1
                continue
            winner, loser = (row, mine) if source_wins else (mine, row)
            if _is_conflict(spec, winner, loser):
                conflicts.append((name, row[0], dict(zip(spec.columns, winner, strict=True)),
                                  dict(zip(spec.columns, loser, strict=True))))
            if source_wins:
                conn.execute(update, (*row[1:], row[0]))
                became_deleted = row[deleted_at] and not mine[deleted_at]
                counts[(team_ref, name, "deleted" if became_deleted else "changed")] += 1


    @staticmethod
    def _blobs(src: sqlite3.Connection, source: Path, spec: _TableSpec, row_id: str
               ) -> tuple[Any, ...]:
        if not spec.blobs:
            return ()
        cols = ", ".join(f'"{c}"' for c in spec.blobs)
        blobs = src.execute(f'SELECT {cols} FROM "{spec.table.name}" WHERE id = ?',
                            (row_id,)).fetchone()
        validate = row_validator(spec.table, spec.blobs)
        bad = validate(blobs)
        if bad is not None or (spec.table.name == "media" and not media_hash_ok(row_id, blobs[0])):
            raise FileRefused("merge.hostile", path=str(source),
                              detail=f"{spec.table.name}.{bad or 'original'}")
        return tuple(blobs)

    def _log(self, conn: sqlite3.Connection, merge_id: str, source: Path, device: str,
             counts: Counter[tuple[tuple[str, str], str, str]],
             conflicts: list[tuple[str, str, dict[str, Any], dict[str, Any]]]) -> None:
        if not counts and not conflicts:
            return  # merging the same file again changes nothing, not even the log
        now = datetime.now(UTC).strftime(TIMESTAMP_FORMAT)
        per_table: Counter[str] = Counter()
        for (_team, table, op), n in counts.items():
            per_table[f"{table}.{op}"] += n
        conn.execute(
            "INSERT INTO merge_records (id, programme_id, source_name, source_device_id, summary, "
            "conflict_count, created_at, updated_at, device_id) VALUES (?,?,?,?,?,?,?,?,?)",
            (merge_id, self.doc.programme_id, source.name, device,
             json.dumps(dict(sorted(per_table.items()))), len(conflicts), now, now,
             self.doc.device_id),
        )
        for table, row_id, winner, loser in conflicts:
            known = conn.execute(
                "SELECT 1 FROM conflicts WHERE row_id = ? AND json_extract(loser, '$.updated_at') = ?"
                " AND json_extract(loser, '$.device_id') = ?",
                (row_id, loser["updated_at"], loser["device_id"])).fetchone()
            if known:
                continue
            conn.execute(
                "INSERT INTO conflicts (id, merge_id, table_name, row_id, winner, loser, status, "
                "created_at, updated_at, device_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (new_id(), merge_id, table, row_id, json.dumps(winner, ensure_ascii=False),
                 json.dumps(loser, ensure_ascii=False), ConflictStatus.OPEN.value, now, now,
                 self.doc.device_id),
            )


def _team_column(spec: _TableSpec) -> int | None:
    for name in ("team_id", "reviewee_team_id"):
        if name in spec.index:
            return spec.index[name]
    return None


def _upsert_sql(table: str, columns: list[str]) -> str:
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'


def _update_sql(table: str, columns: list[str]) -> str:
    sets = ", ".join(f'"{c}" = ?' for c in columns if c != "id")
    return f'UPDATE "{table}" SET {sets} WHERE id = ?'
