"""The facilitator's laptop: serves the open programme to the room's laptops.

One background thread runs an asyncio loop with the TLS WebSocket server. The programme file is
read and written there on the host's own connections (the facilitator's app has its own):

- every row's version (its stamps and tombstone) is remembered in the data folder's sidecar
  with the host sequence number that published it; a commit by anyone (a laptop's changes
  merged here, or the facilitator's app, noticed by ``PRAGMA data_version``) is found by
  comparing versions, numbered and sent to every laptop;
- a laptop's changeset is merged by the merge core with the laptop's team as owner, committed
  (then acknowledged: an acknowledged edit is in the file), and what it changed goes out;
- a laptop that comes back sends its watermark (the last sequence number it applied) and gets
  every row published after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
import threading
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from jalostamo.errors import UserError
from jalostamo.live import protocol as p
from jalostamo.live.api import (
    JoinCode,
    OnEvent,
    Presence,
    RoomBroadcast,
    RoomEvent,
    RoomEventKind,
    RoomState,
    SharedView,
    TimerState,
)
from jalostamo.live.sidecar import Sidecar
from jalostamo.services import changeset as cs
from jalostamo.services import clock as hlc

log = logging.getLogger("jalostamo.live")


class PortUnavailable(UserError):
    key = "live.port_in_use"


@dataclass
class _Peer:
    ws: Any
    address: str
    device_id: str = ""
    team_id: str | None = None
    name: str = ""
    live: bool = False
    queue: asyncio.Queue[str | bytes | None] | None = None
    following: bool = True  # gets the facilitator's view while "Follow me" is on


@dataclass
class _Seen:
    name: str
    team_id: str | None
    team_label: str = ""
    screen: str = "desk"
    last_activity_ms: int = 0
    connected: bool = False
    offset_ms: int = 0


class Host:
    def __init__(self, document_path: Path, *, data_dir: Path, on_event: OnEvent,
                 bind: str = "0.0.0.0", port: int = 0, announce: bool = True,
                 code_ttl_ms: int = p.CODE_TTL_MS) -> None:
        self.path = Path(document_path)
        self.data_dir = Path(data_dir)
        self.on_event = on_event
        self.bind = bind
        self.port = port
        self.announce = announce
        self.code_ttl_ms = code_ttl_ms
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._stopping: asyncio.Event | None = None
        self._peers: dict[str, _Peer] = {}
        self._seen: dict[str, _Seen] = {}
        self._broadcast = RoomBroadcast()
        self._code: JoinCode | None = None
        self._poke: asyncio.Event | None = None
        self._lock = threading.Lock()
        self._tasks: set[asyncio.Future[Any]] = set()
        #: rows merged from laptops, not yet published
        self._dirty: set[tuple[str, str]] = set()
        self._dirty_all = False
        #: "Follow me": the view last shared, when it went out, and whether a later one waits
        self._view: SharedView | None = None
        self._view_at = 0.0
        self._view_waiting = False
        self.seq = 0
        self.last_sync_ms = 0

    # --- the contract (any thread) ------------------------------------------------------------

    def start(self) -> JoinCode:
        if self._thread is not None:
            assert self._code is not None
            return self._code
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._thread = threading.Thread(target=self._run, name="jalostamo-room-host", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._failure is not None:
            self._thread.join()
            self._thread = None
            raise self._failure
        assert self._code is not None
        return self._code

    def stop(self) -> None:
        if self._thread is None or self._loop is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop already ended
            self._loop.call_soon_threadsafe(self._stop_now)
        self._thread.join(timeout=15)
        self._thread = None

    def new_join_code(self) -> JoinCode:
        done = threading.Event()

        def renew() -> None:
            self._new_code()
            done.set()

        self._call(renew)
        done.wait(10)
        assert self._code is not None
        return self._code

    def revoke(self, device_id: str) -> None:
        self._call(lambda: self._revoke(device_id))

    def broadcast(self, update: RoomBroadcast) -> None:
        self._call(lambda: self._send_broadcast(update))

    def share_view(self, view: SharedView) -> None:
        self._call(lambda: self._share_view(view))

    def local_change(self) -> None:
        if self._loop is not None and self._poke is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._poke.set)

    def state(self) -> RoomState:
        with self._lock:
            return RoomState(role="host", connected=self._thread is not None,
                             join_code=self._code, presences=self._presences(),
                             broadcast=self._broadcast, pending_changes=0,
                             last_sync_ms=self.last_sync_ms, view=self._view)

    @property
    def address(self) -> tuple[str, int]:
        assert self._code is not None
        return self._code.host, self._code.port

    # --- the loop ------------------------------------------------------------------------------

    def _call(self, fn: Any) -> None:
        if self._loop is None:
            raise RuntimeError("the room is not open")
        self._loop.call_soon_threadsafe(fn)

    def _emit(self, kind: RoomEventKind, **values: Any) -> None:
        try:
            self.on_event(RoomEvent(kind, **values))
        except Exception:  # the UI's handler must not stop the room
            log.exception("room event handler failed")

    def _refuse(self, key: str, **params: Any) -> None:
        from jalostamo.i18n import translate

        log.warning("room refused: %s", translate(key, "en", **params))
        self._emit(RoomEventKind.REFUSED, message_key=key, params=params)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:  # reported to start(), or logged after it returned
            if not self._ready.is_set():
                self._failure = exc
            else:
                log.exception("the room host stopped")
        finally:
            self._ready.set()
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._close_files()

    def _stop_now(self) -> None:
        if self._stopping is not None:
            self._stopping.set()

    async def _main(self) -> None:
        from websockets.asyncio.server import serve

        self._stopping = asyncio.Event()
        self._poke = asyncio.Event()
        self._open_files()
        ssl_context, self.fingerprint = _server_tls(self.data_dir)
        server = None
        wire = logging.getLogger("jalostamo.live.wire")
        _RefusalLog.attach(wire, self)
        tried = [self.port] if self.port else [int(self.sidecar.get("port", "0")), 0]
        for port in tried:
            try:
                server = await serve(self._serve, self.bind, port, ssl=ssl_context,
                                     max_size=p.MAX_MESSAGE, max_queue=4, compression=None,
                                     ping_interval=5, ping_timeout=15, open_timeout=10,
                                     logger=wire)
                break
            except OSError as exc:
                if port == tried[-1]:
                    raise PortUnavailable(port=port, detail=exc.strerror or str(exc)) from None
        assert server is not None
        self.port = next(iter(server.sockets)).getsockname()[1]
        self.sidecar.put(port=self.port)
        self._load_code()
        self._ready.set()
        loop = asyncio.get_running_loop()
        announcing = loop.run_in_executor(None, _announce, self) if self.announce else None
        poll = asyncio.ensure_future(self._poll())
        try:
            await self._stopping.wait()
        finally:
            poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poll
            for peer in list(self._peers.values()):
                with contextlib.suppress(Exception):
                    await peer.ws.close(1001)
            server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 5)
            if announcing is not None:
                with contextlib.suppress(Exception):
                    announcer = await asyncio.wait_for(announcing, 10)
                    if announcer is not None:
                        await loop.run_in_executor(None, announcer.close)

    def _open_files(self) -> None:
        from jalostamo.live.local_file import open_shared
        from jalostamo.services.entities import Entities
        from jalostamo.services.events import EventBus
        from jalostamo.services.merge import MergeService
        from jalostamo.services.team_files import TeamFileService
        from jalostamo.store.device import device_id

        doc, self.read = open_shared(self.path, device_id())
        if doc.role != "programme":
            doc.engine.dispose()
            from jalostamo.errors import FileRefused

            raise FileRefused("live.code_invalid")
        self.doc = doc
        events = EventBus()
        self.merge = MergeService(doc, events)
        self.stage = cs.Stage(self.read)
        self.team_files = TeamFileService(Entities(doc, events))
        self.sidecar = Sidecar(self.data_dir / "host-state.sqlite3")
        if not self.sidecar.get("epoch"):
            self.sidecar.put(epoch=uuid.uuid4().hex)
        self.epoch = self.sidecar.get("epoch")
        self.seq = int(self.sidecar.get("last_seq", "0"))
        self.versions = self.sidecar.versions()
        saved = self.sidecar.get("broadcast")
        if saved:
            with contextlib.suppress(ValueError, TypeError):
                # "Follow me" does not outlive the host: the facilitator's view is gone
                self._broadcast = replace(_broadcast_from(json.loads(saved)), follow_board=None)
        for device, team, name, revoked, offset in self.sidecar.devices():
            if not revoked:
                self._see(device, name, team).offset_ms = offset
        self._data_version = -1
        self._publish()  # what changed while the room was closed

    def _close_files(self) -> None:
        for closing in ("sidecar",):
            thing = getattr(self, closing, None)
            if thing is not None:
                with contextlib.suppress(Exception):
                    thing.close()
        doc = getattr(self, "doc", None)
        if doc is not None:
            doc.engine.dispose()

    # --- codes ---------------------------------------------------------------------------------

    def _load_code(self) -> None:
        secret = self.sidecar.get("code_secret")
        expires = int(self.sidecar.get("code_expires", "0"))
        if not secret or expires <= hlc.wall_ms():
            self._new_code()
            return
        self._set_code(secret, expires)

    def _new_code(self) -> None:
        secret = secrets.token_bytes(10).hex()
        expires = hlc.wall_ms() + self.code_ttl_ms
        self.sidecar.put(code_secret=secret, code_expires=expires)
        self._set_code(secret, expires)

    def _set_code(self, secret: str, expires: int) -> None:
        host = self.bind if self.bind not in ("0.0.0.0", "", "::") else p.lan_address()
        with self._lock:
            self._code = JoinCode(host, self.port, secret, self.fingerprint, expires)

    def _code_ok(self, secret: Any) -> bool:
        code = self._code
        return (code is not None and isinstance(secret, str)
                and hmac.compare_digest(secret.encode(), code.secret.encode())
                and hlc.wall_ms() < code.expires_ms)

    # --- publishing ------------------------------------------------------------------------------

    async def _poll(self) -> None:
        assert self._poke is not None
        published_at = 0.0
        while True:
            wait = p.POLL_S
            if self._dirty or self._dirty_all:
                wait = max(0.0, published_at + p.PUBLISH_GAP_S - time.monotonic())
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._poke.wait(), wait)
            self._poke.clear()
            try:
                if (self._dirty or self._dirty_all) and \
                        time.monotonic() - published_at >= p.PUBLISH_GAP_S:
                    keys, everything = self._dirty, self._dirty_all
                    self._dirty, self._dirty_all = set(), False
                    self._publish(from_peer=True, keys=None if everything else keys)
                    published_at = time.monotonic()
                version = self.read.execute("PRAGMA data_version").fetchone()[0]
                if version != self._data_version:
                    self._data_version = version
                    self._publish()
            except sqlite3.Error as exc:
                log.warning("room: reading the programme failed: %s", exc)

    def _publish(self, *, from_peer: bool = False,
                 keys: set[tuple[str, str]] | None = None) -> frozenset[str]:
        """Number and send what changed in the file since the last look (only ``keys`` can
        have changed: the rows of a changeset just merged here)."""
        if keys is None:
            now = cs.read_versions(self.read)
        else:
            now = {(name, row[0]): cs.version_of(name, row) for name, rows in
                   cs.collect(self.read, self.doc.programme_id, keys).rows.items() for row in rows}
        changed = {k: v for k, v in now.items() if self.versions.get(k) != v}
        if not changed:
            return frozenset()
        self.seq += 1
        self.sidecar.record(changed, seq=self.seq, last_seq=self.seq)
        self.versions.update(changed)
        changes = cs.collect(self.read, self.doc.programme_id, changed)
        self._send_changes(changes, list(self._peers.values()), self.seq)
        self.last_sync_ms = hlc.wall_ms()
        tables = frozenset(name for name, _ in changed)
        if from_peer:
            self._emit(RoomEventKind.CHANGES_APPLIED, tables=tables)
        return tables

    def _send_changes(self, changes: cs.ChangeSet, peers: list[_Peer], seq: int) -> None:
        parts = cs.split(changes)
        texts = []
        for i, part in enumerate(parts):
            mark = seq if i == len(parts) - 1 else None
            texts.append(f'{{"t":"changes","seq":{json.dumps(mark)},"cs":'
                         f'{part.to_bytes().decode("utf-8")}}}')
        for peer in peers:
            if peer.live and peer.queue is not None:
                for text in texts:
                    peer.queue.put_nowait(text)

    # --- connections -------------------------------------------------------------------------------

    async def _serve(self, ws: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        remote = ws.remote_address or ("?", 0)
        peer = _Peer(ws, f"{remote[0]}:{remote[1]}")
        try:
            first = await asyncio.wait_for(ws.recv(), p.FIRST_MESSAGE_S)
            message = p.loads(first)
            kind = message["t"]
            if kind == "probe":
                await self._probe(peer, message)
            elif kind == "join":
                await self._join(peer, message)
            elif kind == "hello":
                await self._hello(peer, message)
            else:
                raise p.Garbage(f"unexpected {kind[:40]!r}")
        except p.Garbage as exc:
            self._refuse("live.refused_garbage", address=peer.address, detail=str(exc))
            await ws.close(p.POLICY, "refused")
        except TimeoutError:
            self._refuse("live.refused_garbage", address=peer.address, detail="silent")
            await ws.close(p.POLICY, "refused")
        except ConnectionClosed as exc:
            if exc.sent is not None and exc.sent.code == 1009:
                self._refuse("live.refused_too_large", address=peer.address)
        finally:
            if peer.device_id and self._peers.get(peer.device_id) is peer:
                del self._peers[peer.device_id]
                seen = self._seen.get(peer.device_id)
                if seen is not None:
                    seen.connected = False
                    self._presence_changed()

    async def _probe(self, peer: _Peer, message: dict[str, Any]) -> None:
        if not self._code_ok(message.get("secret")):
            self._refuse("live.refused_code", address=peer.address)
            await peer.ws.send(p.dumps({"t": "refused", "key": "live.code_expired"}))
            return
        name, teams = self._programme_info()
        await peer.ws.send(p.dumps({"t": "info", "programme_name": name, "teams": teams}))

    def _programme_info(self) -> tuple[str, list[list[str]]]:
        name = self.read.execute("SELECT name FROM programmes WHERE id = ?",
                                 (self.doc.programme_id,)).fetchone()[0]
        teams = [[row[0], row[2] or row[1]] for row in self.read.execute(
            "SELECT id, city, name FROM teams WHERE deleted_at IS NULL AND programme_id = ? "
            "ORDER BY position, city, name", (self.doc.programme_id,))]
        return name, teams

    def _team_label(self, team_id: str | None) -> str:
        if not team_id:
            return ""
        row = self.read.execute("SELECT city, name FROM teams WHERE id = ?", (team_id,)).fetchone()
        return (row[1] or row[0]) if row else ""

    async def _join(self, peer: _Peer, message: dict[str, Any]) -> None:
        if not self._code_ok(message.get("secret")):
            self._refuse("live.refused_code", address=peer.address)
            await peer.ws.send(p.dumps({"t": "refused", "key": "live.code_expired"}))
            await peer.ws.close(p.POLICY, "refused")
            return
        team_id = p.field(message, "team", str)
        name = p.field(message, "name", str, limit=100)
        wall = p.field(message, "wall", int)
        if not self.read.execute("SELECT 1 FROM teams WHERE id = ? AND deleted_at IS NULL",
                                 (team_id,)).fetchone():
            await peer.ws.send(p.dumps({"t": "refused", "key": "live.team_unknown",
                                        "params": {"team": team_id}}))
            await peer.ws.close(p.POLICY, "refused")
            return
        device_id = uuid.uuid4().hex
        token = secrets.token_urlsafe(32)
        offset = wall - hlc.wall_ms()
        self.sidecar.add_device(device_id, _hash(token), team_id, name, hlc.wall_ms(), offset)
        log.info("room: %s joined as %s (team %s, clock offset %d ms)", name, device_id,
                 team_id, offset)
        self._publish()
        seq = self.seq
        tmp = self.data_dir / f"snapshot-{device_id}.jalostamo"
        try:
            self.team_files.make_team_file(team_id, tmp, overwrite=True)
            data = tmp.read_bytes()
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        await peer.ws.send(p.dumps({"t": "joined", "device": device_id, "token": token,
                                    "epoch": self.epoch, "seq": seq, "size": len(data),
                                    "programme": self.doc.programme_id, "offset": offset}))
        for start in range(0, len(data), p.SNAPSHOT_CHUNK):
            await peer.ws.send(data[start:start + p.SNAPSHOT_CHUNK])
        self._see(device_id, name, team_id).offset_ms = offset
        peer.device_id = ""  # the laptop comes back with its token (``hello``)

    async def _hello(self, peer: _Peer, message: dict[str, Any]) -> None:
        device_id = p.field(message, "device", str, limit=64)
        token = p.field(message, "token", str, limit=200)
        known = self.sidecar.device(device_id)
        if known is None or known[3] or not hmac.compare_digest(known[0], _hash(token)):
            self._refuse("live.refused_device", device=device_id[:64])
            await peer.ws.send(p.dumps({"t": "refused", "key": "live.device_refused",
                                        "params": {"device": device_id[:64]}}))
            await peer.ws.close(p.REVOKED, "refused")
            return
        watermark = message.get("watermark")
        if message.get("epoch") != self.epoch or not isinstance(watermark, int) or \
                isinstance(watermark, bool) or watermark > self.seq:
            watermark = 0
        wall = message.get("wall")
        offset = wall - hlc.wall_ms() if isinstance(wall, int) else known[4]
        peer.device_id, peer.team_id, peer.name = device_id, known[1], known[2]
        await self._session(peer, watermark, offset)

    async def _session(self, peer: _Peer, watermark: int, offset: int) -> None:
        old = self._peers.get(peer.device_id)
        if old is not None:
            with contextlib.suppress(Exception):
                await old.ws.close(1000, "replaced")
        self._peers[peer.device_id] = peer
        peer.queue = asyncio.Queue()
        seen = self._see(peer.device_id, peer.name, peer.team_id)
        seen.connected, seen.offset_ms = True, offset
        seen.last_activity_ms = hlc.wall_ms()
        peer.queue.put_nowait(p.dumps({"t": "welcome", "epoch": self.epoch, "seq": self.seq,
                                       "broadcast": _broadcast_obj(self._broadcast),
                                       "offset": offset}))
        if self._view is not None and self._view.board_id == self._broadcast.follow_board:
            peer.queue.put_nowait(_view_text(self._view))  # a laptop back mid-follow
        self._publish()
        keys = self.sidecar.keys_after(watermark)
        if keys or watermark < self.seq:
            peer.live = True
            self._send_changes(cs.collect(self.read, self.doc.programme_id, keys), [peer],
                               self.seq)
        peer.live = True
        self._presence_changed()
        writer = asyncio.ensure_future(self._write(peer))
        try:
            await self._read(peer)
        finally:
            writer.cancel()

    async def _write(self, peer: _Peer) -> None:
        assert peer.queue is not None
        while True:
            item = await peer.queue.get()
            if item is None:
                return
            await peer.ws.send(item)

    async def _read(self, peer: _Peer) -> None:
        limit = p.RateLimit()
        async for raw in peer.ws:
            if not limit.take():
                self._refuse("live.refused_rate", address=peer.address)
                await peer.ws.close(p.POLICY, "rate")
                return
            message = p.loads(raw)
            kind = message["t"]
            seen = self._seen[peer.device_id]
            seen.last_activity_ms = hlc.wall_ms()
            if kind == "changes":
                self._changes(peer, message)
            elif kind == "screen":
                seen.screen = p.field(message, "screen", str, limit=40)
                self._presence_changed()
            elif kind == "follow":
                peer.following = p.field(message, "on", bool)
            elif kind == "ping":
                continue
            else:
                raise p.Garbage(f"unexpected {kind[:40]!r}")

    def _changes(self, peer: _Peer, message: dict[str, Any]) -> None:
        from jalostamo.errors import FileRefused, StorageFull

        batch = p.field(message, "batch", int)
        try:
            changes = cs.ChangeSet.from_obj(message.get("cs"))
        except cs.BadChangeSet as exc:
            raise p.Garbage(str(exc)) from None
        if changes.programme_id != self.doc.programme_id:
            raise p.Garbage("another programme")
        refused, rejected = 0, False
        try:
            summary = self.stage.apply(self.merge, changes, name=f"live-{peer.name or peer.device_id}",
                               meta={"role": "team", "team_id": peer.team_id or "",
                                     "device_id": peer.device_id})
            refused = sum(summary.ignored.values())
        except cs.BadChangeSet as exc:
            raise p.Garbage(str(exc)) from None
        except FileRefused as exc:
            detail = str(exc.params.get("detail", exc.key))
            self._refuse("live.refused_changes", device=peer.name, detail=detail)
            self._tell(peer, "live.refused_changes", device=peer.name, detail=detail)
            refused, rejected = len(changes), True
        except (StorageFull, UserError) as exc:
            log.error("room: the changes of %s could not be written: %s", peer.name, exc)
            return  # not acknowledged: the laptop sends them again
        if refused and not rejected:
            label = self._team_label(peer.team_id)
            self._refuse("live.refused_other_team", device=peer.name, team=label, count=refused)
            self._tell(peer, "live.refused_other_team", device=peer.name, team=label,
                       count=refused)
        assert peer.queue is not None
        peer.queue.put_nowait(p.dumps({"t": "ack", "batch": batch, "refused": refused}))
        # published together with whatever else arrives meanwhile (one changeset for the
        # room instead of one per laptop's message); an erasure record erases elsewhere in
        # the file too: then everything is looked at
        if "erasures" in changes.tables:
            self._dirty_all = True
        self._dirty.update(changes.row_keys())
        assert self._poke is not None
        self._poke.set()

    def _tell(self, peer: _Peer, key: str, **params: Any) -> None:
        if peer.queue is not None:
            peer.queue.put_nowait(p.dumps({"t": "refused", "key": key, "params": params}))

    # --- presence and broadcast ----------------------------------------------------------------

    def _presences(self) -> tuple[Presence, ...]:
        return tuple(Presence(device, seen.name, seen.team_id, seen.team_label, seen.screen,
                              seen.last_activity_ms, seen.connected, seen.offset_ms)
                     for device, seen in list(self._seen.items()))

    def _see(self, device_id: str, name: str, team_id: str | None) -> _Seen:
        seen = self._seen.get(device_id)
        if seen is None:
            seen = _Seen(name, team_id, self._team_label(team_id))
            with self._lock:
                self._seen[device_id] = seen
        return seen

    def _presence_changed(self) -> None:
        presences = self._presences()
        text = p.dumps({"t": "presence", "list": [asdict(x) for x in presences]})
        for peer in self._peers.values():
            if peer.live and peer.queue is not None:
                peer.queue.put_nowait(text)
        self._emit(RoomEventKind.PRESENCE)

    def _send_broadcast(self, update: RoomBroadcast) -> None:
        with self._lock:
            self._broadcast = replace(update, seq=self._broadcast.seq + 1)
            if self._view is not None and self._view.board_id != update.follow_board:
                self._view = None  # "Follow me" ended (or moved to another board)
        obj = _broadcast_obj(self._broadcast)
        self.sidecar.put(broadcast=json.dumps(obj))
        text = p.dumps({"t": "broadcast", "broadcast": obj})
        for peer in self._peers.values():
            if peer.live and peer.queue is not None:
                peer.queue.put_nowait(text)
        self._emit(RoomEventKind.BROADCAST)

    def _share_view(self, view: SharedView) -> None:
        """Send the latest view at most every ``VIEW_GAP_S``: one sent now, or one later
        (whatever is the latest then) when the last went out less than that ago."""
        with self._lock:
            self._view = view
        if self._view_waiting:
            return
        wait = self._view_at + p.VIEW_GAP_S - time.monotonic()
        if wait > 0:
            self._view_waiting = True
            assert self._loop is not None
            self._loop.call_later(wait, self._send_view)
        else:
            self._send_view()

    def _send_view(self) -> None:
        self._view_waiting = False
        view = self._view
        if view is None or view.board_id != self._broadcast.follow_board:
            return
        self._view_at = time.monotonic()
        text = _view_text(view)
        for peer in self._peers.values():
            if peer.live and peer.following and peer.queue is not None:
                peer.queue.put_nowait(text)

    def _revoke(self, device_id: str) -> None:
        self.sidecar.revoke(device_id)
        with self._lock:
            self._seen.pop(device_id, None)
        peer = self._peers.pop(device_id, None)
        log.info("room: device %s revoked", device_id)
        if peer is not None:
            self._tell(peer, "live.device_refused", device=device_id)

            async def close() -> None:
                await asyncio.sleep(0.05)  # after the message above
                await peer.ws.close(p.REVOKED, "revoked")

            task = asyncio.ensure_future(close())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        self._presence_changed()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _server_tls(data_dir: Path) -> Any:
    from jalostamo.live.tls import server_context

    return server_context(data_dir)


def _view_text(view: SharedView) -> str:
    return p.dumps({"t": "view", "board": view.board_id, "x": view.x, "y": view.y,
                    "w": view.width, "h": view.height})


def view_from(message: dict[str, Any]) -> SharedView:
    """The view of a ``view`` message; ``Garbage`` for anything else."""
    numbers = [p.field(message, name, (int, float)) for name in ("x", "y", "w", "h")]
    if not all(abs(n) < 1e9 for n in numbers) or numbers[2] <= 0 or numbers[3] <= 0:
        raise p.Garbage("bad view")
    x, y, w, h = (float(n) for n in numbers)
    return SharedView(p.field(message, "board", str, limit=64), x, y, w, h)


def _broadcast_obj(b: RoomBroadcast) -> dict[str, Any]:
    return asdict(b)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _text_or_none(value: Any) -> str | None:
    return value[:64] if isinstance(value, str) and value else None


def _broadcast_from(obj: dict[str, Any]) -> RoomBroadcast:
    timer = obj.get("timer")
    return RoomBroadcast(seq=int(obj.get("seq", 0)),
                         timer=TimerState(**timer) if isinstance(timer, dict) else None,
                         agenda_item_id=obj.get("agenda_item_id"),
                         announcement=str(obj.get("announcement", "")),
                         eyes_on_projector=bool(obj.get("eyes_on_projector")),
                         bring_to_screen=obj.get("bring_to_screen"),
                         follow_board=_text_or_none(obj.get("follow_board")),
                         follow_session=_int(obj.get("follow_session")))


class _RefusalLog(logging.Handler):
    """The WebSocket layer's refusals (a failed opening handshake: not a WebSocket, garbage
    after TLS) as room events: every refusal is an event and a log line."""

    def __init__(self, host: Host) -> None:
        super().__init__(logging.INFO)
        self.host = host

    @classmethod
    def attach(cls, logger: logging.Logger, host: Host) -> None:
        for old in [h for h in logger.handlers if isinstance(h, cls)]:
            logger.removeHandler(old)
        logger.addHandler(cls(host))
        logger.setLevel(logging.INFO)

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if "handshake failed" in text:
            detail = str(record.exc_info[1])[:200] if record.exc_info and record.exc_info[1] \
                else text
            self.host._refuse("live.refused_garbage", address="?", detail=detail)


def _announce(host: Host) -> Any:
    from jalostamo.live.discovery import announce

    return announce(host)

