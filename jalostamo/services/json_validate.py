"""Check the shape and every value of a parsed JSON export, and convert it to column values.

The result holds, per table, rows of the values exactly as the database stores them:
timestamps and dates as their canonical text, enums as their value, JSON columns as JSON text,
blobs as bytes. Nothing is written here.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jalostamo.services.json_parse import nesting_depth
from jalostamo.services.json_schema import (
    BINARY,
    BOOL,
    DATE,
    ENUM,
    FLOAT,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_KEYS,
    INT,
    INT_MAX,
    INT_MIN,
    JSON_VALUE,
    MAX_BLOB_BYTES,
    MAX_VALUE_DEPTH,
    TEXT,
    TIMESTAMP,
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

_SURROGATE = re.compile("[\ud800-\udfff]")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


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


# --- values, one function per column kind ------------------------------------------------------


def _text(spec: ColumnSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise _BadValueError(reason("json_io.reason.text"))
    if len(value) > spec.max_chars:
        raise _BadValueError(reason("json_io.reason.too_long", limit=spec.max_chars))
    if not value.isascii() and _SURROGATE.search(value):
        raise _BadValueError(reason("json_io.reason.surrogate"))
    return value


def _timestamp(spec: ColumnSpec, value: Any) -> str:
    """The stored text itself, once it is a real instant in the one canonical form."""
    if isinstance(value, str) and _TIMESTAMP.fullmatch(value):
        try:
            datetime(int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]),
                     int(value[14:16]), int(value[17:19]))
        except ValueError:
            pass
        else:
            return value
    raise _BadValueError(reason("json_io.reason.timestamp"))


def _date(spec: ColumnSpec, value: Any) -> str:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:
            pass
        else:
            return value
    raise _BadValueError(reason("json_io.reason.date"))


def _enum(spec: ColumnSpec, value: Any) -> str:
    if isinstance(value, str) and value in spec.allowed:
        return value
    raise _BadValueError(reason("json_io.reason.enum", allowed=", ".join(spec.allowed)))


def _bool(spec: ColumnSpec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _BadValueError(reason("json_io.reason.bool"))
    return value


def _int(spec: ColumnSpec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _BadValueError(reason("json_io.reason.int"))
    if not INT_MIN <= value <= INT_MAX:
        raise _BadValueError(reason("json_io.reason.int_range"))
    return value


def _float(spec: ColumnSpec, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _BadValueError(reason("json_io.reason.float"))
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise _BadValueError(reason("json_io.reason.float"))
    return number


def _json_value(spec: ColumnSpec, value: Any) -> str:
    """Any JSON value, stored as JSON text the way SQLAlchemy's JSON type stores it."""
    try:
        text = json.dumps(value, allow_nan=False)
    except ValueError:  # 1e400 parses to infinity, which JSON cannot hold
        raise _BadValueError(reason("json_io.reason.float")) from None
    # Few brackets cannot nest deeply; only then is the (slower) exact depth worth measuring.
    if (text.count("[") + text.count("{") > MAX_VALUE_DEPTH
            and nesting_depth(value, MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH):
        raise _BadValueError(reason("json_io.reason.too_deep", limit=MAX_VALUE_DEPTH))
    return text


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


_DECODERS: dict[str, Callable[[ColumnSpec, Any], Any]] = {
    TEXT: _text, TIMESTAMP: _timestamp, DATE: _date, ENUM: _enum, BOOL: _bool, INT: _int,
    FLOAT: _float, JSON_VALUE: _json_value, BINARY: _binary,
}


def decode_value(spec: ColumnSpec, value: Any) -> Any:
    """The column value for a JSON value, or ``_BadValueError`` with the reason."""
    if value is None:
        if spec.kind == JSON_VALUE:  # stored as the JSON text "null", never an SQL NULL
            return "null"
        if spec.nullable:
            return None
        raise _BadValueError(reason("json_io.reason.required"))
    return _DECODERS[spec.kind](spec, value)


# --- rows, tables, the whole file ---------------------------------------------------------------


def _refuse(path: str, at: str, why: Reason) -> JsonRefused:
    return JsonRefused("json_io.bad_value", path=path, where=at, reason=why)


def _decode_rows(spec: TableSpec, rows: Any, path: str,
                 good_instants: set[str]) -> list[tuple[Any, ...]]:
    """Rows as tuples of stored values, in the order of ``spec.columns``.

    ``good_instants`` remembers timestamps and dates already found valid: most rows share them.
    """
    if not isinstance(rows, list):
        raise _refuse(path, where(spec.name), reason("json_io.reason.not_list"))
    names = spec.columns.keys()
    columns = [(name, column_spec, _DECODERS[column_spec.kind],
                column_spec.max_chars if column_spec.kind == TEXT else -1,
                column_spec.kind in (TIMESTAMP, DATE), column_spec.kind == FLOAT)
               for name, column_spec in spec.columns.items()]
    key_positions = [list(names).index(name) for name in spec.primary_key]
    seen: set[tuple[Any, ...]] = set()
    result: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows):
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
        for name, column_spec, decode, max_chars, instant, is_float in columns:
            value = row[name]
            # fast paths for the common cases; everything else through the full check
            kind = type(value)
            if (kind is str and ((len(value) <= max_chars and value.isascii())
                                 or (instant and value in good_instants))) or (
                    kind is float and is_float and math.isfinite(value)):
                clean.append(value)
                continue
            try:
                clean.append(decode(column_spec, value) if value is not None
                             else decode_value(column_spec, None))
            except _BadValueError as exc:
                raise _refuse(path, where(spec.name, index, name), exc.why) from None
            if instant:
                good_instants.add(value)
        key = tuple(clean[position] for position in key_positions)
        if key in seen:
            raise _refuse(path, where(spec.name, index),
                          reason("json_io.reason.duplicate_id", id=", ".join(map(str, key))))
        seen.add(key)
        result.append(tuple(clean))
        rows[index] = None  # let the parsed row (and its base64 text) go as we convert
    return result


def _header_int(value: dict[str, Any], key: str, path: str) -> int:
    number = value[key]
    if isinstance(number, bool) or not isinstance(number, int):
        raise JsonRefused("import.bad_shape", path=path,
                          detail=reason("json_io.shape.bad_header", field=key))
    return number


def _check_header(value: Any, path: str) -> None:
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
    _check_header(value, path)
    specs = table_specs()
    tables_in = value["tables"]
    for name in sorted(tables_in):
        if name not in specs:
            raise JsonRefused("json_io.unknown_table", path=path, table=name[:100])
    for name in specs:
        if name not in tables_in:
            raise JsonRefused("json_io.missing_table", path=path, table=name)
    good_instants: set[str] = set()
    tables = {name: _decode_rows(spec, tables_in[name], path, good_instants)
              for name, spec in specs.items()}
    programme_columns = list(specs["programmes"].columns)
    deleted_at, row_id = programme_columns.index("deleted_at"), programme_columns.index("id")
    live = [row for row in tables["programmes"] if row[deleted_at] is None]
    if not live:
        raise JsonRefused("json_io.no_programme", path=path)
    if len(live) > 1:
        raise JsonRefused("json_io.many_programmes", path=path, count=len(live))
    if live[0][row_id] != value["programme_id"]:
        raise JsonRefused("json_io.programme_mismatch", path=path)
    return ValidatedExport(value["programme_id"], tables)
