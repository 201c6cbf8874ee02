"""What the host refuses (and logs), while the rest of the room goes on: another team's card, a
100 MB message, garbage, an old or expired join code, a revoked laptop."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jalostamo.live import open_host
from jalostamo.live.api import JoinCode, RoomEvent, RoomEventKind
from jalostamo.services import clock as hlc
from tests.live.conftest import Proc, Room, card_title, notes, wait_for

pytestmark = [pytest.mark.timeout(120)]


def _tls() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def test_another_teams_card_is_refused_and_logged_while_others_go_on(room: Room) -> None:
    host = room.host()
    turku, oulu = room.laptops("Turku", "Oulu", other="Oulu")
    turku.send("hack Hakkeroitu")  # around the app's guard, stamped as a new edit
    turku.wait_line("event refused live.refused_other_team")
    host.wait_line("tried to change another team's part", err=True)
    oulu.send("note Oulu-jatkaa")
    wait_for(lambda: "Oulu-jatkaa" in notes(room.master))
    assert card_title(room.master, room.teams["Oulu"]) == ""
    assert card_title(room.copy_of("oulu"), room.teams["Oulu"]) == ""
    turku.send("note Turku-jatkaa")  # the refused laptop is still in the room
    wait_for(lambda: "Turku-jatkaa" in notes(room.copy_of("oulu")))


def test_a_100_mb_message_and_garbage_are_refused_while_others_go_on(room: Room) -> None:
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    host = room.host()
    oulu = room.laptop("Oulu")
    uri = f"wss://127.0.0.1:{room.port}/"

    async def too_large() -> int | None:
        async with connect(uri, ssl=_tls(), proxy=None, compression=None, max_size=None) as ws:
            try:
                await ws.send(b"\0" * (100 * 1024 * 1024))
                await ws.recv()
            except ConnectionClosed as closed:
                return closed.rcvd.code if closed.rcvd else None
        return None

    async def not_json() -> int | None:
        async with connect(uri, ssl=_tls(), proxy=None) as ws:
            await ws.send("{{{ tämä ei ole viesti")
            try:
                await ws.recv()
            except ConnectionClosed as closed:
                return closed.rcvd.code if closed.rcvd else None
        return None

    assert asyncio.run(too_large()) == 1009
    host.wait_line("A message too large came from", err=True)
    assert asyncio.run(not_json()) == 1008
    host.wait_line(r"not a room message came from .*\(not JSON\)", err=True)
    with socket.create_connection(("127.0.0.1", room.port), timeout=10) as raw:  # not even TLS
        raw.sendall(b"\x16\x03\x01garbage" * 100)
        with contextlib.suppress(OSError):
            raw.recv(100)  # the TLS layer drops it
    with socket.create_connection(("127.0.0.1", room.port), timeout=10) as raw, \
            _tls().wrap_socket(raw) as tls:  # TLS, then no WebSocket
        tls.sendall(b"GARBAGE / HTTP/0.9\r\n\r\n")
        with contextlib.suppress(OSError):
            tls.recv(100)
    wait_for(lambda: sum("not a room message" in line for line in host.err) >= 2,
             what="the refused handshake in the host's log")
    oulu.send("note Oulu-jatkaa")
    wait_for(lambda: "Oulu-jatkaa" in notes(room.master))


@pytest.fixture
def local_host(tmp_path: Path, room: Room) -> Iterator[tuple[object, list[RoomEvent]]]:
    """A host in this process (its codes and devices at hand); laptops in their own."""
    now = [hlc.wall_ms()]
    hlc.set_wall_clock(lambda: now[0])
    events: list[RoomEvent] = []
    host = open_host(room.master, data_dir=tmp_path / "host-data", on_event=events.append,
                     bind="127.0.0.1", announce=False)
    code = host.start()
    room.code_file.write_text(code.text(), encoding="ascii")
    host.now = now  # type: ignore[attr-defined]
    try:
        yield host, events
    finally:
        host.stop()
        hlc.set_wall_clock(None)


def _join_cli(room: Room, code: str, name: str) -> Proc:
    proc = Proc([sys.executable, "-m", "jalostamo", "room", "join", code, "--team", "Turku",
                 "--data-dir", str(room.tmp / f"cli-{name}"), "--name", name], room.env(name))
    room.procs.append(proc)
    return proc


def test_an_old_or_expired_join_code_is_refused(room: Room, local_host: tuple[object, list[RoomEvent]]
                                                 ) -> None:
    host, events = local_host
    old = room.code_file.read_text("ascii")
    new = host.new_join_code()  # type: ignore[attr-defined]
    replayed = _join_cli(room, old, "old")
    assert replayed.popen.wait(timeout=60) == 1
    replayed.wait_line("The join code has expired or been replaced", err=True)
    assert any(e.kind == RoomEventKind.REFUSED and e.message_key == "live.refused_code" for e in events)
    host.now[0] = new.expires_ms + 1  # type: ignore[attr-defined]  # the code's time is up
    late = _join_cli(room, new.text(), "late")
    assert late.popen.wait(timeout=60) == 1
    late.wait_line("The join code has expired or been replaced", err=True)
    garbled = _join_cli(room, new.text()[:-3] + "AAA", "garbled")
    assert garbled.popen.wait(timeout=60) == 1
    garbled.wait_line("This is not a join code", err=True)
    assert JoinCode.parse(new.text()) == new


def test_a_revoked_laptop_is_refused(room: Room, local_host: tuple[object, list[RoomEvent]]) -> None:
    host, events = local_host
    code = room.code_file.read_text("ascii")
    laptop = _join_cli(room, code, "turku")
    laptop.wait_line("Following the room")
    wait_for(lambda: any(p.connected for p in host.state().presences))  # type: ignore[attr-defined]
    [device] = [p.device_id for p in host.state().presences]  # type: ignore[attr-defined]
    host.revoke(device)  # type: ignore[attr-defined]
    laptop.wait_line("The room no longer accepts this laptop", err=True)
    laptop.stop()
    again = _join_cli(room, code, "turku")  # its own credential, revoked
    again.wait_line("The room no longer accepts this laptop", err=True)
    assert any(e.message_key == "live.refused_device" for e in events)
    assert not any(p.connected for p in host.state().presences)  # type: ignore[attr-defined]
