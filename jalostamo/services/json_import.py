"""Import a JSON export as a new programme file (``jalostamo import-json IN.json FILE``).

The input is read under limits, parsed strictly and checked completely before anything is
written. The new file is built under a temporary name in the target's folder (schema, stamp,
every row in one transaction, references checked by SQLite, checkpoint, fsync) and only then
moved into place, and never over an existing file. On any failure, or Ctrl-C, the temporary
file is removed; the target either does not exist or is complete.

Erasure records in the export are applied as a merge applies them (services/erasure_record.py):
an export made before an erasure, or edited to bring a name back, imports redacted.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from jalostamo.errors import UserError
from jalostamo.services.json_media import clean_export_media
from jalostamo.services.json_parse import load_json_file
from jalostamo.services.json_schema import JsonRefused, TableSpec, table_specs
from jalostamo.services.json_validate import ValidatedExport, validate_export
from jalostamo.store.document import (
    make_engine,
    new_schema,
    run_outside_transaction,
    storage_error,
)
from jalostamo.store.output import check_new_file, commit_output

TEMP_SUFFIX = ".importing"
_INSERT_CHUNK = 500
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class ImportResult:
    path: Path
    rows: int
    programme_id: str


def temp_path_for(target: Path) -> Path:
    """Where the file is built: hidden, next to the target, named after this process."""
    return target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")


def import_json(source: Path | str, target: Path | str) -> ImportResult:
    """Create the programme file ``target`` from the JSON export ``source``."""
    source, target = Path(source), Path(target)
    _check_target(target)
    data = validate_export(load_json_file(source), str(source))
    clean_export_media(data, str(source))  # photo ids checked, blobs re-encoded
    apply_erasures(data)
    rows = data.row_count
    _remove_stale_temp_files(target)
    tmp = temp_path_for(target)
    try:
        _build(tmp, data, str(source))
        _move_into_place(tmp, target)
    except UserError:
        raise
    except OSError as exc:
        raise storage_error(exc) or JsonRefused(
            "json_io.cannot_write", path=str(target), detail=exc.strerror or str(exc)) from None
    except DBAPIError as exc:
        raise storage_error(exc) or JsonRefused(
            "json_io.cannot_write", path=str(target), detail=str(exc.orig)) from None
    finally:
        _remove_with_side_files(tmp)
    return ImportResult(target, rows, data.programme_id)


def apply_erasures(data: ValidatedExport) -> int:
    """Redact the export's rows by its erasure records, as a merge redacts incoming rows;
    returns how many rows were changed."""
    from jalostamo.services.erasure_record import Redactor, redact_row, redactable_columns

    specs = table_specs()
    records = data.tables.get("erasures") or []
    if not records:
        return 0
    at = {name: i for i, name in enumerate(specs["erasures"].columns)}
    redactor = Redactor([tuple(row[at[c]] for c in ("person_id", "salt", "words", "forms",
                                                     "quotes", "photos", "erased_at",
                                                     "deleted_at")) for row in records],
                        _language(data))
    if not redactor:
        return 0
    changed = 0
    for name, rows in data.tables.items():
        if name == "erasures" or not rows:
            continue
        index = {column: i for i, column in enumerate(specs[name].columns)}
        texts, jsons = redactable_columns(specs[name].table, index)
        redacted = [redact_row(redactor, name, index, texts, jsons, row) for row in rows]
        changed += sum(1 for old, new in zip(rows, redacted, strict=True) if old != new)
        data.tables[name] = redacted
    return changed


def _language(data: ValidatedExport) -> str | None:
    """The programme's language (the pseudonyms are written in it)."""
    at = {name: i for i, name in enumerate(table_specs()["programmes"].columns)}
    for row in data.tables.get("programmes") or []:
        if row[at["id"]] == data.programme_id:
            return row[at["language"]] if "language" in at else None
    return None


def _check_target(target: Path) -> None:
    check_new_file(target)


def _build(tmp: Path, data: ValidatedExport, source: str) -> None:
    """Write the complete file at ``tmp``: schema, stamp, pragmas, every row, checked.

    The schema is made as for a new file (``store.document.new_schema``). ``file_meta`` is
    about a file, not a programme, so it is not exported; an imported file is a programme file.
    """
    _remove_with_side_files(tmp)
    engine = make_engine(tmp, pooled=False)
    try:
        with new_schema(engine) as conn:
            # References are checked once every row is in, so the order of rows is free.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            specs = table_specs()
            for name, rows in data.tables.items():
                statement = _insert_sql(specs[name])
                for start in range(0, len(rows), _INSERT_CHUNK):
                    conn.exec_driver_sql(statement, rows[start:start + _INSERT_CHUNK])
                data.tables[name] = []  # free the blobs of tables already written
            _check_references(conn, source)
        run_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)",
                                "PRAGMA journal_mode = DELETE")
    finally:
        engine.dispose()
    with tmp.open("rb+") as stream:
        os.fsync(stream.fileno())
    if os.name == "posix":
        os.chmod(tmp, 0o600)


def _insert_sql(spec: TableSpec) -> str:
    """A plain INSERT of stored values (validated already; no type conversion on the way)."""
    names = ", ".join(f'"{name}"' for name in spec.columns)
    marks = ", ".join("?" for _ in spec.columns)
    return f'INSERT INTO "{spec.name}" ({names}) VALUES ({marks})'


def _check_references(conn: Connection, source: str) -> None:
    """Refuse the import, naming the row, when a reference points at no row."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is None:
        return
    table, rowid, parent, fk_index = broken
    row_id = conn.execute(text(f'SELECT id FROM "{table}" WHERE rowid = :rowid'),
                          {"rowid": rowid}).scalar()
    column = next((fk[3] for fk in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")')
                   if fk[0] == fk_index), "?")
    raise JsonRefused("json_io.dangling", path=source, table=table, id=row_id, column=column,
                      parent=parent)


def _move_into_place(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target``, atomically, and never over an existing file."""
    commit_output(tmp, target, overwrite=False)


def _remove_with_side_files(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{side}") for side in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _stale_temp_files(target: Path) -> Iterator[Path]:
    """Temporary files of imports into ``target`` whose process is gone (killed outright)."""
    if os.name != "posix":  # no cheap, safe liveness check for a process id
        return
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(\d+){re.escape(TEMP_SUFFIX)}$")
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            match = pattern.match(entry.name)
            if not match or int(match.group(1)) == os.getpid():
                continue
            try:
                os.kill(int(match.group(1)), 0)
            except ProcessLookupError:
                yield entry
            except OSError:
                continue


def _remove_stale_temp_files(target: Path) -> None:
    for stale in list(_stale_temp_files(target)):
        _remove_with_side_files(stale)
