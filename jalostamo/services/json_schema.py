"""The JSON form of a programme: its constants, column kinds and the error it raises.

The format is generic over ``Base.metadata``: every table, every column. Each column has a
*kind* that decides how its stored value is written to JSON and read back (see
docs/file-format.md). Export and import share these definitions so that export -> import ->
export gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import Table

from jalostamo.errors import ImportRefused
from jalostamo.i18n import translate
from jalostamo.models import Base
from jalostamo.models.rules import (  # noqa: F401  (the kinds, for the JSON form's users)
    BINARY,
    BOOL,
    DATE,
    ENUM,
    FLOAT,
    INT,
    JSON_VALUE,
    MAX_BLOB_BYTES,
    MAX_JSON_DEPTH,
    MAX_TEXT_CHARS,
    SHA256,
    TEXT,
    TIMESTAMP,
    UUID,
    ColumnRule,
    Reason,
    all_rules,
    reason,
)

FORMAT_NAME: Final = "jalostamo"
FORMAT_VERSION: Final = 1

#: the keys of the top-level object, in the order they are written (sorted)
HEADER_KEYS: Final = ("format", "format_version", "programme_id", "schema_version", "tables")

# --- limits of what import accepts (hostile or damaged input is refused, not attempted) ----------
MAX_FILE_BYTES: Final = 2 * 1024**3
#: the limits of values are the validator's (models/rules.py), one of each
MAX_VALUE_DEPTH: Final = MAX_JSON_DEPTH

#: how each column is written to and read from JSON: its rule (kind, limits, vocabulary)
ColumnSpec = ColumnRule


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    columns: dict[str, ColumnSpec]
    primary_key: tuple[str, ...]


def table_specs() -> dict[str, TableSpec]:
    """Every table of the schema, in dependency order (parents before children)."""
    rules = all_rules()
    return {
        table.name: TableSpec(
            table.name,
            table,
            rules[table.name],
            tuple(column.name for column in table.primary_key.columns),
        )
        for table in Base.metadata.sorted_tables
    }


# --- errors ---------------------------------------------------------------------------------------


class JsonRefused(ImportRefused):
    """A JSON file that cannot be imported (or a programme that cannot be exported).

    Parameters may be :class:`Reason` objects, translated together with the message.
    """

    def message(self, lang: str | None = None) -> str:
        params = {name: value.render(lang) if isinstance(value, Reason) else value
                  for name, value in self.params.items()}
        return translate(self.key, lang, **params)


def where(table: str, index: int | None = None, column: str | None = None) -> str:
    """A language-neutral locator of a value in the file: ``tables.teams[3].city``."""
    text = f"tables.{table}"
    if index is not None:
        text += f"[{index}]"
    if column is not None:
        text += f".{column}"
    return text
