"""Bringing the work of several laptops together, field by field, whatever their clocks.

Rules (see docs/architecture.md, "Merging"):

- Rows are matched by id and joined **field by field** by their hybrid-clock stamps
  (services/merge_fields.py, services/clock.py): concurrent edits of different fields both
  survive; a true conflict is per field and logged with both values. Wall-clock
  ``updated_at`` orders nothing.
- A team file changes only its own team's part (services/ownership.py, the same rule as the
  app's): anything else in it is ignored, counted in the summary, never applied.
- Erasure records travel; incoming rows and conflict-log entries are redacted by them
  (services/erasure_record.py), and a record new to this file erases the person here too.
- Deletions are tombstones and travel like any other field. Media rows are keyed by the
  SHA-256 of their bytes; a source's media row must hash to its id.
- All sources of one call are merged in one transaction with deferred foreign keys: a source
  that refers to missing rows, a crash or a kill leaves the target exactly as it was. A backup
  copy of the target is taken first. The preview is the same merge, rolled back.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import LargeBinary, Table

from jalostamo.errors import FileRefused
from jalostamo.i18n import current_language
from jalostamo.models import Base, ConflictStatus, new_id
from jalostamo.models.base import TIMESTAMP_FORMAT
from jalostamo.models.rules import BOOL, FLOAT, INT, ColumnRule, reason, rule_for
from jalostamo.services import clock as hlc
from jalostamo.services import team_return
from jalostamo.services.erasure_record import Redactor, redact_row, redactable_columns
from jalostamo.services.events import Change, EventBus, Op
from jalostamo.services.images import ImageProblem
from jalostamo.services.merge_faults import SourceFault, SourceReader, read_source
from jalostamo.services.merge_fields import Joined, RowJoiner
from jalostamo.services.merge_source import media_hash_ok, row_validator
from jalostamo.services.merge_teams import TeamResolver, owner_links
from jalostamo.services.ownership import TeamFileGuard
from jalostamo.services.stored_images import clean_merged_media
from jalostamo.store.check import Problem
from jalostamo.store.document import Document, storage_error
from jalostamo.store.meta import ROLE_RETURN

#: file-local logs: never carried from one file to another
LOCAL_TABLES = frozenset({"merge_records", "conflicts"})
OPS = ("added", "changed", "deleted")


@dataclass(frozen=True)
class ClockWarning:
    """A source laptop whose clock was off: ``offset_ms`` > 0 ahead, < 0 behind."""

    source: str
    team: str
    offset_ms: int
    #: "measured": the laptop's clock against the facilitator's at hand-out (its edits were
    #: ordered by the facilitator's clock); "future": stamps later than this computer's clock
    how: str


@dataclass
class MergeSummary:
    sources: list[str] = field(default_factory=list)
    #: (team label or "", table, "added" | "changed" | "deleted") -> count
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    #: conflicts newly logged by this merge (a repeated merge logs none)
    conflicts: int = 0
    #: (source team label, owner team label or "", table) -> changes refused: not the
    #: source team's part
    ignored: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    clock_warnings: list[ClockWarning] = field(default_factory=list)
    #: values redacted because they named or linked an erased person
    redacted: int = 0
    written: bool = False

    def total(self, op: str) -> int:
        return sum(n for (_team, _table, o), n in self.counts.items() if o == op)

    @property
    def nothing_new(self) -> bool:
        return not any(self.counts.values()) and not self.conflicts


@dataclass
class _TableSpec:
    table: Table
    columns: list[str]  # without blob columns
    blobs: list[str]
    index: dict[str, int]
    texts: list[int]
    jsons: list[int]

    @classmethod
    def of(cls, table: Table) -> _TableSpec:
        blobs = [c.name for c in table.columns if isinstance(c.type, LargeBinary)]
        # id first: rows are matched on row[0]
        columns = ["id", *(c.name for c in table.columns if c.name not in blobs and c.name != "id")]
        index = {name: i for i, name in enumerate(columns)}
        texts, jsons = redactable_columns(table, index)
        return cls(table, columns, blobs, index, texts, jsons)


def _checkpoint(step: str) -> None:
    """Crash-test hook: ``JALOSTAMO_MERGE_CRASH_AT=step`` ends the process abruptly there."""
    if os.environ.get("JALOSTAMO_MERGE_CRASH_AT") == step:
        os._exit(70)


class _Exec:
    """The guard's view of a raw sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def exec_driver_sql(self, statement: str, parameters: Any = ()) -> _First:
        return _First(self.conn.execute(statement, parameters))


class _First:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor

    def first(self) -> Any:
        return self.cursor.fetchone()


class MergeService:
    """Merges team files (or any files of the same programme) into the open document."""

    #: live venue mode: the changeset's in-memory source and its row ids by table
    _live: tuple[SourceReader, dict[str, list[str]]] | None = None
    #: the row ids, by table, of the source being merged when it names them (a live changeset,
    #: a team's return file); None: a whole file, every row of the target is read
    _ids: dict[str, list[str]] | None = None

    def __init__(self, doc: Document, events: EventBus) -> None:
        self.doc = doc
        self.events = events

    def merge_live(self, source: SourceReader, name: str, ids: dict[str, list[str]]
                   ) -> MergeSummary:
        """Live venue mode (services/changeset.py): merge the rows of a changeset made into an
        in-memory database by the same rules, without a backup copy per change, visiting only
        the tables and target rows of ``ids`` (table -> row ids in the source); a merge record
        is written only with new conflicts."""
        self._live = (source, ids)
        try:
            return self._run([Path(name)], write=True)
        finally:
            self._live = None

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
        if write and self._live is None:
            from jalostamo.store.backups import backup_file

            backup_file(self.doc.path, reason="merge")
        summary = MergeSummary()
        self._cache: dict[str, dict[str, tuple[Any, ...]]] = {}
        #: tables read whole, and ids looked up in the others (rows of the target may be
        #: absent from ``_cache``: only what a source names is read for it)
        self._complete: set[str] = set()
        self._looked: dict[str, set[str]] = {}
        self._max_stamp = ""
        self._erased_here = False
        #: table -> row id -> what happened to it (what the views hear after the commit)
        self._written: dict[str, dict[str, Op]] = {}
        self._conflicts_added: list[str] = []
        clock = hlc.clock_of(self.doc)
        raw = self.doc.engine.raw_connection()
        conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("PRAGMA defer_foreign_keys = ON")
            try:
                for source in sources:
                    self._merge_one(conn, source, summary)
                if self._max_stamp and write:
                    clock.receive(self._max_stamp)
                    conn.execute("INSERT OR REPLACE INTO file_meta (key, value) VALUES "
                                 "('clock', ?)", (clock.last,))
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
            if summary.written and (self._erased_here or summary.redacted):
                from jalostamo.services.privacy import _compact

                _compact(conn)  # no old bytes of an erased name in free pages or the WAL
        except sqlite3.Error as exc:  # BEGIN IMMEDIATE or COMMIT on a full or read-only medium
            medium = storage_error(exc)
            if medium is None:
                raise
            raise medium from exc
        finally:
            raw.close()
            self._cache = {}
            self._complete = set()
            self._looked = {}
            self._ids = None
        if summary.written:
            for change in self._changes_heard(summary):
                self.events.emit(change)
        return summary

    def _changes_heard(self, summary: MergeSummary) -> list[Change]:
        """What the open views hear after a merge: the rows written, table by table and as
        added / changed / deleted / restored, as they hear the user's own edits (a board adds
        the notes a team brought instead of drawing itself again: no long stall of the window).
        After an erasure or redaction, which touch rows the merge did not name, and for very
        many rows, one "everything changed" instead."""
        written = self._written
        rows = sum(map(len, written.values()))
        if self._live is not None or self._erased_here or summary.redacted \
                or rows > _PRECISE_CHANGES:
            return [Change("*", Op.RELOADED)]
        changes = []
        for table, ops in written.items():
            by_op: dict[Op, list[str]] = {}
            for row_id, op in ops.items():
                by_op.setdefault(op, []).append(row_id)
            changes += [Change(table, op, tuple(ids)) for op, ids in by_op.items()]
        if self._conflicts_added:
            changes.append(Change("conflicts", Op.CREATED, tuple(self._conflicts_added)))
        return changes

    def _wrote(self, table: str, row_id: str, op: Op) -> None:
        ops = self._written.setdefault(table, {})
        if ops.get(row_id) is not Op.CREATED:  # made and then changed: still new to the views
            ops[row_id] = op

    def _target_rows(self, conn: sqlite3.Connection, spec: _TableSpec) -> dict[str, tuple[Any, ...]]:
        """The target's rows of a table, read once per merge call and kept up to date. For a
        source that names its rows (a live changeset, a team's return file: ``self._ids``)
        only those rows are read, the ones not read before in this call."""
        name = spec.table.name
        rows = self._cache.get(name)
        ids = self._ids.get(name) if self._ids is not None and name != "erasures" else None
        if rows is not None and (ids is None or name in self._complete):
            if ids is None and name not in self._complete:
                rows.update(self._read_all(conn, spec))
                self._complete.add(name)
            return rows
        if rows is None:
            rows = self._cache[name] = {}
        cols = ", ".join(f'"{c}"' for c in spec.columns)
        if ids is None:
            rows.update(self._read_all(conn, spec))
            self._complete.add(name)
            return rows
        looked = self._looked.setdefault(name, set())
        wanted = [row_id for row_id in ids if row_id not in looked]
        looked.update(wanted)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows.update((row[0], row) for row in conn.execute(
                f'SELECT {cols} FROM "{name}" WHERE id IN ({", ".join("?" for _ in chunk)})',
                chunk))
        return rows

    @staticmethod
    def _read_all(conn: sqlite3.Connection, spec: _TableSpec) -> dict[str, tuple[Any, ...]]:
        cols = ", ".join(f'"{c}"' for c in spec.columns)
        return {row[0]: row for row in conn.execute(f'SELECT {cols} FROM "{spec.table.name}"')}

    def _forget_target(self) -> None:
        self._cache.clear()
        self._complete.clear()
        self._looked.clear()

    def _merge_one(self, conn: sqlite3.Connection, source: Path, summary: MergeSummary) -> None:
        try:
            self._merge_source(conn, source, summary)
        except SourceFault as fault:  # damage in the source that quick_check did not reach
            detail = ("text is not UTF-8" if isinstance(fault.error, UnicodeDecodeError)
                      else str(fault.error))
            raise FileRefused("merge.hostile", path=str(source), detail=detail) from None
        except sqlite3.IntegrityError:
            raise
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # the target's, not the source's
            medium = storage_error(exc)
            if medium is not None:
                raise medium from exc
            raise FileRefused("merge.target_failed", path=str(self.doc.path), source=str(source),
                              detail=str(exc)) from None

    def _merge_source(self, conn: sqlite3.Connection, source: Path, summary: MergeSummary) -> None:
        live = self._live
        with contextlib.nullcontext(live[0]) if live else read_source(source) as src:
            programme = src.execute(
                "SELECT id, name FROM programmes WHERE deleted_at IS NULL").fetchall()
            if [row[0] for row in programme] != [self.doc.programme_id]:
                name = programme[0][1] if programme else "?"
                raise FileRefused("merge.other_programme", path=str(source), name=name)
            meta = dict(src.execute("SELECT key, value FROM file_meta").fetchall())
            device = meta.get("device_id") or meta.get("anchor_device") or ""
            resolver = TeamResolver(conn)
            returned = not live and meta.get("role") == ROLE_RETURN
            source_team = meta.get("team_id") if meta.get("role") in ("team", ROLE_RETURN) \
                else None
            if returned and (not source_team or team_return.base_unknown(conn, meta)):
                raise FileRefused("merge.unknown_base", path=str(source),
                                  made_from=meta.get("made_from", "?")[:100])
            team_label = resolver.label(("teams", source_team)) if source_team else ""
            tables = _live_order() if live or returned else Base.metadata.sorted_tables
            self._ids = live[1] if live else team_return.source_ids(
                src, [t.name for t in tables if t.name not in LOCAL_TABLES]) if returned else None
            run = _SourceRun(self, conn, src, source, source_team, team_label)
            run.merge_erasures()
            for table in tables:
                if table.name in LOCAL_TABLES or table.name == "erasures":
                    continue
                if self._ids is not None and table.name not in self._ids:
                    continue
                run.merge_table(_TableSpec.of(table))
                _checkpoint(f"after-{table.name}")
            resolver = TeamResolver(conn)
            for (team_ref, table_name, op), count in run.counts.items():
                summary.counts[(resolver.label(team_ref), table_name, op)] += count
            for (owner_ref, table_name), count in run.ignored.items():
                summary.ignored[(team_label, resolver.label(owner_ref) if owner_ref else "",
                                 table_name)] += count
            summary.redacted += run.redacted
            summary.clock_warnings.extend(self._clock_warnings(source, team_label, meta,
                                                               run.max_stamp))
            summary.conflicts += self._log(conn, source, device, run)
            summary.sources.append(str(source))
            if run.max_stamp > self._max_stamp:
                self._max_stamp = run.max_stamp

    @staticmethod
    def _clock_warnings(source: Path, team: str, meta: dict[str, str], max_stamp: str
                        ) -> list[ClockWarning]:
        out = []
        try:
            measured = int(meta.get("clock_measured_ms", "0"))
        except ValueError:
            measured = 0
        if hlc.clock_is_off(measured):
            out.append(ClockWarning(source.name, team, measured, "measured"))
        ahead = hlc.phys_of(max_stamp) - hlc.wall_ms()
        if ahead > hlc.DRIFT_MS:
            out.append(ClockWarning(source.name, team, ahead, "future"))
        return out

    def _log(self, conn: sqlite3.Connection, source: Path, device: str, run: _SourceRun) -> int:
        """The merge record and the new conflicts; returns how many conflicts were new."""
        if not run.counts and not run.conflicts:
            return 0  # merging the same file again changes nothing, not even the log
        now = datetime.now(UTC).strftime(TIMESTAMP_FORMAT)
        merge_id = new_id()
        per_table: Counter[str] = Counter()
        for (_team, table, op), n in run.counts.items():
            per_table[f"{table}.{op}"] += n
        fresh = []
        for table, row_id, conflict in run.conflicts:
            known = conn.execute(
                "SELECT 1 FROM conflicts WHERE row_id = ? AND field IS ? AND "
                "json_extract(loser, '$._stamp') = ?",
                (row_id, conflict.field, conflict.loser_stamp)).fetchone()
            if not known:
                fresh.append((table, row_id, conflict))
        if not fresh and (not run.counts or self._live):
            return 0
        conn.execute(
            "INSERT INTO merge_records (id, programme_id, source_name, source_device_id, summary, "
            "conflict_count, created_at, updated_at, device_id) VALUES (?,?,?,?,?,?,?,?,?)",
            (merge_id, self.doc.programme_id, source.name, device,
             json.dumps(dict(sorted(per_table.items()))), len(fresh), now, now,
             self.doc.device_id),
        )
        for table, row_id, conflict in fresh:
            winner = {conflict.field: conflict.winner, "_stamp": conflict.winner_stamp}
            loser = {conflict.field: conflict.loser, "_stamp": conflict.loser_stamp}
            conflict_id = new_id()
            self._conflicts_added.append(conflict_id)
            conn.execute(
                "INSERT INTO conflicts (id, merge_id, table_name, row_id, field, winner, loser, "
                "status, created_at, updated_at, device_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (conflict_id, merge_id, table, row_id, conflict.field,
                 json.dumps(winner, ensure_ascii=False), json.dumps(loser, ensure_ascii=False),
                 ConflictStatus.OPEN.value, now, now, self.doc.device_id),
            )
        return len(fresh)


class _SourceRun:
    """The merge of one source file: its counts, ignored changes and conflicts."""

    def __init__(self, service: MergeService, conn: sqlite3.Connection, src: SourceReader,
                 source: Path, team_id: str | None, team_label: str) -> None:
        self.service = service
        self.conn = conn
        self.src = src
        self.source = source
        self.guard = TeamFileGuard(team_id) if team_id else None
        self.exec = _Exec(conn)
        self.counts: Counter[tuple[tuple[str, str], str, str]] = Counter()
        self.ignored: Counter[tuple[tuple[str, str] | None, str]] = Counter()
        self.conflicts: list[tuple[str, str, Any]] = []
        self.redacted = 0
        self.max_stamp = ""
        self.redactor = Redactor([], None)
        self._allowed_by_parent: dict[tuple[str, tuple[Any, ...]], bool] = {}

    # --- erasure records ---------------------------------------------------------------------

    def merge_erasures(self) -> None:
        from jalostamo.services.privacy import ErasureReport, _Eraser, pseudonym

        spec = _TableSpec.of(Base.metadata.tables["erasures"])
        target = self.service._target_rows(self.conn, spec)
        new = [row for row in self._source_rows(spec) if row[0] not in target]
        upsert = _insert_sql("erasures", spec.columns)
        validate = row_validator(spec.table, spec.columns)
        for row in new:
            bad = validate(row)
            if bad is not None:
                raise FileRefused("merge.hostile", path=str(self.source), detail=f"erasures.{bad}")
            self.conn.execute(upsert, row)
            target[row[0]] = row
        lang = self.conn.execute("SELECT language FROM programmes WHERE id = ?",
                                 (self.service.doc.programme_id,)).fetchone()
        lang = lang[0] if lang else None
        cols = ("person_id", "salt", "words", "forms", "quotes", "photos", "erased_at",
                "deleted_at")
        self.redactor = Redactor([tuple(r[spec.index[c]] for c in cols) for r in target.values()],
                                 lang)
        for row in new:  # a record new to this file: erase the person here too
            person_id = row[spec.index["person_id"]]
            person = self.conn.execute("SELECT name FROM people WHERE id = ?",
                                       (person_id,)).fetchone()
            if person is None or not person[0].strip():
                continue
            report = ErasureReport(person_id, pseudonym(person_id, lang))
            _Eraser(self.conn, self.service.doc.device_id, report).run(
                person_id, person[0].strip(), quotes=bool(row[spec.index["quotes"]]),
                photos=bool(row[spec.index["photos"]]))
            self.service._forget_target()
            self.service._erased_here = True

    # --- rows --------------------------------------------------------------------------------

    def _source_rows(self, spec: _TableSpec) -> Any:
        cols = ", ".join(f'"{c}"' for c in spec.columns)
        return self.src.execute(f'SELECT {cols} FROM "{spec.table.name}"')

    def merge_table(self, spec: _TableSpec) -> None:
        """Bring a table's rows from the source: new ones inserted, changed ones joined field
        by field with ours (one UPDATE statement per shape of change)."""
        table = _Table(spec, self.service._target_rows(self.conn, spec))
        target = table.target
        redacting = bool(self.redactor)
        for row in self._source_rows(spec):
            mine = target.get(row[0])
            if mine == row:
                continue  # identical to ours (the common case): nothing to check or write
            differ = self._checked(table, row, mine)
            if redacting:
                row = self._redact(spec, row, mine)
                if mine == row:
                    continue
                differ = None
            if mine is None:
                self._insert(table, row)
            else:
                self._join(table, mine, row, differ)
        self.max_stamp = max(self.max_stamp, table.max_stamp)
        self._update(table.name, spec, table.shapes)
        if table.shapes and self.guard:
            self.guard.forget()

    def _checked(self, table: _Table, row: tuple[Any, ...], mine: tuple[Any, ...] | None
                 ) -> list[int] | None:
        """Refuse the source when a value of ``row`` does not fit its column. Returns the
        indexes whose values differ from ours (None for a new row, checked whole)."""
        spec = table.spec
        if mine is None:
            self._check_values(spec, table.checks, row, table.rest)
            return None
        # only what differs from ours, in value or type, can be bad: ours was checked
        differ = [i for i in table.rest if mine[i] != row[i]]
        for i in table.numbers:  # 1, 1.0 and True are equal, but not all fit every column
            if type(mine[i]) is not type(row[i]) and mine[i] == row[i]:
                differ.append(i)
        clock_i = table.clock_i
        clock = row[clock_i]
        if clock is not None and (type(clock) is not str or len(clock) >= _MAX_CLOCK_CHARS):
            self._refuse(spec, row, clock_i)
        checks = table.checks
        for i in differ:
            if i != clock_i and not checks[i](row[i]):
                self._refuse(spec, row, i)
        return differ

    def _insert(self, table: _Table, row: tuple[Any, ...]) -> None:
        """A row new to ours, as the source has it (unless the team file may not add it)."""
        name, spec = table.name, table.spec
        if self.guard and not self.guard.allows_new(
                self.exec, name, dict(zip(spec.columns, row, strict=True))):
            self._ignore(spec, row, None)
            return
        blobs = self._blobs(spec, row)
        self.conn.execute(_insert_sql(name, spec.columns + spec.blobs), (*row, *blobs))
        table.target[row[0]] = row
        self._note_stamps(row[table.clock_i])
        if row[table.deleted_at] is None:  # made and undone on the laptop: nothing to tell
            self.counts[(table.owner_ref(row, table.team_col), name, "added")] += 1
            self.service._wrote(name, row[0], Op.CREATED)

    def _join(self, table: _Table, mine: tuple[Any, ...], row: tuple[Any, ...],
              differ: list[int] | None) -> None:
        """Our row joined with the source's: its conflicts noted, its change gathered."""
        joined = table.joiner.join(mine, row, differ)  # it keeps the fields of differ
        new = joined.row
        unchanged = new == mine
        if unchanged and not joined.conflicts:
            return
        taken = joined.from_source
        if self.guard and taken and not self._may_change(table, mine, joined):
            self._ignore(table.spec, mine, row)
            return
        for conflict in joined.conflicts:
            conflict.winner = self._redact_value(table.spec, conflict.field, conflict.winner)
            conflict.loser = self._redact_value(table.spec, conflict.field, conflict.loser)
            self.conflicts.append((table.name, row[0], conflict))
        if unchanged:
            return
        if joined.max_stamp > table.max_stamp:
            table.max_stamp = joined.max_stamp
        table.target[row[0]] = new
        table.stage(mine, new, taken)
        if not taken:
            return  # only the stamps moved
        deleted = table.deleted_at
        self.counts[(table.owner_ref(row, table.team_col), table.name,
                     "deleted" if new[deleted] and not mine[deleted] else "changed")] += 1
        op = Op.DELETED if new[deleted] and not mine[deleted] else \
            Op.RESTORED if mine[deleted] and not new[deleted] else Op.UPDATED
        self.service._wrote(table.name, row[0], op)

    def _may_change(self, table: _Table, mine: tuple[Any, ...], joined: Joined) -> bool:
        """Whether the team file may change this row of ours; the same answer for every row
        of the same parents when no link changes (kept in ``_allowed_by_parent``)."""
        if table.by_parent and table.link_columns.isdisjoint(joined.from_source):
            allowed = self._allowed_by_parent.get(
                (table.name, tuple([mine[i] for i in table.links_at])))
            if allowed is not None:
                return allowed
        return self._allowed(table.spec, mine, joined, table.links_at)

    def _update(self, name: str, spec: _TableSpec, shapes: dict[tuple[int, ...], list[list[Any]]]
                ) -> None:
        """One UPDATE statement per shape of change (``params``: the values, then the id);
        many rows are found by rowid (a quarter faster than by the text id)."""
        key = "id"
        if sum(map(len, shapes.values())) > _BY_ROWID:
            rowids = dict(self.conn.execute(f'SELECT id, rowid FROM "{name}"'))
            for params in shapes.values():
                for change in params:
                    change[-1] = rowids[change[-1]]
            key = "rowid"
        for shape, params in shapes.items():
            sets = ", ".join(f'"{spec.columns[i]}" = ?' for i in shape)
            self.conn.executemany(f'UPDATE "{name}" SET {sets} WHERE {key} = ?', params)

    def _check_values(self, spec: _TableSpec, checks: list[Callable[[Any], bool]],
                      row: tuple[Any, ...], indexes: Iterable[int]) -> None:
        for i in indexes:
            if not checks[i](row[i]):
                self._refuse(spec, row, i)

    def _refuse(self, spec: _TableSpec, row: tuple[Any, ...], i: int) -> None:
        """Refuse the source, naming the table, row and field of a value that does not fit
        its column's rule."""
        column = spec.columns[i]
        why = rule_for(spec.table.name, column).check()(row[i])
        if why is None:  # a field clock beyond the merge's own bound
            why = reason("json_io.reason.too_long", limit=_MAX_CLOCK_CHARS)
        label = row[0] if isinstance(row[0], str) and row[0].isprintable() else "?"
        problem = Problem(why, spec.table.name, label[:70], column)
        raise FileRefused("merge.hostile", path=str(self.source),
                          detail=problem.render(current_language()))

    def _allowed(self, spec: _TableSpec, mine: tuple[Any, ...], joined: Joined,
                 links_at: list[int]) -> bool:
        """Whether the team file may change this row of ours (``links_at``: the indexes of
        the row's links to its owner, :func:`merge_teams.owner_links`)."""
        assert self.guard is not None
        name = spec.table.name
        if name == "people" or not links_at:
            if not self.guard.allows_existing(self.exec, name, mine[0]):
                return False
        else:  # ours: whose part it is now (the same for every row of the same parents)
            key = (name, tuple([mine[i] for i in links_at]))
            allowed = self._allowed_by_parent.get(key)
            if allowed is None:
                allowed = self.guard.allows_new(self.exec, name,
                                                dict(zip(spec.columns, mine, strict=True)))
                self._allowed_by_parent[key] = allowed
            if not allowed:
                return False
        if name != "people" and not _link_columns(spec.table).isdisjoint(joined.from_source):
            # moved elsewhere: the new place must be the team's too
            return self.guard.allows_new(self.exec, name,
                                         dict(zip(spec.columns, joined.row, strict=True)))
        return True

    def _ignore(self, spec: _TableSpec, row: tuple[Any, ...], _theirs: Any) -> None:
        name = spec.table.name
        owner: tuple[str, str] | None = None
        if self.guard is not None and name not in ("people",):
            found = self.guard.owner_of(self.exec, name, row[0]) if row[0] in \
                self.service._target_rows(self.conn, spec) else None
            owner = ("teams", found) if found else None
        self.ignored[(owner, name)] += 1

    def _note_stamps(self, raw: Any) -> None:
        if not raw:
            return
        try:
            stamps = json.loads(raw)
        except ValueError:
            return
        for entry in stamps.values():
            if isinstance(entry, list) and entry and isinstance(entry[0], str) and \
                    entry[0] > self.max_stamp:
                self.max_stamp = entry[0]

    # --- erasure -----------------------------------------------------------------------------

    def _redact(self, spec: _TableSpec, row: tuple[Any, ...], _mine: tuple[Any, ...] | None
                ) -> tuple[Any, ...]:
        out = redact_row(self.redactor, spec.table.name, spec.index, spec.texts, spec.jsons, row)
        if out != row:
            self.redacted += 1
        return out

    def _redact_value(self, spec: _TableSpec, field_name: str, value: Any) -> Any:
        if not self.redactor or not isinstance(value, str):
            return value
        k = spec.index.get(field_name)
        if k in spec.jsons:
            return self.redactor.json_text(value)
        if name_is_person_field(spec.table.name, field_name) and self.redactor.erased(value):
            return None
        return self.redactor.text(value)

    def _blobs(self, spec: _TableSpec, row: tuple[Any, ...]) -> tuple[Any, ...]:
        if not spec.blobs:
            return ()
        cols = ", ".join(f'"{c}"' for c in spec.blobs)
        blobs = self.src.execute(f'SELECT {cols} FROM "{spec.table.name}" WHERE id = ?',
                                 (row[0],)).fetchone()
        validate = row_validator(spec.table, spec.blobs)
        bad = validate(blobs)
        if bad is not None or (spec.table.name == "media" and not media_hash_ok(row[0], blobs[0])):
            raise FileRefused("merge.hostile", path=str(self.source),
                              detail=f"{spec.table.name}.{bad or 'original'}")
        if spec.table.name == "media" and self.redactor and row[spec.index["deleted_at"]] and \
                self.redactor.erased(_raw_person(self.src, row[0])):
            return tuple(b"" for _ in blobs)  # an erased photo stays erased
        if spec.table.name == "media":  # re-encoded on the way in (services/stored_images.py)
            try:
                return clean_merged_media(spec.blobs, blobs)
            except ImageProblem as problem:
                raise FileRefused("merge.hostile", path=str(self.source),
                                  detail=f"media.original: {problem.reason}") from None
        return tuple(blobs)


@functools.cache
def _live_order() -> tuple[Table, ...]:
    """The tables parents first, computed once (live changesets are merged many times)."""
    return tuple(Base.metadata.sorted_tables)


def name_is_person_field(table: str, field_name: str) -> bool:
    return field_name == "person_id"


#: changed rows of a table from which they are written by rowid
_BY_ROWID = 2_000
#: more rows written than this and the views hear "everything changed" (they reload whole)
_PRECISE_CHANGES = 5_000
#: the merge's bound on a changed row's field clock text: the joiner reads a clock leniently
#: and writes its own (merge_fields.canonical_clock), so the text is not checked as JSON here
_MAX_CLOCK_CHARS = 100_000


def _fits(rule: ColumnRule) -> Callable[[Any], bool]:
    """Whether a stored value (as a source file holds it: JSON as text) passes its column's
    rule (the one validator, models/rules.py). Text found good is remembered: instants, device
    ids and parents' ids repeat from row to row."""
    check = rule.check()
    good: set[str] = set()

    def fits(value: Any) -> bool:
        if type(value) is str and value in good:
            return True
        if check(value) is not None:
            return False
        if type(value) is str and len(value) <= 200 and len(good) < 100_000:
            good.add(value)
        return True

    return fits


def _column_checks(spec: _TableSpec) -> list[Callable[[Any], bool]]:
    return [_fits(rule_for(spec.table.name, c)) for c in spec.columns]


@lru_cache(maxsize=64)
def _link_columns(table: Table) -> frozenset[str]:
    return frozenset(c.name for c in table.columns if c.foreign_keys)


def _raw_person(src: SourceReader, media_id: str) -> Any:
    found = src.execute("SELECT person_id FROM media WHERE id = ?", (media_id,)).fetchone()
    return found[0] if found else None


def _owner_ref(spec: _TableSpec) -> Any:
    """How a row is counted for its team: its team column, else its first link to a parent
    that leads to a team (a board item by its board), else the row itself."""
    name = spec.table.name
    links = owner_links(name)
    parent = (spec.index[links[0][0]], links[0][1]) if links else None

    def ref(row: tuple[Any, ...], team_col: int | None) -> tuple[str, str]:
        if team_col is not None:
            return ("teams", row[team_col])
        if parent is not None and row[parent[0]]:
            return (parent[1], row[parent[0]])
        return (name, row[0])

    return ref


def _team_column(spec: _TableSpec) -> int | None:
    for name in ("team_id", "reviewee_team_id"):
        if name in spec.index:
            return spec.index[name]
    return None


def _insert_sql(table: str, columns: list[str]) -> str:
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'


class _Table:
    """One table's merge from one source: what is the same for every row, and the changes
    gathered for one UPDATE statement per shape of change."""

    __slots__ = ("by_parent", "candidates", "checks", "clock_i", "deleted_at", "joiner",
                 "link_columns", "links_at", "max_stamp", "name", "numbers", "owner_ref", "rest",
                 "shapes", "spec", "stamp_cols", "target", "team_col")

    def __init__(self, spec: _TableSpec, target: dict[str, tuple[Any, ...]]) -> None:
        name = self.name = spec.table.name
        self.spec = spec
        self.target = target
        self.joiner = RowJoiner(spec.columns)
        self.clock_i = self.joiner.clock_i
        self.checks = _column_checks(spec)
        self.stamp_cols = [spec.index[c] for c in ("field_clock", "updated_at", "device_id",
                                                   "base_updated_at", "base_device_id",
                                                   "created_at")]
        self.deleted_at = spec.index["deleted_at"]
        self.team_col = _team_column(spec)
        self.rest = range(1, len(spec.columns))
        self.owner_ref = _owner_ref(spec)
        self.shapes: dict[tuple[int, ...], list[list[Any]]] = {}
        #: the columns a change may write, by the fields it took from the source
        self.candidates: dict[tuple[str, ...], list[int]] = {}
        self.links_at = [spec.index[c] for c, _parent in owner_links(name)]
        self.numbers = [i for i, c in enumerate(spec.columns)
                        if rule_for(name, c).kind in (INT, FLOAT, BOOL)]
        self.link_columns = _link_columns(spec.table)
        self.by_parent = bool(self.links_at) and name != "people"
        self.max_stamp = ""

    def stage(self, mine: tuple[Any, ...], new: tuple[Any, ...], taken: list[str]) -> None:
        """Gather the change of a row (its id last in the statement's values)."""
        columns = self.candidates.get(tuple(taken))
        if columns is None:
            columns = self.candidates[tuple(taken)] = sorted(
                {*(self.spec.index[f] for f in taken), *self.stamp_cols})
        shape = tuple([i for i in columns if new[i] != mine[i]])
        params = [new[i] for i in shape]
        params.append(new[0])
        self.shapes.setdefault(shape, []).append(params)
