"""The one rule per column: what a stored value of each column of the models may be.

Every entry point checks values here — the app's edits (``services/entities.py``), JSON import
(``services/json_validate.py``), merge sources (``services/merge_source.py``), the scan when a
file is opened and ``jalostamo check`` (``store/check.py``). The rules come from the models'
metadata: the column's type gives the kind, its length the text limit, a ``StrEnumType`` its
vocabulary, a foreign key or primary key the form of the id (a UUID, or a SHA-256 for photos),
a JSON column's default (``dict`` / ``list``) the shape of its value.

Values are checked in their *stored* form, as SQLite gives them back: text, numbers, bytes.
:func:`stored` converts what the app passes (enum members, dates, dicts) to that form.
"""

from __future__ import annotations

import enum
import hashlib
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Final

from sqlalchemy import JSON, Boolean, Column, Date, Float, Integer, LargeBinary, String, Table

from jalostamo.errors import InvalidInput
from jalostamo.models.base import TIMESTAMP_FORMAT, Base, StrEnumType, UTCDateTime

# --- the bounds, one of each ---------------------------------------------------------------------
#: every number (integer or real) is finite and below this in absolute value: reports, charts
#: and sums stay exact and drawable, and a value the app accepts is one a merge accepts
MAX_NUMBER: Final = 1e15
#: characters of a ``Text`` column, which has no declared length
MAX_TEXT_CHARS: Final = 1_000_000
#: characters of the JSON text of one JSON column value (a board version of 5,000 items fits)
MAX_JSON_CHARS: Final = 64 * 1024**2
#: nesting of arrays and objects inside one JSON column value
MAX_JSON_DEPTH: Final = 32
#: bytes of one binary column value (a photo is bounded far below this)
MAX_BLOB_BYTES: Final = 64 * 1024**2

#: columns whose numbers have a narrower domain than MAX_NUMBER: (table, column) -> (low, high)
RANGES: Final[dict[tuple[str, str], tuple[int, int]]] = {
    ("agenda_items", "minutes"): (1, 24 * 60),
    ("dot_votes", "dots_per_voter"): (1, 20),
    ("rubric_scores", "score"): (1, 4),
    ("review_rounds", "reviews_per_team"): (0, 1000),
    ("review_rounds", "dots_per_reviewer"): (0, 1000),
    ("test_sessions", "participants"): (0, 1_000_000),
    ("media", "width"): (1, 100_000),
    ("media", "height"): (1, 100_000),
    ("workshops", "number"): (0, 10_000),
    ("board_versions", "item_count"): (0, 10_000_000),
}

# --- kinds of column -------------------------------------------------------------------------------
TIMESTAMP = "timestamp"
DATE = "date"
ENUM = "enum"
BOOL = "bool"
INT = "int"
FLOAT = "float"
TEXT = "text"
UUID = "uuid"
SHA256 = "sha256"
JSON_VALUE = "json"
BINARY = "binary"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_SURROGATE = re.compile("[\ud800-\udfff]")

#: the photos' table: its ids are the SHA-256 of the stored original
MEDIA_TABLE: Final = "media"


@dataclass(frozen=True)
class Reason:
    """A translatable part of a message, rendered in the language of the whole message."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None) -> str:
        from jalostamo.i18n import translate

        return translate(self.key, lang, **self.params)


def reason(key: str, /, **params: Any) -> Reason:
    return Reason(key, params)


Check = Callable[[Any], "Reason | None"]


#: JSON list columns whose items are objects (a board version's items); other lists (an
#: erasure record's hashed name forms) hold plain values
LISTS_OF_OBJECTS = frozenset({"snapshot"})


@dataclass(frozen=True)
class ColumnRule:
    table: str
    name: str
    kind: str
    nullable: bool
    #: maximum characters of a text value (declared length, or MAX_TEXT_CHARS)
    max_chars: int
    column: Column[Any]
    #: the values an enum column allows
    allowed: tuple[str, ...] = ()
    #: the Python type of a JSON column's value (dict or list), from the column's default
    shape: type | None = None

    def problem(self, value: Any) -> Reason | None:
        """Why the stored ``value`` does not fit this column, or None when it does."""
        return _checker(self)(value)

    def check(self) -> Check:
        """The (fast) check of stored values of this column, built once."""
        return _checker(self)


def _kind(table: Table, column: Column[Any]) -> str:
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
        targets = [fk.column.table.name for fk in column.foreign_keys]
        if column.primary_key and column.name == "id":
            targets.append(table.name)
        if targets:
            return SHA256 if targets[0] == MEDIA_TABLE else UUID
        return TEXT
    raise TypeError(f"column {table.name}.{column.name}: no rule for {col_type!r}")


def _rule(table: Table, column: Column[Any]) -> ColumnRule:
    kind = _kind(table, column)
    length = getattr(column.type, "length", None)
    if kind in (TIMESTAMP, ENUM):
        length = getattr(getattr(column.type, "impl_instance", None), "length", None) or length
    allowed = (tuple(member.value for member in column.type.enum_class)
               if isinstance(column.type, StrEnumType) else ())
    shape = None
    if kind == JSON_VALUE:
        default = getattr(column.default, "arg", None)
        made = default({}) if callable(default) else default
        shape = list if isinstance(made, list) else dict
    return ColumnRule(table.name, column.name, kind, bool(column.nullable),
                      int(length or MAX_TEXT_CHARS), column, allowed, shape)


@lru_cache(maxsize=1)
def all_rules() -> dict[str, dict[str, ColumnRule]]:
    """Table name -> column name -> rule, for every table of the models (dependency order)."""
    import jalostamo.models.registry  # noqa: F401  (the mapped classes fill the metadata)

    return {table.name: {column.name: _rule(table, column) for column in table.columns}
            for table in Base.metadata.sorted_tables}


def rule_for(table: str, column: str) -> ColumnRule:
    return all_rules()[table][column]


# --- the checks, one per kind ----------------------------------------------------------------------


def _text_problem(value: Any, limit: int) -> Reason | None:
    if type(value) is not str:
        if isinstance(value, bytes):
            return reason("rules.reason.blob_in_text")
        return reason("json_io.reason.text")
    if len(value) > limit:
        return reason("json_io.reason.too_long", limit=limit)
    if not value.isascii() and _SURROGATE.search(value):
        return reason("json_io.reason.surrogate")
    return None


def _timestamp_ok(value: Any) -> bool:
    if type(value) is str and _TIMESTAMP.fullmatch(value):
        try:
            datetime(int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]),
                     int(value[14:16]), int(value[17:19]))
        except ValueError:
            return False
        return True
    return False


def _date_ok(value: Any) -> bool:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:
            return False
        return True
    return False


def _number_problem(value: Any, whole: bool) -> Reason | None:
    if whole:
        if type(value) is not int:
            return reason("json_io.reason.int")
    elif type(value) not in (int, float) or not math.isfinite(value):
        return reason("json_io.reason.float")
    if not -MAX_NUMBER < value < MAX_NUMBER:
        return reason("rules.reason.number_range", limit="10^15")
    return None


def nesting_depth(value: Any, stop_above: int) -> int:
    """Depth of nested arrays/objects (a scalar is 0), without recursion.

    Stops counting once ``stop_above`` is exceeded: the answer is then ``stop_above + 1``.
    """
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        depth += 1
        if depth > stop_above:
            return stop_above + 1
        deepest = max(deepest, depth)
        stack.extend((child, depth) for child in children
                     if isinstance(child, dict | list))
    return deepest


def json_value_problem(rule: ColumnRule, value: Any) -> Reason | None:
    """Why a parsed JSON column value does not fit ``rule`` (its shape, finite numbers, depth)."""
    if value is None and rule.nullable:
        return None
    if rule.shape is not None and not isinstance(value, rule.shape):
        return reason("rules.reason.json_object" if rule.shape is dict
                      else "rules.reason.json_list")
    if rule.shape is list and rule.name in LISTS_OF_OBJECTS \
            and not all(isinstance(item, dict) for item in value):
        return reason("rules.reason.json_list_of_objects")
    # Depth first: a deep value must not reach the (recursive) encoder.
    if nesting_depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        return reason("json_io.reason.too_deep", limit=MAX_JSON_DEPTH)
    try:
        text = json.dumps(value, allow_nan=False)
    except ValueError:  # 1e400 parses to infinity, which JSON cannot hold
        return reason("json_io.reason.float")
    except TypeError:
        return reason("rules.reason.json")
    if len(text) > MAX_JSON_CHARS:
        return reason("json_io.reason.too_long", limit=MAX_JSON_CHARS)
    return None


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def parse_json_text(text: str) -> Any:
    """The value of a stored JSON text; ValueError for anything that is not strict JSON."""
    return _DECODER.decode(text)


def _json_text_problem(rule: ColumnRule, value: Any) -> Reason | None:
    problem = _text_problem(value, MAX_JSON_CHARS)
    if problem is not None:
        return problem
    try:
        parsed = parse_json_text(value)
    except (ValueError, RecursionError):
        return reason("rules.reason.json")
    return json_value_problem(rule, parsed)


@lru_cache(maxsize=2048)
def _checker(rule: ColumnRule) -> Check:
    """A closure checking one stored value of ``rule``'s column: None when it fits."""
    nullable = rule.nullable
    kind = rule.kind
    limit = rule.max_chars
    required = reason("json_io.reason.required")

    def with_null(check: Check) -> Check:
        def checked(value: Any) -> Reason | None:
            if value is None:
                return None if nullable else required
            return check(value)
        return checked

    if kind == TEXT:
        def text(value: Any) -> Reason | None:
            if type(value) is str and len(value) <= limit and value.isascii():
                return None  # the common case, without a call
            return _text_problem(value, limit)
        return with_null(text)
    if kind in (UUID, SHA256):
        pattern = _UUID if kind == UUID else _SHA256
        bad_id = reason("rules.reason.uuid" if kind == UUID else "rules.reason.sha256")

        def identifier(value: Any) -> Reason | None:
            if type(value) is str and pattern.fullmatch(value):
                return None
            return _text_problem(value, limit) or bad_id
        return with_null(identifier)
    if kind in (TIMESTAMP, DATE):
        ok = _timestamp_ok if kind == TIMESTAMP else _date_ok
        bad = reason("json_io.reason.timestamp" if kind == TIMESTAMP else "json_io.reason.date")
        good: set[str] = set()  # most rows share their instants; a bounded memo of good ones

        def instant(value: Any) -> Reason | None:
            if type(value) is str and value in good:
                return None
            if not ok(value):
                return (reason("rules.reason.blob_in_text")
                        if isinstance(value, bytes) else bad)
            if len(good) < 100_000:
                good.add(value)
            return None
        return with_null(instant)
    if kind == ENUM:
        allowed = frozenset(rule.allowed)
        bad_enum = reason("json_io.reason.enum", allowed=", ".join(rule.allowed))
        return with_null(lambda v: None if type(v) is str and v in allowed else bad_enum)
    if kind == BOOL:
        bad_bool = reason("json_io.reason.bool")
        return with_null(lambda v: None if type(v) in (bool, int) and v in (0, 1) else bad_bool)
    if kind == INT:
        if (rule.table, rule.name) in RANGES:
            low, high = RANGES[(rule.table, rule.name)]
            out_of_range = reason("rules.reason.range", low=low, high=high)

            def bounded(value: Any) -> Reason | None:
                problem = _number_problem(value, True)
                if problem is None and not low <= value <= high:
                    return out_of_range
                return problem
            return with_null(bounded)
        return with_null(lambda v: _number_problem(v, True))
    if kind == FLOAT:
        def number(value: Any) -> Reason | None:
            if type(value) is float and -MAX_NUMBER < value < MAX_NUMBER:
                return None
            return _number_problem(value, False)
        return with_null(number)
    if kind == JSON_VALUE:
        return with_null(lambda v: _json_text_problem(rule, v))
    if kind == BINARY:
        too_large = reason("json_io.reason.blob_too_large", limit=MAX_BLOB_BYTES // 1024**2)
        not_bytes = reason("rules.reason.binary")

        def blob(value: Any) -> Reason | None:
            if not isinstance(value, bytes):
                return not_bytes
            return too_large if len(value) > MAX_BLOB_BYTES else None
        return with_null(blob)
    raise AssertionError(kind)  # pragma: no cover - every kind is handled above


def media_problem(media_id: Any, original: Any) -> Reason | None:
    """A photo's id is the SHA-256 of its stored original: why not, or None."""
    if isinstance(original, bytes) and hashlib.sha256(original).hexdigest() == media_id:
        return None
    return reason("rules.reason.media_hash")


def column_fits(rule: ColumnRule, values: Sequence[Any]) -> bool:
    """True when every value of a batch read from SQLite surely fits (a fast path for the scan:
    text read from SQLite is valid UTF-8, so has no surrogates); False means check each value."""
    present = [v for v in values if v is not None]
    if len(present) != len(values) and not rule.nullable:
        return False
    if not present:
        return True
    kinds = set(map(type, present))
    if rule.kind == TEXT:
        return kinds == {str} and max(map(len, present)) <= rule.max_chars
    if rule.kind == FLOAT:
        return kinds <= {float, int} and min(present) > -MAX_NUMBER and max(present) < MAX_NUMBER
    if rule.kind == BOOL:
        return kinds == {int} and set(present) <= {0, 1}
    return False


# --- the app's values ------------------------------------------------------------------------------


def stored(rule: ColumnRule, value: Any) -> Any:
    """The stored form of a value the app passes: enum members, dates, datetimes, dicts."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if rule.kind == TIMESTAMP and isinstance(value, datetime):
        if value.tzinfo is None:
            return value.isoformat()  # naive: refused as not a timestamp
        return value.astimezone(UTC).strftime(TIMESTAMP_FORMAT)
    if rule.kind == DATE and isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if rule.kind == BOOL and isinstance(value, bool):
        return int(value)
    return value


def value_problem(rule: ColumnRule, value: Any) -> Reason | None:
    """Why a value as the app passes it (not yet stored) does not fit ``rule``'s column."""
    if rule.kind == JSON_VALUE:
        if value is None:
            return None if rule.nullable else reason("json_io.reason.required")
        return json_value_problem(rule, value)
    if rule.kind == BOOL and value is not None and not isinstance(value, bool):
        return reason("json_io.reason.bool")
    return rule.problem(stored(rule, value))


class InvalidValue(InvalidInput):
    """A value that breaks its column's rule: ``{field}: {reason}`` in the user's language."""

    def message(self, lang: str | None = None) -> str:
        params = self.params
        self.params = {name: value.render(lang) if isinstance(value, Reason) else value
                       for name, value in params.items()}
        try:
            return super().message(lang)
        finally:
            self.params = params
