"""Read a JSON export piece by piece: the header, then each table's rows one at a time.

The export is one object ``{"format": …, …, "tables": {"teams": [row, row, …], …}}``. This
reader keeps in memory only a window of the text and the row being read, so importing a
1 GB export needs about as much memory as its largest row (a photo), not five times the file.
It is as strict as :func:`jalostamo.services.json_parse.parse_json_text` (strict UTF-8,
duplicate keys, NaN/Infinity, depth) and refuses with the same messages.

:class:`NeedsWholeFile` is raised (before any row is handed out) when the header does not
come first or is not of the current schema: such a file (an older export) is read whole, the
old way, which upgrades it.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from jalostamo.services.json_parse import _ConstantError, _DuplicateKeyError, _refuse_constant
from jalostamo.services.json_parse import _unique_object as unique_object
from jalostamo.services.json_schema import JsonRefused, reason

CHUNK = 1 << 18
_WHITESPACE = " \t\n\r"


class NeedsWholeFile(Exception):
    """The streaming path cannot take this file; read it whole instead."""


class _Text:
    """A window over the file's text, decoded strictly as UTF-8 as it is read."""

    def __init__(self, stream: IO[bytes], path: str) -> None:
        self.stream, self.path = stream, path
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self.lines_before = 0  # newlines in the text dropped from the window
        self.first = True

    def fill(self) -> bool:
        """Read more text into the window; False at the end of the file."""
        if self.eof:
            return False
        data = self.stream.read(CHUNK)
        before = self.bytes_read
        self.bytes_read += len(data)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            pending = len(exc.object) - len(data)
            raise JsonRefused("import.bad_utf8", path=self.path,
                              offset=before - pending + exc.start) from None
        if self.first and text.startswith("\ufeff"):
            text = text[1:]
        if text:
            self.first = False
        dropped = self.buf[:self.pos]
        self.lines_before += dropped.count("\n")
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        if not data:
            self.eof = True
        return bool(data) or bool(text)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            buf, pos = self.buf, self.pos
            while pos < len(buf) and buf[pos] in _WHITESPACE:
                pos += 1
            self.pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self.fill():
                return ""

    def where(self) -> tuple[int, int]:
        """(line, column) of the reading position, 1-based, as ``json`` reports them."""
        head = self.buf[:self.pos]
        line = self.lines_before + head.count("\n") + 1
        column = self.pos - (head.rfind("\n") + 1) + 1 if "\n" in head else None
        if column is None:
            column = self.pos + 1  # approximate when the line began before the window
        return line, column

    def syntax_error(self) -> JsonRefused:
        line, column = self.where()
        return JsonRefused("import.not_json", path=self.path,
                           detail=reason("json_io.reason.position", line=line, column=column))


class _Parser:
    def __init__(self, text: _Text) -> None:
        self.text = text
        self.decoder = json.JSONDecoder(object_pairs_hook=unique_object,
                                        parse_constant=_refuse_constant)

    def expect(self, char: str) -> None:
        if self.text.peek() != char:
            raise self.text.syntax_error()
        self.text.pos += 1

    def value(self) -> Any:
        """The JSON value at the reading position (read further until it is complete)."""
        text = self.text
        if not text.peek():
            raise text.syntax_error()
        while True:
            try:
                value, end = self.decoder.raw_decode(text.buf, text.pos)
            except _DuplicateKeyError as exc:
                raise JsonRefused("json_io.duplicate_key", path=text.path,
                                  field=exc.key[:100]) from None
            except _ConstantError as exc:
                raise JsonRefused("import.not_json", path=text.path,
                                  detail=reason("json_io.reason.constant", name=str(exc))) from None
            except RecursionError:
                raise JsonRefused("import.too_deep", path=text.path) from None
            except json.JSONDecodeError as exc:
                if self._more():
                    continue  # the value goes on past the window
                text.pos = exc.pos
                raise text.syntax_error() from None
            except ValueError:  # an integer with thousands of digits
                raise JsonRefused("import.not_json", path=text.path,
                                  detail=reason("json_io.reason.number")) from None
            if end == len(text.buf) and self._more():
                continue  # a number may go on past the window
            text.pos = end
            return value

    def _more(self) -> bool:
        """Double the text ahead of the reading position (at least a chunk); False at the end."""
        text = self.text
        target = max(2 * (len(text.buf) - text.pos), CHUNK)
        grew = False
        while len(text.buf) - text.pos < target or not grew:
            if not text.fill():
                return grew
            grew = True
        return True

    def string(self) -> str:
        if self.text.peek() != '"':
            raise self.text.syntax_error()
        key = self.value()
        assert isinstance(key, str)
        return key

    def items(self) -> Iterator[str]:
        """The keys of the object at the reading position; the caller reads each value."""
        self.expect("{")
        seen: set[str] = set()
        if self.text.peek() == "}":
            self.text.pos += 1
            return
        while True:
            key = self.string()
            if key in seen:
                raise JsonRefused("json_io.duplicate_key", path=self.text.path, field=key[:100])
            seen.add(key)
            self.expect(":")
            yield key
            nxt = self.text.peek()
            self.text.pos += 1
            if nxt == "}":
                return
            if nxt != ",":
                self.text.pos -= 1
                raise self.text.syntax_error()


Header = dict[str, Any]
#: (table name, rows) for each table in the file; rows yields (index, parsed row)
TableRows = tuple[str, Iterator[tuple[int, Any]]]


def read_export(path: Path, header_ok: Callable[[Header], None]) -> Iterator[TableRows]:
    """The tables of the export at ``path``, each with an iterator over its rows (consume
    them in order). ``header_ok(header)`` is called once the header has been read, before
    the first table; it raises :class:`NeedsWholeFile` (or a refusal) to stop there."""
    with path.open("rb") as stream:
        text = _Text(stream, str(path))
        parser = _Parser(text)
        if text.peek() != "{":
            raise NeedsWholeFile()  # not an object: the whole-file path says what it is
        header: Header = {}
        tables_done = False
        for key in parser.items():
            if key != "tables":
                if tables_done:
                    raise NeedsWholeFile()  # the header after the tables
                header[key] = parser.value()
                continue
            if text.peek() != "{":
                raise NeedsWholeFile()
            header_ok(header)
            for name in parser.items():
                if text.peek() != "[":
                    raise NeedsWholeFile()
                yield name, _rows(parser)
            tables_done = True
        if not tables_done:
            raise NeedsWholeFile()
        if text.peek() != "":
            raise text.syntax_error()  # data after the end of the object


def _rows(parser: _Parser) -> Iterator[tuple[int, Any]]:
    text = parser.text
    parser.expect("[")
    if text.peek() == "]":
        text.pos += 1
        return
    index = 0
    while True:
        yield index, parser.value()
        index += 1
        nxt = text.peek()
        text.pos += 1
        if nxt == "]":
            return
        if nxt != ",":
            text.pos -= 1
            raise text.syntax_error()
