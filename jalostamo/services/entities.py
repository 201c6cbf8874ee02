"""Create, change, delete and restore any row, with validation, history columns and events.

Every service builds on these four verbs, and each tells the running operation what it did
(services/operations.py), whose undo is the verbs backwards: ``update`` records the values
before and after; ``delete`` leaves a tombstone that ``restore`` lifts. Reads never return
tombstoned rows unless asked to.
"""

from __future__ import annotations

import builtins
import contextlib
import enum
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    Date,
    Float,
    Select,
    Table,
    Update,
    bindparam,
    case,
    func,
    insert,
    select,
    text,
    update,
)

from jalostamo.errors import InvalidInput, NotFound
from jalostamo.models import Base
from jalostamo.models.base import HISTORY_COLUMNS, StrEnumType, new_id, utcnow
from jalostamo.models.rules import MAX_NUMBER, InvalidValue, rule_for, value_problem
from jalostamo.services import clock as hlc
from jalostamo.services.events import Change, EventBus, Op
from jalostamo.services.operations import CREATED, DELETED, RESTORED, UPDATED, Operations, RowChange
from jalostamo.services.ownership import TeamFileGuard
from jalostamo.store.document import Document

T = TypeVar("T", bound=Base)


def table_of(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def coerce(column: Column[Any], value: Any) -> Any:
    """Check and convert a value for ``column`` (the one rule of ``models/rules.py``); raise
    :class:`InvalidInput` with the reason."""
    name = column.name
    if value is None:
        if not column.nullable:
            raise InvalidInput("input.required", field=name)
        return None
    rule = rule_for(column.table.name, name)
    col_type = column.type
    # the forms the app passes that the column converts: enum values, ISO dates, whole numbers
    if isinstance(col_type, StrEnumType) and not isinstance(value, col_type.enum_class):
        raw = value.value if isinstance(value, enum.Enum) else value
        if isinstance(raw, str) and raw in rule.allowed:
            value = col_type.enum_class(raw)
    elif isinstance(col_type, Date) and isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = date.fromisoformat(value)
    elif (isinstance(col_type, Float) and isinstance(value, int) and not isinstance(value, bool)
          and -MAX_NUMBER < value < MAX_NUMBER):
        value = float(value)
    problem = value_problem(rule, value)
    if problem is None:
        return value
    if problem.key == "json_io.reason.too_long":
        raise InvalidInput("input.too_long", field=name, limit=rule.max_chars)
    raise InvalidValue("input.rule", field=name, reason=problem)


class Entities:
    """Generic, validated row operations over one open document."""

    def __init__(self, doc: Document, events: EventBus) -> None:
        self.doc = doc
        self.events = events
        #: in a team file, writes outside the team's own content are refused
        self._guard = TeamFileGuard(doc.team_id) if doc.team_id else None
        #: one user action = one transaction and one undo step (services/operations.py)
        self.operations = Operations(self)

    # --- writing ------------------------------------------------------------------------------

    def _clean(self, table: Table, values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for name, value in values.items():
            if name not in table.c or (name in HISTORY_COLUMNS and not (creating and name == "id")):
                raise InvalidInput("input.unknown_field", field=name)
            clean[name] = coerce(table.c[name], value)
        return clean

    def create(self, model: type[Base], **values: Any) -> str:
        return self.create_many(model, [values])[0]

    def create_many(self, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> builtins.list[str]:
        """Insert rows in one transaction; returns their ids in order."""
        if not rows:
            return []
        table = table_of(model)
        now = utcnow()
        prepared = []
        for values in rows:
            row = self._clean(table, values, creating=True)
            row.setdefault("id", new_id())
            row.update(created_at=now, updated_at=now, device_id=self.doc.device_id)
            prepared.append(row)
        keys = set().union(*(row.keys() for row in prepared))
        for row in prepared:  # one statement shape for executemany; fill column defaults
            for key in keys - row.keys():
                row[key] = _default(table.c[key])
        with self.doc.write() as conn:
            if self._guard:
                self._guard.check_new(conn, table.name, prepared)
            conn.execute(insert(table), prepared)
        ids = [row["id"] for row in prepared]
        self._note(table.name, ids, CREATED)
        self.events.emit(Change(table.name, Op.CREATED, tuple(ids)))
        return ids

    def _note(self, table: str, ids: Iterable[str], kind: str,
              old: Mapping[str, Mapping[str, Any]] | None = None,
              new: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """Tell the running operation, if any, which rows changed."""
        recorder = self.operations.recorder
        if recorder is None:
            return
        for row_id in ids:
            before = dict(old[row_id]) if old else {}
            after = {k: v for k, v in new[row_id].items() if k in before} if new else {}
            recorder.note(RowChange(table, row_id, kind, before, after))

    def update(self, model: type[Base], row_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of one row; returns the previous values of the fields that changed."""
        return self.update_many(model, {row_id: changes}).get(row_id, {})

    def update_many(self, model: type[Base], changes: Mapping[str, Mapping[str, Any]]
                    ) -> dict[str, dict[str, Any]]:
        """Change many rows in one transaction (one undo step); returns old values per row."""
        table = table_of(model)
        cleaned = {row_id: self._clean(table, values, creating=False)
                   for row_id, values in changes.items()}
        names = sorted(set().union(*(v.keys() for v in cleaned.values()))) if cleaned else []
        if not names:
            return {}
        old_values: dict[str, dict[str, Any]] = {}
        now = utcnow()
        with self.doc.write() as conn:
            current = self._current(conn, table, [*names, "field_clock"], list(cleaned))
            if self._guard:
                self._guard.check_existing(conn, table.name, current)
            by_shape: dict[tuple[str, ...], builtins.list[dict[str, Any]]] = {}
            stamp = ""
            for row_id, values in cleaned.items():
                diff = {k: v for k, v in values.items() if current[row_id][k] != v}
                if not diff:
                    continue
                stamp = stamp or self._tick(conn)
                old_values[row_id] = {k: current[row_id][k] for k in diff}
                by_shape.setdefault(tuple(sorted(diff)), []).append(
                    {**{f"new_{k}": v for k, v in diff.items()}, "b_row_id": row_id,
                     "new_updated_at": now, "new_device_id": self.doc.device_id,
                     "new_field_clock": self._stamped(current[row_id]["field_clock"], diff,
                                                      stamp)})
            for shape, params in by_shape.items():  # one executemany per shape of change
                conn.execute(_update_statement(table.name, shape), params)
        if old_values:
            self._note(table.name, old_values, UPDATED, old_values, cleaned)
            fields = frozenset().union(*(v.keys() for v in old_values.values()))
            self.events.emit(Change(table.name, Op.UPDATED, tuple(old_values), fields))
        return old_values

    # --- field clocks (services/clock.py) -----------------------------------------------------

    def _tick(self, conn: Any) -> str:
        """This write's stamp; the file's clock (and, on a team file's first edit here, the
        measured clock offset) is saved in the same transaction."""
        clock = hlc.clock_of(self.doc)
        meta = hlc.anchor_values(clock, self.doc.role)
        stamp = clock.tick()
        if meta or clock.due():  # not on every edit: each edit beats its field's stamp anyway
            meta["clock"] = clock.last
            conn.execute(_META_WRITE, [{"k": k, "v": v} for k, v in meta.items()])
            clock.saved = clock.last
        return stamp

    def _stamped(self, field_clock: Any, fields: Iterable[str], stamp: str) -> dict[str, Any]:
        """``field_clock`` with a new stamp for each of ``fields``: above the version the edit
        was made from, with that version as the base when it came from another device."""
        clock = hlc.clock_of(self.doc)
        stamps = dict(field_clock or {})
        device = self.doc.device_id
        for name in fields:
            seen, base = (stamps.get(name) or stamps.get("*") or ["", ""])[:2]
            if seen and hlc.device_of(seen) != device:
                base = seen
            stamps[name] = [clock.after(stamp, seen), base]
        return dict(sorted(stamps.items()))  # as the merge writes it

    @staticmethod
    def _current(conn: Any, table: Table, names: builtins.list[str], ids: builtins.list[str]
                 ) -> dict[str, Any]:
        """Current values of ``names`` for live rows ``ids``; NotFound names the first missing."""
        if len(ids) == 1:
            row = conn.execute(_read_statement(table.name, tuple(names)), {"b_row_id": ids[0]}).first()
            current = {ids[0]: row._mapping} if row is not None else {}
        else:
            current = {}
            columns = [table.c.id, *(table.c[n] for n in names)]
            for chunk in _chunks(ids):
                for row in conn.execute(select(*columns).where(table.c.id.in_(chunk),
                                                               table.c.deleted_at.is_(None))):
                    current[row.id] = row._mapping
        missing = [row_id for row_id in ids if row_id not in current]
        if missing:
            raise NotFound("not_found.row", kind=table.name, id=missing[0])
        return current

    def delete(self, model: type[Base], row_id: str) -> None:
        self.delete_many(model, [row_id])

    def delete_many(self, model: type[Base], ids: Iterable[str]) -> builtins.list[str]:
        """Tombstone rows (a merge carries the deletion); returns the ids that were live."""
        return self._set_deleted(model, list(ids), deleted=True)

    def restore(self, model: type[Base], row_id: str) -> None:
        self.restore_many(model, [row_id])

    def restore_many(self, model: type[Base], ids: Iterable[str]) -> builtins.list[str]:
        return self._set_deleted(model, list(ids), deleted=False)

    def _set_deleted(self, model: type[Base], ids: builtins.list[str], *, deleted: bool) -> builtins.list[str]:
        table = table_of(model)
        now = utcnow()
        condition = table.c.deleted_at.is_(None) if deleted else table.c.deleted_at.is_not(None)
        changed: list[str] = []
        with self.doc.write() as conn:
            for chunk in _chunks(ids):
                found = conn.execute(
                    select(table.c.id).where(table.c.id.in_(chunk), condition)
                ).scalars().all()
                if found and self._guard:
                    self._guard.check_existing(conn, table.name, found)
                if found:
                    stamp = self._tick(conn)
                    clocks = dict(conn.execute(select(table.c.id, table.c.field_clock)
                                               .where(table.c.id.in_(found))).all())
                    conn.execute(
                        update(table).where(table.c.id == bindparam("b_row_id"))
                        .values(deleted_at=now if deleted else None, updated_at=now,
                                device_id=bindparam("new_device_id"),
                                field_clock=bindparam("new_field_clock"), **_base_stamp(table)),
                        [{"new_device_id": self.doc.device_id, "b_row_id": row_id,
                          "new_field_clock": self._stamped(clocks.get(row_id), ["deleted_at"],
                                                           stamp)} for row_id in found],
                    )
                    changed.extend(found)
        if changed:
            self._note(table.name, changed, DELETED if deleted else RESTORED)
            self.events.emit(Change(table.name, Op.DELETED if deleted else Op.RESTORED,
                                    tuple(changed)))
        return changed

    # --- reading ------------------------------------------------------------------------------

    def get(self, model: type[T], row_id: str, *, include_deleted: bool = False) -> T:
        with self.doc.session() as session:
            obj = session.get(model, row_id)
        if obj is None or (obj.deleted_at is not None and not include_deleted):  # type: ignore[attr-defined]
            raise NotFound("not_found.row", kind=model.__tablename__, id=row_id)
        return obj

    def find(self, model: type[T], row_id: str) -> T | None:
        try:
            return self.get(model, row_id)
        except NotFound:
            return None

    def list(self, model: type[T], *, order_by: Sequence[str] = (), include_deleted: bool = False,
             **filters: Any) -> list[T]:
        """Live rows of ``model`` matching ``filters`` (column = value), ordered by columns."""
        stmt = select(model)
        for name, value in filters.items():
            column = getattr(model, name)
            stmt = stmt.where(column.is_(None) if value is None else column == value)
        if not include_deleted:
            stmt = stmt.where(model.deleted_at.is_(None))  # type: ignore[attr-defined]
        for name in order_by or ("created_at", "id"):
            stmt = stmt.order_by(getattr(model, name))
        with self.doc.session() as session:
            return list(session.scalars(stmt).all())

    def count(self, model: type[Base], **filters: Any) -> int:
        """How many live rows match ``filters`` (a COUNT, no rows loaded)."""
        table = table_of(model)
        stmt = select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
        for name, value in filters.items():
            column = table.c[name]
            stmt = stmt.where(column.is_(None) if value is None else column == value)
        with self.doc.session() as session:
            return int(session.execute(stmt).scalar_one())


#: a file_meta value, written with every edit (the file's clock)
_META_WRITE = text("INSERT OR REPLACE INTO file_meta (key, value) VALUES (:k, :v)")


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        return arg({})
    return arg


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


@lru_cache(maxsize=512)
def _read_statement(table_name: str, names: tuple[str, ...]) -> Select[Any]:
    """SELECT the given columns of one live row; built once per shape (statements are cached)."""
    table = Base.metadata.tables[table_name]
    return select(*(table.c[n] for n in names)).where(
        table.c.id == bindparam("b_row_id"), table.c.deleted_at.is_(None)
    )


@lru_cache(maxsize=512)
def _update_statement(table_name: str, names: tuple[str, ...]) -> Update:
    table = Base.metadata.tables[table_name]
    values: dict[str, Any] = {n: bindparam(f"new_{n}")
                              for n in (*names, "updated_at", "device_id", "field_clock")}
    values.update(_base_stamp(table))
    return update(table).where(table.c.id == bindparam("b_row_id")).values(values)


def _base_stamp(table: Table) -> dict[str, Any]:
    """When the row's current version came from another device, remember it as the base."""
    foreign = table.c.device_id != bindparam("new_device_id")
    return {
        "base_updated_at": case((foreign, table.c.updated_at), else_=table.c.base_updated_at),
        "base_device_id": case((foreign, table.c.device_id), else_=table.c.base_device_id),
    }
