"""Reading files that come from elsewhere: regular files only, never more than a limit.

Every input a command reads (a CSV file, a JSON export, a photo, a file to merge) goes through
:func:`read_bounded` or at least :func:`require_regular_file`. A pipe (FIFO), a device such as
``/dev/zero``, a socket or a folder is refused by its type before anything is read, so nothing
waits for a writer that never comes; the file is opened without blocking and checked again on
the open handle (it may have been swapped since); at most ``limit + 1`` bytes are read, so a
file that grows while it is read is refused as too large instead of filling the memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from jalostamo.errors import UserError

#: what a read takes at a time
_CHUNK = 1024 * 1024


class InputRefused(UserError):
    """An input file was not read: ``reason_key`` (one of ``inputs.reason.*``) says why.

    Callers with their own error type (a CSV refusal with a line number, a photo refused by
    name) can reuse ``reason_key`` and ``reason_params`` in it.
    """

    key = "inputs.refused"

    def __init__(self, path: Path | str, reason_key: str, **reason_params: Any) -> None:
        super().__init__(self.key, path=str(path), reason=reason_key)
        self.path = str(path)
        self.reason_key = reason_key
        self.reason_params = reason_params

    def message(self, lang: str | None = None) -> str:
        from jalostamo.i18n import translate

        reason = translate(self.reason_key, lang, **self.reason_params)
        return translate(self.key, lang, path=self.path, reason=reason)


def megabytes(limit: int) -> str:
    """A limit in megabytes as a person reads it: ``5``, ``0,5``."""
    value = limit / (1024 * 1024)
    text = f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
    return text.replace(".", ",")


def _kind_refusal(path: Path | str, mode: int) -> InputRefused | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return InputRefused(path, "inputs.reason.folder")
    return InputRefused(path, "inputs.reason.special")


def require_regular_file(path: Path | str) -> os.stat_result:
    """The ``os.stat`` of ``path`` if it is a regular file (a link to one is fine), else
    :class:`InputRefused`: missing, a folder, a pipe, a device, a socket."""
    try:
        info = Path(path).stat()
    except FileNotFoundError:
        raise InputRefused(path, "inputs.reason.missing") from None
    except OSError as exc:
        raise InputRefused(path, "inputs.reason.unreadable",
                           detail=exc.strerror or type(exc).__name__) from None
    refusal = _kind_refusal(path, info.st_mode)
    if refusal is not None:
        raise refusal
    return info


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them, else
    :class:`InputRefused` (missing, not a regular file, larger than ``limit``, unreadable).
    """
    info = require_regular_file(path)
    if info.st_size > limit:
        raise InputRefused(path, "inputs.reason.too_large", limit=megabytes(limit))
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputRefused(path, "inputs.reason.missing") from None
    except OSError as exc:
        raise InputRefused(path, "inputs.reason.unreadable",
                           detail=exc.strerror or type(exc).__name__) from None
    try:
        refusal = _kind_refusal(path, os.fstat(fd).st_mode)  # swapped since the check?
        if refusal is not None:
            raise refusal
        parts: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputRefused(path, "inputs.reason.unreadable",
                           detail=exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)
    if total > limit:  # the file grew while it was read
        raise InputRefused(path, "inputs.reason.too_large", limit=megabytes(limit))
    return b"".join(parts)
