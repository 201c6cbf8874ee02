"""JSON exports of an older schema, brought up to the current one before they are checked.

Each step mirrors one migration in ``jalostamo/store/migrations/versions``: the export's rows
are made to look like the rows that migration leaves in a file. The upgraded export then goes
through the same checks as a current one (:mod:`jalostamo.services.json_validate`), so a step
only has to add what the migration adds; everything else is checked as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jalostamo.services.json_schema import table_specs


def _schema_1_to_2(tables: dict[str, Any]) -> None:
    """Migration 0002: every tracked table gained ``base_updated_at`` and ``base_device_id``
    (nullable, empty in a file that was never merged); ``file_meta`` is not exported."""
    specs = table_specs()
    for name, rows in tables.items():
        spec = specs.get(name)
        if spec is None or "base_updated_at" not in spec.columns or not isinstance(rows, list):
            continue  # an unknown table or a bad shape is refused by the checks
        for row in rows:
            if isinstance(row, dict):
                row.setdefault("base_updated_at", None)
                row.setdefault("base_device_id", None)


def _schema_2_to_3(tables: dict[str, Any]) -> None:
    """Migration 0003: every tracked table gained ``field_clock`` (the migration's wildcard
    entry for rows edited before it, as in a migrated file), conflicts a ``field`` and the
    programme an (empty) ``erasures`` table."""
    from jalostamo.services.clock import legacy

    specs = table_specs()
    for name, rows in tables.items():
        spec = specs.get(name)
        if spec is None or "field_clock" not in spec.columns or not isinstance(rows, list):
            continue
        for row in rows:
            if not isinstance(row, dict) or "field_clock" in row:
                continue
            row["field_clock"] = None
            try:
                if row.get("updated_at") != row.get("created_at"):
                    base = legacy(row.get("base_updated_at"), row.get("base_device_id"))
                    row["field_clock"] = {"*": [legacy(row["updated_at"], row.get("device_id")),
                                                base]}
            except (TypeError, ValueError, KeyError):
                pass  # a bad timestamp is refused by the checks
            if name == "conflicts":
                row.setdefault("field", None)
    tables.setdefault("erasures", [])


def _schema_3_to_4(tables: dict[str, Any]) -> None:
    """Migration 0004: media gained ``alt_text`` (empty: the caption stands for it)."""
    rows = tables.get("media")
    if isinstance(rows, list):
        for row in rows:
            if isinstance(row, dict):
                row.setdefault("alt_text", "")


def _schema_4_to_5(tables: dict[str, Any]) -> None:
    """Migration 0005: the (empty) ``team_cities`` and ``programme_experts`` tables."""
    tables.setdefault("team_cities", [])
    tables.setdefault("programme_experts", [])


#: schema version -> the step that brings an export of it to the next version
STEPS: dict[int, Callable[[dict[str, Any]], None]] = {1: _schema_1_to_2, 2: _schema_2_to_3,
                                                      3: _schema_3_to_4, 4: _schema_4_to_5}


def upgrade_export(value: Any, current: int) -> None:
    """Bring a parsed export of an older schema up to ``current``, in place. Anything that is
    not an export of a known older schema is left as it is, for the checks to judge."""
    if not isinstance(value, dict) or not isinstance(value.get("tables"), dict):
        return
    schema = value.get("schema_version")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema >= current:
        return
    if any(step not in STEPS for step in range(schema, current)):
        return  # no way up from there: refused as an older schema
    for step in range(schema, current):
        STEPS[step](value["tables"])
    value["schema_version"] = current
