"""The JSON Schema (draft 2020-12) of the JSON export format, made from the same column rules
the export, the import and every other entry point use (``models/rules.py``).

The schema is shipped with the package (``assets/schema/jalostamo-export.schema.json``) and
published in ``docs/``; a test checks both are what :func:`build_schema` makes now, and that
an export validates against it. Regenerate both after a schema change::

    python -m jalostamo.services.json_schema_doc
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jalostamo.models.rules import (
    BINARY,
    BOOL,
    DATE,
    ENUM,
    FLOAT,
    INT,
    JSON_VALUE,
    MAX_NUMBER,
    RANGES,
    SHA256,
    TEXT,
    TIMESTAMP,
    UUID,
    ColumnRule,
)
from jalostamo.paths import asset
from jalostamo.services.json_schema import FORMAT_NAME, FORMAT_VERSION, HEADER_KEYS, table_specs

SCHEMA_ID = "https://jalostamo.invalid/schema/jalostamo-export-v1.schema.json"
FILE_NAME = "jalostamo-export.schema.json"
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = "^[0-9a-f]{64}$"
TIMESTAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def _value_schema(rule: ColumnRule) -> dict[str, Any]:
    kind = rule.kind
    if kind == TIMESTAMP:
        return {"type": "string", "pattern": TIMESTAMP_PATTERN}
    if kind == DATE:
        return {"type": "string", "pattern": DATE_PATTERN, "format": "date"}
    if kind == ENUM:
        return {"enum": list(rule.allowed)}
    if kind == BOOL:
        return {"type": "boolean"}
    if kind in (INT, FLOAT):
        low, high = RANGES.get((rule.table, rule.name), (-MAX_NUMBER, MAX_NUMBER))
        schema: dict[str, Any] = {"type": "integer" if kind == INT else "number"}
        if (rule.table, rule.name) in RANGES:
            schema.update(minimum=low, maximum=high)
        else:
            schema.update(exclusiveMinimum=-MAX_NUMBER, exclusiveMaximum=MAX_NUMBER)
        return schema
    if kind == UUID:
        return {"type": "string", "pattern": UUID_PATTERN}
    if kind == SHA256:
        return {"type": "string", "pattern": SHA256_PATTERN}
    if kind == JSON_VALUE:
        return {"type": "array" if rule.shape is list else "object"}
    if kind == BINARY:
        return {"type": "string", "contentEncoding": "base64"}
    if kind == TEXT:
        return {"type": "string", "maxLength": rule.max_chars}
    raise ValueError(f"no JSON Schema for column kind {kind!r}")  # pragma: no cover


def _column_schema(rule: ColumnRule) -> dict[str, Any]:
    schema = _value_schema(rule)
    if rule.nullable:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def build_schema() -> dict[str, Any]:
    """The schema of an export of the current file format and schema."""
    tables: dict[str, Any] = {}
    for name, spec in sorted(table_specs().items()):
        columns = sorted(spec.columns)
        tables[name] = {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {c: _column_schema(spec.columns[c]) for c in columns},
                "required": columns,
                "additionalProperties": False,
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Jalostamo programme export",
        "description": "The JSON form of one programme file (jalostamo export-json): every "
                       "table, every column, tombstoned rows included. See docs/file-format.md.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"const": FORMAT_VERSION},
            "programme_id": {"type": "string", "pattern": UUID_PATTERN},
            "schema_version": {"type": "integer", "minimum": 1},
            "tables": {"type": "object", "properties": tables,
                       "required": sorted(tables), "additionalProperties": False},
        },
        "required": list(HEADER_KEYS),
        "additionalProperties": False,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def shipped_path() -> Path:
    """The schema as shipped with the package."""
    return asset("schema", FILE_NAME)


def docs_path() -> Path:
    return Path(__file__).resolve().parents[2] / "docs" / FILE_NAME


def main() -> None:  # pragma: no cover - a maintainer's tool
    text = schema_text()
    for path in (shipped_path(), docs_path()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(path)


if __name__ == "__main__":  # pragma: no cover
    main()
