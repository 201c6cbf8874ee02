"""Errors a user can cause, kept apart from bugs.

A :class:`UserError` carries a message key and its parameters; the CLI and the UI render it in
the user's language through :mod:`jalostamo.i18n`. Anything else that escapes is a bug: it is
logged with its traceback and shown as "something went wrong" with the log's path.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Something the user can fix: a bad file, bad input, a missing team."""

    key = "error.generic"

    def __init__(self, key: str | None = None, /, **params: Any) -> None:
        self.key = key or type(self).key
        self.params = params
        super().__init__(self.key)

    def message(self, lang: str | None = None) -> str:
        from jalostamo.i18n import translate

        return translate(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class FileRefused(UserError):
    """A programme file cannot be opened (not SQLite, not ours, damaged, newer, locked)."""

    key = "file.refused"


class FileInUse(FileRefused):
    key = "file.in_use"

    def __init__(self, *, holder: str, since: str, path: str) -> None:
        super().__init__(holder=holder, since=since, path=path)
        self.holder = holder
        self.since = since


class ReadOnlyDocument(UserError):
    key = "file.read_only"


class NotFound(UserError):
    key = "not_found"


class InvalidInput(UserError):
    """Bad input in one field: ``field`` is a column name (shown by its name in the user's
    language, from ``jalostamo/messages/fields.py``) or a name the UI has translated."""

    key = "input.invalid"

    def message(self, lang: str | None = None) -> str:
        from jalostamo.i18n import translate
        from jalostamo.messages import MESSAGES

        params = dict(self.params)
        field = params.get("field")
        if isinstance(field, str) and f"field.{field}" in MESSAGES:
            params["field"] = translate(f"field.{field}", lang)
        return translate(self.key, lang, **params)


class ImportRefused(UserError):
    key = "import.refused"


class ImageRefused(UserError):
    key = "image.refused"


class StorageFull(UserError):
    key = "storage.full"
