"""What the room remembers between runs (section ``live_room`` of the user's one settings
file, :mod:`jalostamo.settings_file`; nothing readable means nothing remembered): the last
code typed and the team chosen, so a laptop can rejoin after a restart (its data folder keeps
its credential), and the programmes whose room was open when the app closed, so the room
opens again with them.

The rooms' own folders (certificate, credentials, the laptop's copy) are under ``rooms/``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from jalostamo import settings_file
from jalostamo.paths import user_data_dir

log = logging.getLogger(__name__)


SECTION = "live_room"
LEGACY_FILE = "live_room.json"  # where the first version kept it


def memory_path() -> Path:
    """The file the room's memory is in (the settings file)."""
    return settings_file.settings_path()


def host_folder(programme_id: str) -> Path:
    """The room of one programme: the same folder after a restart is the same room."""
    return user_data_dir() / "rooms" / f"host-{_safe(programme_id)}"


def join_folder(fingerprint: str, team_id: str) -> Path:
    """A laptop's place in one room as one team (its copy and credential)."""
    return user_data_dir() / "rooms" / f"join-{_safe(fingerprint)[:16]}-{_safe(team_id)[:12]}"


def _safe(text: str) -> str:
    return "".join(c for c in text if c.isalnum() or c == "-")[:64] or "x"


def _read() -> dict[str, Any]:
    return settings_file.read_section(SECTION) or settings_file.legacy(LEGACY_FILE)


def _write(values: dict[str, Any]) -> None:
    try:
        settings_file.write_section(SECTION, values)
        settings_file.forget_legacy(LEGACY_FILE)  # moved into the one settings file
    except OSError as exc:
        log.warning("could not remember the room: %s", exc)


def remember_join(code_text: str, team_id: str | None) -> None:
    _write({**_read(), "code": code_text, "team": team_id})


def last_join() -> tuple[str, str | None]:
    """(code text, team id) of the last join, or ("", None)."""
    raw = _read()
    code, team = raw.get("code"), raw.get("team")
    return (code if isinstance(code, str) else "",
            team if isinstance(team, str) else None)


def hosting() -> list[str]:
    files = _read().get("hosting")
    return [f for f in files if isinstance(f, str)] if isinstance(files, list) else []


def set_hosting(path: Path, on: bool) -> None:
    text = str(path.resolve())
    files = [f for f in hosting() if f != text] + ([text] if on else [])
    _write({**_read(), "hosting": files[-20:]})


def is_hosting(path: Path) -> bool:
    return str(path.resolve()) in hosting()
