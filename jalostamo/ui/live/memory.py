"""What the join screen remembers between runs: the last code typed and the team chosen
(``live_room.json`` in the user data directory; unreadable means nothing remembered)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from jalostamo.paths import user_data_dir

log = logging.getLogger(__name__)


def memory_path() -> Path:
    return user_data_dir() / "live_room.json"


def remember_join(code_text: str, team_id: str | None) -> None:
    path = memory_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps({"code": code_text, "team": team_id}), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        log.warning("could not remember the room: %s", exc)


def last_join() -> tuple[str, str | None]:
    """(code text, team id) of the last join, or ("", None)."""
    try:
        raw = json.loads(memory_path().read_text(encoding="utf-8")[:10_000])
    except (OSError, ValueError):
        return "", None
    if not isinstance(raw, dict):
        return "", None
    code, team = raw.get("code"), raw.get("team")
    return (code if isinstance(code, str) else "",
            team if isinstance(team, str) else None)
