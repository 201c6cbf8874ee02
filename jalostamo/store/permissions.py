"""What a refused file operation means to the user: a folder nobody may write (a read-only
network share), or a file another program holds open (a Windows sharing violation)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from jalostamo.errors import FileRefused, ReadOnlyDocument, UserError

#: Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_USER_MAPPED_FILE
HELD_OPEN_WINERRORS = (32, 33, 1224)


def is_held_open(exc: BaseException) -> bool:
    """Whether ``exc`` is Windows refusing a file another program has open."""
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in HELD_OPEN_WINERRORS


def is_denied(exc: BaseException) -> bool:
    """Whether ``exc`` is the system refusing to write (no permission), not another failure."""
    return isinstance(exc, PermissionError) or (
        isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM))


def permission_error(exc: BaseException, path: Path | str | None = None,
                     *, creating: bool = False) -> UserError | None:
    """The user error for a refused operation on ``path`` (else ``exc.filename``), or None
    when ``exc`` is something else. ``creating``: a new file was to be made there."""
    if not isinstance(exc, OSError):
        return None
    name = str(path) if path is not None else (exc.filename and os.fsdecode(exc.filename))
    if not name:
        return None
    if is_held_open(exc):
        return FileRefused("install.held_open", path=name)
    if not is_denied(exc):
        return None
    folder = str(Path(name).parent)
    if creating:
        return ReadOnlyDocument("install.folder_not_writable", path=name, folder=folder)
    return ReadOnlyDocument("install.read_only_place", path=name, folder=folder)
