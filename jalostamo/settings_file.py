"""The user's one settings file, ``settings.json`` in the user data folder.

Everything the app remembers between runs lives in this one file: the app's own settings
(:class:`jalostamo.services.settings.Settings`, its fields at the top level, as always), and
sections owned by other parts under their own key (``"backup_policy"`` from the store,
``"live_room"`` from the room screens). Each owner reads and writes only its part; a write
reads the file, replaces that part and moves a temporary file into place, so the others' parts
are kept and the file is never half-written. No Qt here, and nothing above ``jalostamo.paths``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from jalostamo.paths import user_data_dir

log = logging.getLogger(__name__)

#: the part owned by the app's settings: every top-level key that is not a section
APP = ""
SECTIONS = ("backup_policy", "live_room")
MAX_BYTES = 1_000_000  # a settings file is small; anything bigger was not written by us


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


def read_all(path: Path | None = None) -> dict[str, Any]:
    """The whole file as a dict; empty when it is missing, unreadable or not ours."""
    path = path or settings_path()
    try:
        with path.open("rb") as handle:
            raw = json.loads(handle.read(MAX_BYTES + 1)[:MAX_BYTES].decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("settings %s unreadable (%s); using defaults", path, exc)
        return {}
    return raw if isinstance(raw, dict) else {}


def read_section(name: str, path: Path | None = None) -> dict[str, Any]:
    """One owner's part (``APP``: the top-level keys that are not sections)."""
    everything = read_all(path)
    if name == APP:
        return {k: v for k, v in everything.items() if k not in SECTIONS}
    part = everything.get(name)
    return part if isinstance(part, dict) else {}


def write_section(name: str, values: dict[str, Any], path: Path | None = None) -> None:
    """Replace one owner's part, keep the rest; raises ``OSError`` when it cannot be written
    (the file is then as it was)."""
    path = path or settings_path()
    everything = read_all(path)
    if name == APP:
        everything = {**{k: v for k, v in everything.items() if k in SECTIONS}, **values}
    else:
        everything[name] = values
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(everything, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def legacy(name: str) -> dict[str, Any]:
    """A part still in the separate file an older version wrote (read once, then moved)."""
    path = user_data_dir() / name
    try:
        raw = json.loads(path.read_text(encoding="utf-8")[:MAX_BYTES])
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def forget_legacy(name: str) -> None:
    """The older separate file, once its part is in the settings file."""
    with contextlib.suppress(OSError):
        (user_data_dir() / name).unlink()
