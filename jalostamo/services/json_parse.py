"""Read untrusted JSON bytes safely: size limit, strict UTF-8, no duplicate keys, bounded depth.

Nothing here writes anything. Every way the input can be wrong becomes a :class:`JsonRefused`
with a message in the user's language; nothing else escapes (no RecursionError, no ValueError).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jalostamo.errors import FileRefused
from jalostamo.services.json_schema import MAX_FILE_BYTES, JsonRefused, reason

_BOM = b"\xef\xbb\xbf"


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _ConstantError(Exception):
    pass


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise _ConstantError(name)


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f}"


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, refused (unread) when larger than ``limit`` or not a regular file
    (a pipe or a device is never read from: :func:`jalostamo.store.inputs.read_bounded`)."""
    from jalostamo.store.inputs import InputRefused, read_bounded

    try:
        return read_bounded(path, limit)
    except InputRefused as exc:
        if exc.reason_key == "inputs.reason.missing":
            raise FileRefused("file.missing", path=str(path)) from None
        if exc.reason_key == "inputs.reason.too_large":
            try:
                size = path.stat().st_size
            except OSError:
                size = limit + 1
            raise JsonRefused("import.too_large", path=str(path),
                              detail=reason("json_io.reason.file_size",
                                            size=_megabytes(max(size, limit + 1)),
                                            limit=_megabytes(limit))) from None
        raise


def decode_utf8(data: bytes, path: str) -> str:
    """Strict UTF-8 (a leading byte-order mark is allowed); the offset of the first bad byte."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return str(data[skip:], "utf-8") if skip else str(data, "utf-8")
    except UnicodeDecodeError as exc:
        raise JsonRefused("import.bad_utf8", path=path, offset=exc.start + skip) from None


def parse_json_text(text: str, path: str) -> Any:
    """Parse JSON text, refusing duplicate keys, NaN/Infinity and nesting beyond the parser's
    recursion limit (about a thousand levels). The shape check refuses anything deeper than a
    row outside JSON columns, and JSON column values are bounded by their own depth limit.
    """
    try:
        value = json.loads(text, object_pairs_hook=_unique_object,
                           parse_constant=_refuse_constant)
    except _DuplicateKeyError as exc:
        raise JsonRefused("json_io.duplicate_key", path=path, field=exc.key[:100]) from None
    except _ConstantError as exc:
        raise JsonRefused("import.not_json", path=path,
                          detail=reason("json_io.reason.constant", name=str(exc))) from None
    except RecursionError:
        raise JsonRefused("import.too_deep", path=path) from None
    except json.JSONDecodeError as exc:
        raise JsonRefused("import.not_json", path=path,
                          detail=reason("json_io.reason.position", line=exc.lineno,
                                        column=exc.colno)) from None
    except ValueError:  # an integer with thousands of digits
        raise JsonRefused("import.not_json", path=path,
                          detail=reason("json_io.reason.number")) from None
    return value


def load_json_file(path: Path) -> Any:
    """Read, decode and parse ``path`` under every limit above."""
    data = read_limited(path)
    text = decode_utf8(data, str(path))
    del data
    return parse_json_text(text, str(path))
