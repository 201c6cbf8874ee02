"""The network core as the room screens use it: four functions, replaceable by tests.

The core (:mod:`jalostamo.live`) is Qt-free and runs on its own threads; this module is the
one place that knows how its entry points are called, so the screens depend only on the
contract (:mod:`jalostamo.live.api`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jalostamo.errors import UserError
from jalostamo.live.api import JoinCode, OnEvent, RoomClient, RoomHost, RoomInfo


@dataclass
class Backend:
    open_host: Callable[[Path, OnEvent], RoomHost]  # (programme file, on_event)
    parse_code: Callable[[str], JoinCode]  # raises UserError for what is not a code
    probe_room: Callable[[JoinCode], RoomInfo]
    join_room: Callable[[JoinCode, str | None, OnEvent], RoomClient]  # (code, team id, ...)


_current: Backend | None = None


def default_backend() -> Backend:
    try:
        import jalostamo.live as live
    except ImportError as exc:  # the core is not installed
        raise UserError("live_ui.unavailable") from exc

    def open_host(path: Path, on_event: OnEvent) -> RoomHost:
        return live.open_host(path, on_event=on_event)  # type: ignore[attr-defined]

    def probe_room(code: JoinCode) -> RoomInfo:
        return live.probe_room(code)  # type: ignore[attr-defined]

    def join_room(code: JoinCode, team_id: str | None, on_event: OnEvent) -> RoomClient:
        return live.join_room(code, team_id, on_event=on_event)  # type: ignore[attr-defined]

    def parse_code(text: str) -> JoinCode:
        return JoinCode.parse(text)

    return Backend(open_host, parse_code, probe_room, join_room)


def backend() -> Backend:
    global _current
    if _current is None:
        _current = default_backend()
    return _current


def set_backend(value: Backend | None) -> None:
    """Use ``value`` from now on (tests: fakes); None goes back to the real core."""
    global _current
    _current = value
