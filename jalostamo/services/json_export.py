"""Export a programme file as versioned, full-fidelity JSON (``jalostamo export-json``).

Every table and every column is written, tombstoned rows included, rows sorted by primary key
and keys sorted, so that the same programme always gives the same bytes. Timestamps and dates
are their stored ISO text, JSON columns are JSON values, binary columns are base64. The file
is written next to its target, synced, and moved into place: a reader never sees half of it.
Rows are streamed table by table, one row at a time, so that photos are never all in memory.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from jalostamo.errors import FileRefused, UserError
from jalostamo.services.json_schema import (
    BINARY,
    BOOL,
    FORMAT_NAME,
    FORMAT_VERSION,
    JSON_VALUE,
    TableSpec,
    table_specs,
)
from jalostamo.store.document import Document
from jalostamo.store.output import atomic_output
from jalostamo.store.schema import SCHEMA_VERSION

#: rows fetched from the database at a time (bounds memory for tables of photos)
FETCH_ROWS = 32
_WRITE_BUFFER = 1024 * 1024


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    bytes_written: int


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def _b64(value: bytes | None) -> str | None:
    return None if value is None else base64.b64encode(value).decode("ascii")


def _from_json_text(value: str) -> Any:
    return json.loads(value)


#: how a stored value becomes a JSON value, by column kind; other kinds are written as stored
_ENCODERS: dict[str, Callable[[Any], Any]] = {BINARY: _b64, BOOL: bool, JSON_VALUE: _from_json_text}


def iter_rows(conn: Connection, spec: TableSpec) -> Iterator[dict[str, Any]]:
    """Rows of one table as JSON-ready dicts, sorted by primary key, fetched a few at a time.

    Values are read as stored (no type conversion): timestamps and dates stay their ISO text.
    """
    names = sorted(spec.columns)
    encoders = [_ENCODERS.get(spec.columns[name].kind) for name in names]
    columns = ", ".join(f'"{name}"' for name in names)
    order = ", ".join(f'"{name}"' for name in spec.primary_key)
    result = conn.execution_options(stream_results=True, yield_per=FETCH_ROWS).exec_driver_sql(
        f'SELECT {columns} FROM "{spec.name}" ORDER BY {order}')
    for row in result:
        yield {name: (encode(value) if encode is not None and value is not None else value)
               for name, encode, value in zip(names, encoders, row, strict=True)}


def write_export(conn: Connection, programme_id: str, stream: IO[bytes]) -> int:
    """Write the JSON form of the database behind ``conn`` to ``stream``; returns the row count.

    Call it inside one read transaction, so that every table is read from the same snapshot.
    """
    specs = sorted(table_specs().values(), key=lambda s: s.name)
    header = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
              "programme_id": programme_id, "schema_version": SCHEMA_VERSION}
    write = stream.write
    write(b"{\n")
    for key in sorted(header):
        write(f"  {_dumps(key)}: {_dumps(header[key])},\n".encode())
    write(b'  "tables": {')
    rows = 0
    for t_index, spec in enumerate(specs):
        write(b"\n" if t_index == 0 else b",\n")
        write(f"    {_dumps(spec.name)}: [".encode())
        first = True
        for row in iter_rows(conn, spec):
            write(b"\n      " if first else b",\n      ")
            write(_dumps(row).encode("utf-8"))
            first = False
            rows += 1
        write(b"]" if first else b"\n    ]")
    write(b"\n  }\n}\n")
    return rows


def export_document(doc: Document, out: Path | str, *, overwrite: bool = False) -> ExportResult:
    """Export an open programme to ``out`` atomically (temporary file, fsync, rename)."""
    out = Path(out)
    try:
        with (atomic_output(out, overwrite=overwrite, sources=[doc.path]) as tmp,
              tmp.open("wb", buffering=_WRITE_BUFFER) as stream):
            with doc.engine.connect() as conn:
                rows = write_export(conn, doc.programme_id, stream)
            stream.flush()
            size = stream.tell()
    except UserError:
        raise
    except ValueError as exc:  # a value JSON cannot hold (NaN, infinity) in a damaged file
        raise FileRefused("file.damaged", path=str(doc.path), detail=str(exc)) from None
    except DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(doc.path), detail=str(exc.orig)) from None
    return ExportResult(out, rows, size)


def export_file(source: Path | str, out: Path | str, *, overwrite: bool = False) -> ExportResult:
    """Export the programme file ``source`` (opened read-only) to ``out``."""
    doc = Document.open(Path(source), readonly=True)
    try:
        return export_document(doc, out, overwrite=overwrite)
    finally:
        doc.close()
