"""Check the shape and every value of a parsed JSON export, and convert it to column values.

The result holds, per table, rows ready for a Core ``insert()``: timestamps as aware
datetimes, dates as dates, enums as their members, blobs as bytes. Nothing is written here.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from jalostamo.models.base import TIMESTAMP_FORMAT, StrEnumType
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
from jalostamo.store.schema import SCHEMA_VERSION

_SURROGATE = re.compile("[\ud800-\udfff]")


class _BadValueError(Exception):
    def __init__(self, why: Reason) -> None:
        super().__init__(why.key)
        self.why = why


@dataclass
class ValidatedExport:
    programme_id: str
    #: table name -> rows of column values, tables in dependency order
    tables: dict[str, list[dict[str, Any]]]

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


def _timestamp(spec: ColumnSpec, value: Any) -> datetime:
    if isinstance(value, str) and len(value) == 27:
        try:
            parsed = datetime.strptime(value, TIMESTAMP_FORMAT)
        except ValueError:
            pass
        else:
            if parsed.strftime(TIMESTAMP_FORMAT) == value:
                return parsed.replace(tzinfo=UTC)
    raise _BadValueError(reason("json_io.reason.timestamp"))


def _date(spec: ColumnSpec, value: Any) -> date:
    if isinstance(value, str) and len(value) == 10:
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.isoformat() == value:
                return parsed
    raise _BadValueError(reason("json_io.reason.date"))


def _enum(spec: ColumnSpec, value: Any) -> Any:
    enum_class = spec.column.type.enum_class if isinstance(spec.column.type, StrEnumType) else None
    if enum_class is not None and isinstance(value, str):
        try:
            return enum_class(value)
        except ValueError:
            pass
    allowed = ", ".join(member.value for member in enum_class) if enum_class else ""
    raise _BadValueError(reason("json_io.reason.enum", allowed=allowed))


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


def _json_value(spec: ColumnSpec, value: Any) -> Any:
    return value  # any JSON value; depth and size were bounded when parsing


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
        # A JSON column stores JSON null as text, so it is never an SQL NULL.
        if spec.nullable or spec.kind == JSON_VALUE:
            return None
        raise _BadValueError(reason("json_io.reason.required"))
    return _DECODERS[spec.kind](spec, value)


# --- rows, tables, the whole file ---------------------------------------------------------------


def _refuse(path: str, at: str, why: Reason) -> JsonRefused:
    return JsonRefused("json_io.bad_value", path=path, where=at, reason=why)


def _decode_rows(spec: TableSpec, rows: Any, path: str) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        raise _refuse(path, where(spec.name), reason("json_io.reason.not_list"))
    names = spec.columns.keys()
    seen: set[tuple[Any, ...]] = set()
    result: list[dict[str, Any]] = []
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
        clean: dict[str, Any] = {}
        for name, column_spec in spec.columns.items():
            try:
                clean[name] = decode_value(column_spec, row[name])
            except _BadValueError as exc:
                raise _refuse(path, where(spec.name, index, name), exc.why) from None
        key = tuple(clean[name] for name in spec.primary_key)
        if key in seen:
            raise _refuse(path, where(spec.name, index),
                          reason("json_io.reason.duplicate_id", id=", ".join(map(str, key))))
        seen.add(key)
        result.append(clean)
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
    """
    _check_header(value, path)
    specs = table_specs()
    tables_in = value["tables"]
    for name in sorted(tables_in):
        if name not in specs:
            raise JsonRefused("json_io.unknown_table", path=path, table=name[:100])
    for name in specs:
        if name not in tables_in:
            raise JsonRefused("json_io.missing_table", path=path, table=name)
    tables = {name: _decode_rows(spec, tables_in[name], path) for name, spec in specs.items()}
    live = [row for row in tables["programmes"] if row["deleted_at"] is None]
    if not live:
        raise JsonRefused("json_io.no_programme", path=path)
    if len(live) > 1:
        raise JsonRefused("json_io.many_programmes", path=path, count=len(live))
    if live[0]["id"] != value["programme_id"]:
        raise JsonRefused("json_io.programme_mismatch", path=path)
    return ValidatedExport(value["programme_id"], tables)
