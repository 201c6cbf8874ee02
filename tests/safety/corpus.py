"""A corpus of programme files edited outside the app, generated (no binary files committed).

:func:`build_base` makes a small real programme (``Services.create``, then a few rows of every
table). :func:`variants` lists, for every table and column, the edits someone could make with
an SQLite tool — a wrong type, an out-of-range value, a bad vocabulary value, broken JSON, a
dangling reference, an id that is a path, invalid UTF-8, a blob in a text column — and edits
of the schema: a dropped or added column, an unknown or missing Alembic revision, triggers and
views planted with odd letter case, a virtual table, an unknown table or index.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from jalostamo.models.base import HISTORY_COLUMNS
from jalostamo.models.rules import (
    BINARY,
    BOOL,
    DATE,
    ENUM,
    FLOAT,
    INT,
    JSON_VALUE,
    SHA256,
    TEXT,
    TIMESTAMP,
    UUID,
    ColumnRule,
    all_rules,
)

DANGLING_ID = "00000000-0000-4000-8000-000000000000"
PATH_ID = "../../../../etc/passwd"


def photo_bytes(seed: int = 1) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (40, 30), (200, 40 * seed % 256, 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _value(rule: ColumnRule, seq: int) -> Any:
    """A valid value of the column, for the tables the real programme left empty."""
    kind = rule.kind
    if kind == TEXT:
        return f"Åbo {seq}"[:rule.max_chars]
    return {
        ENUM: lambda: rule.allowed[0],
        BOOL: lambda: False,
        INT: lambda: 1 + seq,
        FLOAT: lambda: 1.5 + seq,
        DATE: lambda: date(2019, 3, 13),
        TIMESTAMP: lambda: datetime(2019, 3, 13, 9, 0, tzinfo=UTC),
        JSON_VALUE: lambda: [] if rule.shape is list else {},
        BINARY: lambda: b"",
    }[kind]()


def build_base(path: Path) -> None:
    """A small real programme with a few rows in every table."""
    from jalostamo.models import MODELS
    from jalostamo.services import Services

    with Services.create(path, "Kestävät kaupungit", organiser="Kuntaliitto") as svc:
        theme = svc.programme.add_theme("Osallisuus")
        svc.programme.add_workshop(phase="discover", title="Aloitus", held_on="2019-03-13")
        team = svc.teams.add("Turku", theme_ids=[theme])
        svc.teams.add("Oulu")
        board = svc.boards.board_for_team(team)
        note = svc.boards.add_item(board, "note", text="Nuoret mukaan")
        other = svc.boards.add_item(board, "note", text="Kirjasto", x=300.0)
        svc.boards.connect(board, note, other, label="johtaa")
        photo = svc.media.import_bytes(photo_bytes(), "kuva.jpg", team_id=team)
        svc.boards.add_item(board, "photo", media_id=photo)
        svc.boards.keep_version(board, None, "Versio 1")
        indicator = svc.monitoring.add_indicator(team, "Koettu osallisuus", unit="%",
                                                 baseline_value=40.0, baseline_on="2019-03-01")
        svc.monitoring.add_measurement(indicator, "2019-04-01", 52.5)
        ids: dict[str, str] = {}
        for table, rules in all_rules().items():
            if svc.entities.count(MODELS[table]):
                continue
            values: dict[str, Any] = {}
            for name, rule in rules.items():
                column = rule.column
                if name in HISTORY_COLUMNS:
                    continue
                if column.foreign_keys:
                    parent = next(iter(column.foreign_keys)).column.table.name
                    values[name] = ids.get(parent) or _first_id(svc, MODELS[parent])
                else:
                    values[name] = _value(rule, 0)
            ids[table] = svc.entities.create(MODELS[table], **values)


def _first_id(svc: Any, model: Any) -> str:
    return str(svc.entities.list(model)[0].id)


# --- the edits -------------------------------------------------------------------------------------

Edit = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Variant:
    name: str
    edit: Edit


def _set(table: str, column: str, sql_value: str, params: tuple[Any, ...] = ()) -> Edit:
    def edit(conn: sqlite3.Connection) -> None:
        conn.execute(f'UPDATE "{table}" SET "{column}" = {sql_value} '
                     f'WHERE rowid = (SELECT min(rowid) FROM "{table}")', params)
    return edit


def _column_edits(rule: ColumnRule) -> dict[str, Edit]:
    """The outside edits that break ``rule``'s column, by name."""
    t, c, kind = rule.table, rule.name, rule.kind
    edits: dict[str, Edit] = {}
    if kind in (TEXT, UUID, SHA256, TIMESTAMP, DATE, ENUM, JSON_VALUE):
        edits["blob_in_text"] = _set(t, c, "x'00ff10'")
        edits["invalid_utf8"] = _set(t, c, "CAST(x'4aff6f' AS TEXT)")
    if kind == TEXT:
        edits["too_long"] = _set(t, c, "?", ("x" * (rule.max_chars + 1),))
    if kind in (UUID, SHA256):
        edits["id_is_a_path"] = _set(t, c, "?", (PATH_ID,))
        if rule.column.foreign_keys and kind == UUID:
            edits["dangling_reference"] = _set(t, c, "?", (DANGLING_ID,))
    if kind == TIMESTAMP:
        edits["timestamp_eilen"] = _set(t, c, "'eilen'")
    if kind == DATE:
        edits["date_finnish_form"] = _set(t, c, "'13.3.2019'")
        edits["date_impossible"] = _set(t, c, "'2019-02-31'")
    if kind == ENUM:
        edits["bad_enum"] = _set(t, c, "'explode'")
    if kind == JSON_VALUE:
        edits["not_json"] = _set(t, c, "'{not json'")
        edits["wrong_json_shape"] = _set(t, c, "'\"text\"'")
        edits["json_nan"] = _set(t, c, "'[NaN]'")
    if kind in (INT, FLOAT, BOOL):
        edits["wrong_type"] = _set(t, c, "'vasen'")
    if kind in (INT, FLOAT):
        edits["huge_number"] = _set(t, c, "1e308")
        edits["over_the_bound"] = _set(t, c, "-1e16")
    if kind == BOOL:
        edits["bool_seven"] = _set(t, c, "7")
    if kind == BINARY:
        edits["text_in_blob"] = _set(t, c, "'kuva'")
    return edits


def _sql(*statements: str) -> Edit:
    def edit(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)
    return edit


def _writable_schema(*statements: str) -> Edit:
    """Edit ``sqlite_master`` itself, as a hostile tool can."""
    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.execute("PRAGMA writable_schema = OFF")
    return edit


SCHEMA_EDITS: dict[str, Edit] = {
    "schema/dropped_column": _sql('ALTER TABLE teams DROP COLUMN city'),
    "schema/added_column": _sql('ALTER TABLE teams ADD COLUMN payload TEXT'),
    "schema/unknown_revision": _sql("UPDATE alembic_version SET version_num = '9999'"),
    "schema/missing_revision": _sql("DELETE FROM alembic_version"),
    "schema/unknown_table": _sql("CREATE TABLE secrets (x TEXT)"),
    "schema/unknown_index": _sql("CREATE INDEX ix_sneaky ON teams (city)"),
    "schema/virtual_table": _sql("CREATE VIRTUAL TABLE search USING fts5(text)"),
    "schema/trigger_odd_case": _writable_schema(
        "CREATE TRIGGER wipe AFTER UPDATE ON programmes BEGIN DELETE FROM board_items; END",
        "UPDATE sqlite_master SET type = 'Trigger' WHERE name = 'wipe'"),
    "schema/view_odd_case": _writable_schema(
        "CREATE VIEW everything AS SELECT * FROM teams",
        "UPDATE sqlite_master SET type = 'VIEW' WHERE name = 'everything'"),
    "schema/trigger_typed_as_table": _writable_schema(
        "CREATE TRIGGER spy AFTER INSERT ON board_items BEGIN DELETE FROM teams; END",
        "UPDATE sqlite_master SET type = 'table' WHERE name = 'spy'"),
    "schema/no_live_programme": _sql(
        "UPDATE programmes SET deleted_at = '2019-03-13T09:00:00.000000Z'"),
    "schema/two_live_programmes": _sql(
        "INSERT INTO programmes (id, name, organiser, description, venue, language, created_at, "
        "updated_at, device_id) SELECT '11111111-1111-4111-8111-111111111111', name, organiser, "
        "description, venue, language, created_at, updated_at, device_id FROM programmes"),
}


def variants() -> list[Variant]:
    """Every variant of the corpus, in a stable order."""
    found = [Variant(name, edit) for name, edit in SCHEMA_EDITS.items()]
    for table, rules in all_rules().items():
        for column, rule in rules.items():
            for what, edit in _column_edits(rule).items():
                found.append(Variant(f"{table}.{column}/{what}", edit))
    return found


def make_variant(base: Path, variant: Variant, path: Path) -> None:
    """A copy of ``base`` at ``path`` with ``variant``'s edit applied (foreign keys off, as an
    outside tool has them)."""
    shutil.copyfile(base, path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        variant.edit(conn)
        conn.commit()
    finally:
        conn.close()
