"""The network core as the room screens use it: four functions, replaceable by tests.

The core (:mod:`jalostamo.live`) is Qt-free and runs on its own threads; this module is the
one place that knows how its entry points are called, so the screens depend only on the
contract (:mod:`jalostamo.live.api`).
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jalostamo.live.api import JoinCode, OnEvent, RoomClient, RoomHost, RoomInfo


@dataclass
class Backend:
    open_host: Callable[[Path, Path, OnEvent], RoomHost]  # (programme file, data dir, on_event)
    parse_code: Callable[[str], JoinCode]  # raises UserError for what is not a code
    probe_room: Callable[[JoinCode], RoomInfo]
    #: (code, team id, data dir, on_event): started, the laptop's copy on disk; may block
    join_room: Callable[[JoinCode, str, Path, OnEvent], RoomClient]


_current: Backend | None = None


def device_name() -> str:
    """How this laptop is listed on the facilitator's screens."""
    return platform.node()[:60] or "?"


def real_backend(*, bind: str = "0.0.0.0", announce: bool = True) -> Backend:
    """The core itself; tests bind to 127.0.0.1 and announce nothing."""
    import jalostamo.live as live

    def open_host(path: Path, data_dir: Path, on_event: OnEvent) -> RoomHost:
        return live.open_host(path, data_dir=data_dir, on_event=on_event, bind=bind,
                              announce=announce)

    def join_room(code: JoinCode, team_id: str, data_dir: Path, on_event: OnEvent) -> RoomClient:
        return live.join_room(code, team_id=team_id, data_dir=data_dir,
                              device_name=device_name(), on_event=on_event)

    return Backend(open_host, JoinCode.parse, live.probe_room, join_room)


def backend() -> Backend:
    global _current
    if _current is None:
        _current = real_backend()
    return _current


def set_backend(value: Backend | None) -> None:
    """Use ``value`` from now on (tests: fakes); None goes back to the real core."""
    global _current
    _current = value
