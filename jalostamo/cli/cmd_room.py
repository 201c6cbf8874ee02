"""``room host`` and ``room join``: the live venue mode without the app (power users, tests)."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jalostamo.i18n import current_language, translate


def register(subparsers: Any) -> None:
    room = subparsers.add_parser("room", help="open a room on the local network, or follow one")
    commands = room.add_subparsers(dest="room_command", metavar="COMMAND")

    p = commands.add_parser("host", help="serve a programme to the room's laptops until stopped")
    p.add_argument("file", type=Path)
    p.add_argument("--port", type=int, default=0, help="TCP port (default: the last one, else any)")
    p.add_argument("--bind", default="0.0.0.0", help="the address to listen on (default: all)")
    p.add_argument("--code-file", type=Path, help="also write the join code to this file")
    p.add_argument("--data-dir", type=Path,
                   help="where the room keeps its certificate and devices (default: the user's)")
    p.set_defaults(handler=cmd_host)

    p = commands.add_parser("join", help="join a room as a team and follow it until stopped")
    p.add_argument("code", help="the join code shown by the facilitator")
    p.add_argument("--team", required=True, help="city name or id of the team")
    p.add_argument("--data-dir", type=Path, required=True,
                   help="where this laptop keeps its copy of the programme")
    p.add_argument("--name", default="", help="this laptop's name in the room")
    p.set_defaults(handler=cmd_join)
    room.set_defaults(handler=lambda _args: room.print_help() or 2)


def _say(text: str) -> None:
    print(f"jalostamo: {' '.join(text.splitlines())}", file=sys.stderr, flush=True)


def _on_event(event: Any) -> None:
    """Refusals and the connection's state, one line each on stderr (and in the log)."""
    from jalostamo.live.api import RoomEventKind

    if event.kind in (RoomEventKind.REFUSED, RoomEventKind.CONNECTION) and event.message_key:
        params = {k: v for k, v in event.params.items() if k != "connected"}
        with contextlib.suppress(Exception):
            _say(translate(event.message_key, current_language(), **params))


@contextlib.contextmanager
def _until_stopped() -> Iterator[threading.Event]:
    """SIGINT or SIGTERM set the event (the room then closes in order)."""
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_a: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _write_code(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text + "\n", encoding="ascii")
    os.replace(tmp, path)


def cmd_host(args: argparse.Namespace) -> int:
    from jalostamo.live import open_host
    from jalostamo.paths import user_data_dir
    from jalostamo.store.document import Document

    # checked and migrated first; then the app may open it too (the facilitator's own edits
    # reach the room like any other commit)
    with Document.open(args.file) as doc:
        programme_id = doc.programme_id
    data_dir = args.data_dir or user_data_dir() / "rooms" / programme_id
    host = open_host(args.file, data_dir=data_dir, on_event=_on_event, bind=args.bind,
                     port=args.port)
    with _until_stopped() as stop:
        code = host.start()
        try:
            if args.code_file:
                _write_code(args.code_file, code.text())
            print(translate("live.host_open", address=f"{code.host}:{code.port}",
                            code=code.text()), flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            host.stop()
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from jalostamo.live import join_room, probe_room
    from jalostamo.live.api import JoinCode
    from jalostamo.live.client import Client, RoomError

    code = JoinCode.parse(args.code)
    if Client.has_joined(args.data_dir, code):
        team_id = args.team  # resumed: the team is the one joined with
    else:
        info = probe_room(code)
        wanted = args.team.strip().casefold()
        found = [t for t in info.teams if t[0] == args.team.strip() or t[1].casefold() == wanted]
        if len(found) != 1:
            raise RoomError("live.team_unknown", team=args.team)
        team_id = found[0][0]
    with _until_stopped() as stop:
        client = join_room(code, team_id=team_id, data_dir=args.data_dir,
                           device_name=args.name or args.team, on_event=_on_event)
        try:
            print(translate("live.following", team=args.team, path=client.local_path), flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            client.stop()
    return 0
