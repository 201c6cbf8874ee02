"""Check the shape and every value of a parsed JSON export, and convert it to column values.

The result holds, per table, rows of the values exactly as the database stores them:
timestamps and dates as their canonical text, enums as their value, JSON columns as JSON text,
blobs as bytes. Nothing is written here.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jalostamo.models.rules import MEDIA_TABLE, json_value_problem, media_problem
from jalostamo.services.json_schema import (
    BINARY,
    BOOL,
    FLOAT,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_KEYS,
    JSON_VALUE,
    MAX_BLOB_BYTES,
    ColumnSpec,
    JsonRefused,
    Reason,
    TableSpec,
    reason,
    table_specs,
    where,
)
from jalostamo.services.json_upgrade import upgrade_export
from jalostamo.store.schema import SCHEMA_VERSION


class _BadValueError(Exception):
    def __init__(self, why: Reason) -> None:
        super().__init__(why.key)
        self.why = why


@dataclass
class ValidatedExport:
    programme_id: str
    #: table name -> rows as tuples of stored values (text, numbers, bytes), in the order of
    #: the table's columns; tables in dependency order
    tables: dict[str, list[tuple[Any, ...]]]

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


# --- values: the JSON form of a few kinds, then the one rule of the column ------------------------


def _bool(spec: ColumnSpec, value: Any) -> Any:
    if not isinstance(value, bool):  # JSON writes a boolean as true/false, never 0/1
        raise _BadValueError(reason("json_io.reason.bool"))
    return value


def _float(spec: ColumnSpec, value: Any) -> Any:
    if type(value) is int:
        try:
            return float(value)
        except OverflowError:  # 1e400 written out in digits
            raise _BadValueError(reason("json_io.reason.float")) from None
    return value


def _json_value(spec: ColumnSpec, value: Any) -> str:
    """Any JSON value of the column's shape, stored as JSON text as SQLAlchemy's JSON type
    stores it."""
    problem = json_value_problem(spec, value)
    if problem is not None:
        raise _BadValueError(problem)
    return json.dumps(value)


def _binary(spec: ColumnSpec, value: Any) -> bytes:
    if not isinstance(value, str):
        raise _BadValueError(reason("json_io.reason.base64"))
    if len(value) // 4 * 3 > MAX_BLOB_BYTES:
        raise _BadValueError(reason("json_io.reason.blob_too_large",
                                    limit=MAX_BLOB_BYTES // 1024**2))
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _BadValueError(reason("json_io.reason.base64")) from None


#: JSON value -> stored value, for the kinds whose JSON form differs from the stored one
_DECODERS: dict[str, Callable[[ColumnSpec, Any], Any]] = {
    BOOL: _bool, FLOAT: _float, JSON_VALUE: _json_value, BINARY: _binary,
}


def decode_value(spec: ColumnSpec, value: Any) -> Any:
    """The column value for a JSON value, or ``_BadValueError`` with the reason."""
    decode = _DECODERS.get(spec.kind)
    if value is not None and decode is not None:
        value = decode(spec, value)
    problem = spec.problem(value)
    if problem is not None:
        raise _BadValueError(problem)
    return value


# --- rows, tables, the whole file ---------------------------------------------------------------


def _refuse(path: str, at: str, why: Reason) -> JsonRefused:
    return JsonRefused("json_io.bad_value", path=path, where=at, reason=why)


class RowDecoder:
    """Checks and converts the rows of one table, one at a time (the streaming import feeds
    them as they are read): stored values in the order of ``spec.columns``; a repeated key
    is refused."""

    def __init__(self, spec: TableSpec, path: str) -> None:
        self.spec, self.path = spec, path
        self.names = spec.columns.keys()
        order = list(self.names)
        self.columns = [(name, _DECODERS.get(column_spec.kind), column_spec, column_spec.check())
                        for name, column_spec in spec.columns.items()]
        self.media_columns = ((order.index("id"), order.index("original"))
                              if spec.name == MEDIA_TABLE else None)
        self.key_positions = [order.index(name) for name in spec.primary_key]
        self.seen: set[tuple[Any, ...]] = set()

    def __call__(self, index: int, row: Any) -> tuple[Any, ...]:
        spec, path, names = self.spec, self.path, self.names
        if not isinstance(row, dict):
            raise _refuse(path, where(spec.name, index), reason("json_io.reason.not_object"))
        if row.keys() != names:
            unknown = sorted(row.keys() - names)
            if unknown:
                raise _refuse(path, where(spec.name, index),
                              reason("json_io.reason.unknown_column", column=unknown[0][:100]))
            missing = sorted(names - row.keys())
            raise _refuse(path, where(spec.name, index),
                          reason("json_io.reason.missing_column", column=missing[0]))
        clean: list[Any] = []
        for name, decode, column_spec, check in self.columns:
            value = row[name]
            try:
                if decode is not None and value is not None:
                    value = decode(column_spec, value)
                problem = check(value)
            except _BadValueError as exc:
                problem = exc.why
            if problem is not None:
                raise _refuse(path, where(spec.name, index, name), problem) from None
            clean.append(value)
        if self.media_columns is not None:
            problem = media_problem(clean[self.media_columns[0]], clean[self.media_columns[1]])
            if problem is not None:
                raise _refuse(path, where(spec.name, index, "id"), problem)
        key = tuple(clean[position] for position in self.key_positions)
        if key in self.seen:
            raise _refuse(path, where(spec.name, index),
                          reason("json_io.reason.duplicate_id", id=", ".join(map(str, key))))
        self.seen.add(key)
        return tuple(clean)


def _decode_rows(spec: TableSpec, rows: Any, path: str) -> list[tuple[Any, ...]]:
    """Rows as tuples of stored values, in the order of ``spec.columns``."""
    if not isinstance(rows, list):
        raise _refuse(path, where(spec.name), reason("json_io.reason.not_list"))
    decode = RowDecoder(spec, path)
    result: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows):
        result.append(decode(index, row))
        rows[index] = None  # let the parsed row (and its base64 text) go as we convert
    return result


def _header_int(value: dict[str, Any], key: str, path: str) -> int:
    number = value[key]
    if isinstance(number, bool) or not isinstance(number, int):
        raise JsonRefused("import.bad_shape", path=path,
                          detail=reason("json_io.shape.bad_header", field=key))
    return number


def check_header(value: Any, path: str) -> None:
    if not isinstance(value, dict):
        raise JsonRefused("import.bad_shape", path=path, detail=reason("json_io.shape.not_object"))
    if value.get("format") != FORMAT_NAME:
        raise JsonRefused("import.bad_shape", path=path,
                          detail=reason("json_io.shape.not_jalostamo"))
    if "format_version" in value:
        version = _header_int(value, "format_version", path)
        if version > FORMAT_VERSION:
            raise JsonRefused("import.newer", path=path, found=version, known=FORMAT_VERSION)
        if version < 1:
            raise JsonRefused("import.bad_shape", path=path,
                              detail=reason("json_io.shape.bad_header", field="format_version"))
    for key in sorted(value):
        if key not in HEADER_KEYS:
            raise JsonRefused("import.bad_shape", path=path,
                              detail=reason("json_io.shape.unknown_key", field=key[:100]))
    for key in HEADER_KEYS:
        if key not in value:
            raise JsonRefused("import.bad_shape", path=path,
                              detail=reason("json_io.shape.missing_key", field=key))
    schema = _header_int(value, "schema_version", path)
    if schema > SCHEMA_VERSION:
        raise JsonRefused("json_io.newer_schema", path=path, found=schema, known=SCHEMA_VERSION)
    if schema < SCHEMA_VERSION:
        raise JsonRefused("json_io.older_schema", path=path, found=schema, known=SCHEMA_VERSION)
    programme_id = value["programme_id"]
    if not isinstance(programme_id, str) or not 0 < len(programme_id) <= 36:
        raise JsonRefused("import.bad_shape", path=path,
                          detail=reason("json_io.shape.bad_header", field="programme_id"))
    if not isinstance(value["tables"], dict):
        raise JsonRefused("import.bad_shape", path=path,
                          detail=reason("json_io.shape.bad_header", field="tables"))


def validate_export(value: Any, path: str) -> ValidatedExport:
    """Check a parsed export completely; raise :class:`JsonRefused` at the first problem.

    The parsed rows are consumed (replaced by None) as they are converted, to save memory.
    An export of an older schema is first brought up to the current one
    (:mod:`jalostamo.services.json_upgrade`).
    """
    upgrade_export(value, SCHEMA_VERSION)
    check_header(value, path)
    specs = table_specs()
    tables_in = value["tables"]
    for name in sorted(tables_in):
        if name not in specs:
            raise JsonRefused("json_io.unknown_table", path=path, table=name[:100])
    for name in specs:
        if name not in tables_in:
            raise JsonRefused("json_io.missing_table", path=path, table=name)
    tables = {name: _decode_rows(spec, tables_in[name], path)
              for name, spec in specs.items()}
    programme_columns = list(specs["programmes"].columns)
    deleted_at, row_id = programme_columns.index("deleted_at"), programme_columns.index("id")
    check_programmes([row[row_id] for row in tables["programmes"] if row[deleted_at] is None],
                     value["programme_id"], path)
    return ValidatedExport(value["programme_id"], tables)


def check_programmes(live: list[Any], programme_id: str, path: str) -> None:
    """Exactly one live programme, the one the header names."""
    if not live:
        raise JsonRefused("json_io.no_programme", path=path)
    if len(live) > 1:
        raise JsonRefused("json_io.many_programmes", path=path, count=len(live))
    if live[0] != programme_id:
        raise JsonRefused("json_io.programme_mismatch", path=path)
