"""Live venue mode: the room's laptops on one programme over the local network (Qt-free).

The contract with the UI is :mod:`jalostamo.live.api`; the three factories below are the way in.
The host is :mod:`jalostamo.live.host`, a laptop :mod:`jalostamo.live.client`; what travels is
described in :mod:`jalostamo.live.protocol` and docs/architecture.md ("Live venue mode:
protocol").
"""

from __future__ import annotations

from pathlib import Path

from jalostamo.live.api import JoinCode, OnEvent, RoomClient, RoomHost, RoomInfo

__all__ = ["JoinCode", "join_room", "open_host", "probe_room"]


def open_host(document_path: Path | str, *, data_dir: Path | str, on_event: OnEvent,
              bind: str = "0.0.0.0", port: int = 0, announce: bool = True) -> RoomHost:
    """The room of the programme at ``document_path`` (not started: call ``start()``, which
    returns the join code). ``data_dir`` keeps the room's certificate, devices and sequence
    numbers, so that a restarted host is the same room."""
    from jalostamo.live.host import Host

    return Host(Path(document_path), data_dir=Path(data_dir), on_event=on_event, bind=bind,
                port=port, announce=announce)


def probe_room(code: JoinCode | str, *, timeout: float = 5) -> RoomInfo:
    """The programme and its teams, asked from the room (the code's secret is needed)."""
    from jalostamo.live.client import probe

    return probe(JoinCode.parse(code) if isinstance(code, str) else code, timeout)


def join_room(code: JoinCode | str, *, team_id: str, data_dir: Path | str, device_name: str,
              on_event: OnEvent, timeout: float = 60) -> RoomClient:
    """Join the room as ``team_id`` and follow it (started). Blocks until the first snapshot
    (a team file of the team) is on disk at ``local_path``; raises a ``UserError`` when the
    room cannot be joined. A data folder that already joined this room resumes with its own
    credential (the code may have expired since)."""
    from jalostamo.live.client import Client

    if isinstance(code, str):
        code = JoinCode.parse(code)
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    resume = Client.has_joined(folder, code)
    client = Client(folder, on_event=on_event, device_name=device_name)
    if not resume:
        client.join(code, team_id, timeout)
    client.start()
    return client
