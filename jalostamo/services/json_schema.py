"""The JSON form of a programme: its constants, column kinds and the error it raises.

The format is generic over ``Base.metadata``: every table, every column. Each column has a
*kind* that decides how its stored value is written to JSON and read back (see
docs/file-format.md). Export and import share these definitions so that export -> import ->
export gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import JSON, Boolean, Column, Date, Float, Integer, LargeBinary, String, Table

from jalostamo.errors import ImportRefused
from jalostamo.i18n import translate
from jalostamo.models import Base
from jalostamo.models.base import StrEnumType, UTCDateTime

FORMAT_NAME: Final = "jalostamo"
FORMAT_VERSION: Final = 1

#: the keys of the top-level object, in the order they are written (sorted)
HEADER_KEYS: Final = ("format", "format_version", "programme_id", "schema_version", "tables")

# --- limits of what import accepts (hostile or damaged input is refused, not attempted) ----------
MAX_FILE_BYTES: Final = 2 * 1024**3
#: nesting of arrays and objects inside the value of one JSON column
MAX_VALUE_DEPTH: Final = 32
#: characters of a ``Text`` column, which has no declared length
MAX_TEXT_CHARS: Final = 1_000_000
#: decoded bytes of one binary column value (a photo is bounded far below this)
MAX_BLOB_BYTES: Final = 128 * 1024**2
INT_MIN: Final = -(2**63)
INT_MAX: Final = 2**63 - 1

# --- column kinds ---------------------------------------------------------------------------------
TIMESTAMP = "timestamp"
DATE = "date"
ENUM = "enum"
BOOL = "bool"
INT = "int"
FLOAT = "float"
TEXT = "text"
JSON_VALUE = "json"
BINARY = "binary"


def column_kind(column: Column[Any]) -> str:
    """How ``column`` is written to and read from JSON. Raises TypeError for an unknown type."""
    col_type = column.type
    # Order matters: the type decorators and Text are themselves Strings underneath.
    if isinstance(col_type, UTCDateTime):
        return TIMESTAMP
    if isinstance(col_type, StrEnumType):
        return ENUM
    if isinstance(col_type, Boolean):
        return BOOL
    if isinstance(col_type, Integer):
        return INT
    if isinstance(col_type, Float):
        return FLOAT
    if isinstance(col_type, Date):
        return DATE
    if isinstance(col_type, JSON):
        return JSON_VALUE
    if isinstance(col_type, LargeBinary):
        return BINARY
    if isinstance(col_type, String):
        return TEXT
    raise TypeError(f"column {column.table.name}.{column.name}: no JSON form for {col_type!r}")


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str
    nullable: bool
    #: maximum characters of a text value (declared length, or MAX_TEXT_CHARS)
    max_chars: int
    column: Column[Any]
    #: the values an enum column allows
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    columns: dict[str, ColumnSpec]
    primary_key: tuple[str, ...]


def _column_spec(column: Column[Any]) -> ColumnSpec:
    kind = column_kind(column)
    length = getattr(column.type, "length", None)
    if kind in (TIMESTAMP, ENUM):
        length = getattr(getattr(column.type, "impl_instance", None), "length", None) or length
    allowed = (tuple(member.value for member in column.type.enum_class)
               if isinstance(column.type, StrEnumType) else ())
    return ColumnSpec(column.name, kind, bool(column.nullable), int(length or MAX_TEXT_CHARS),
                      column, allowed)


def table_specs() -> dict[str, TableSpec]:
    """Every table of the schema, in dependency order (parents before children)."""
    return {
        table.name: TableSpec(
            table.name,
            table,
            {column.name: _column_spec(column) for column in table.columns},
            tuple(column.name for column in table.primary_key.columns),
        )
        for table in Base.metadata.sorted_tables
    }


# --- errors ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """A translatable part of a message, rendered in the language of the whole message."""

    key: str
    params: dict[str, Any]

    def render(self, lang: str | None) -> str:
        return translate(self.key, lang, **self.params)


def reason(key: str, /, **params: Any) -> Reason:
    return Reason(key, params)


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
