"""A room without a network: a fake host and fake clients implementing the core's protocols
(``RoomHost``, ``RoomClient``), linked in memory. Every event reaches the UI from a
background thread, as the real core's do."""

from __future__ import annotations

import dataclasses
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from jalostamo.errors import UserError
from jalostamo.live.api import (
    JoinCode,
    OnEvent,
    Presence,
    RoomBroadcast,
    RoomEvent,
    RoomEventKind,
    RoomInfo,
    RoomState,
    SharedView,
)
from jalostamo.ui.live.backend import Backend

NOW_MS = 1_800_000_000_000


class FakeCode(JoinCode):
    def text(self) -> str:
        return f"JLST-{self.host}-{self.port}-{self.secret}"

    @classmethod
    def parse(cls, text: str) -> FakeCode:
        parts = text.strip().split("-")
        if len(parts) != 4 or parts[0] != "JLST" or not parts[2].isdigit():
            raise UserError("live.code_invalid")
        return cls(parts[1], int(parts[2]), parts[3], "ab" * 32, NOW_MS + 15 * 60_000)


def from_thread(call: Callable[[], None]) -> None:
    """Run ``call`` on a thread of its own, as the core calls back (and wait for it)."""
    thread = threading.Thread(target=call)
    thread.start()
    thread.join(5)


class FakeHost:
    def __init__(self, room: FakeRoom, path: Path, on_event: OnEvent) -> None:
        self.room, self.path, self.on_event = room, path, on_event
        self.code: JoinCode | None = None
        self.sent = RoomBroadcast()
        self.presences: dict[str, Presence] = {}
        self.revoked: list[str] = []
        self.views: list[SharedView] = []
        self.running = False
        self._codes = 0

    def start(self) -> JoinCode:
        self.running = True
        return self.new_join_code()

    def stop(self) -> None:
        self.running = False

    def new_join_code(self) -> JoinCode:
        self._codes += 1
        self.code = FakeCode("127.0.0.1", 47000, f"SECRET{self._codes}", "ab" * 32,
                             NOW_MS + 15 * 60_000)
        return self.code

    def revoke(self, device_id: str) -> None:
        self.revoked.append(device_id)
        self.presences.pop(device_id, None)
        for client in self.room.clients:
            if client.device_id == device_id:
                client.connected = False
                client.emit(RoomEvent(RoomEventKind.REFUSED, message_key="live.revoked"))

    def broadcast(self, update: RoomBroadcast) -> None:
        self.sent = dataclasses.replace(update, seq=self.sent.seq + 1)
        for client in self.room.clients:
            client.broadcast = self.sent
            client.emit(RoomEvent(RoomEventKind.BROADCAST))

    def share_view(self, view: SharedView) -> None:
        self.views.append(view)
        for client in self.room.clients:
            if client.following and self.sent.follow_board == view.board_id:
                client.view = view
                client.emit(RoomEvent(RoomEventKind.VIEW))

    def local_change(self) -> None:
        pass

    def state(self) -> RoomState:
        return RoomState("host", True, self.code, tuple(self.presences.values()), self.sent, 0,
                         NOW_MS, self.views[-1] if self.views else None)

    def set_presence(self, presence: Presence) -> None:
        """Someone joined or moved: the host's UI hears of it from the network thread."""
        self.presences[presence.device_id] = presence
        from_thread(lambda: self.on_event(RoomEvent(RoomEventKind.PRESENCE)))


class FakeClient:
    def __init__(self, room: FakeRoom, team_id: str | None, path: Path, on_event: OnEvent,
                 device_id: str) -> None:
        self.room, self.team_id, self._path, self.on_event = room, team_id, path, on_event
        self.device_id = device_id
        self.broadcast = RoomBroadcast()
        self.screens: list[str] = []
        self.connected = False
        self.pending = 0
        self.following = True
        self.view: SharedView | None = None

    @property
    def local_path(self) -> Path:
        return self._path

    def start(self) -> None:
        self.connected = True
        self.broadcast = self.room.host.sent if self.room.host else RoomBroadcast()
        self._present("desk")

    def stop(self) -> None:
        self.connected = False

    def set_following(self, following: bool) -> None:
        self.following = following

    def set_screen(self, screen: str) -> None:
        self.screens.append(screen)
        self._present(screen)

    def _present(self, screen: str) -> None:
        host = self.room.host
        if host is not None:
            label = dict(self.room.info.teams).get(self.team_id or "", "")
            host.set_presence(Presence(self.device_id, f"Kannettava {self.device_id[-1]}",
                                       self.team_id, label, screen, NOW_MS - 30_000, True, 0))

    def local_change(self) -> None:
        pass

    def state(self) -> RoomState:
        return RoomState("client", self.connected, None, (), self.broadcast, self.pending,
                         NOW_MS, self.view)

    def emit(self, event: RoomEvent) -> None:
        from_thread(lambda: self.on_event(event))


class FakeRoom:
    """One host and its clients. ``copies`` maps a team id to a team file made beforehand
    (the laptop's copy)."""

    def __init__(self, info: RoomInfo, copies: dict[str, Path], work: Path) -> None:
        self.info, self.copies, self.work = info, copies, work
        self.host: FakeHost | None = None
        self.clients: list[FakeClient] = []

    def backend(self) -> Backend:
        return Backend(self.open_host, FakeCode.parse, self.probe, self.join)

    def open_host(self, path: Path, data_dir: Path, on_event: OnEvent) -> FakeHost:
        self.host = FakeHost(self, path, on_event)
        return self.host

    def probe(self, code: JoinCode) -> RoomInfo:
        if self.host is None or self.host.code is None or code.secret != self.host.code.secret:
            raise UserError("live.code_expired")
        return self.info

    def join(self, code: JoinCode, team_id: str, data_dir: Path,
             on_event: OnEvent) -> FakeClient:
        """Like the core: the copy is on disk and the client started when this returns."""
        self.probe(code)
        data_dir.mkdir(parents=True, exist_ok=True)
        local = data_dir / "local.jalostamo"
        if not local.exists():  # a folder that joined before resumes with its copy
            shutil.copyfile(self.copies[team_id], local)
        client = FakeClient(self, team_id, local, on_event, f"device-{len(self.clients) + 1}")
        self.clients.append(client)
        client.start()
        return client
