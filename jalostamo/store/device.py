"""This installation's device id, recorded on every row it changes (merging needs it)."""

from __future__ import annotations

import contextlib
import uuid

from jalostamo.paths import user_data_dir


def device_id() -> str:
    path = user_data_dir() / "device-id"
    with contextlib.suppress(OSError, ValueError):
        return str(uuid.UUID(path.read_text(encoding="ascii").strip()))
    value = str(uuid.uuid4())
    with contextlib.suppress(OSError):
        path.write_text(value, encoding="ascii")
    return value
