"""A team's laptop in the room: follows the host in its own copy of the programme.

The copy (``room.jalostamo`` in the data folder) is a team file of the laptop's team, which the
app opens as its document: offline stays first. One background thread runs an asyncio loop:

- local commits (the app's, on its own connection) are found by comparing every row's version
  with the last seen (``PRAGMA data_version`` says when to look); changed rows become pending
  (kept in the sidecar) and are sent as changesets until the host acknowledges them;
- the host's changes are merged into the copy by the merge core, and the watermark (the host's
  sequence number) is kept with them; a row that differs from the host's after the merge (an
  edit made here meanwhile) stays pending and goes to the host;
- after a lost connection it reconnects by itself, sends its watermark and every pending row.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import sqlite3
import threading
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
    RoomInfo,
    RoomState,
    SharedView,
)
from jalostamo.live.host import _broadcast_from, view_from
from jalostamo.live.sidecar import Sidecar
from jalostamo.services import changeset as cs
from jalostamo.services import clock as hlc

log = logging.getLogger("jalostamo.live")

LOCAL_NAME = "room.jalostamo"
STATE_NAME = "client-state.sqlite3"


class RoomError(UserError):
    """A join or probe that did not succeed (the key says why)."""


#: "network is unreachable" / "no route to host", as POSIX errnos and as Windows' WSA codes
_NO_ROUTE = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, 10051, 10065})


def unreachable_key(exc: BaseException) -> str:
    """The message key saying, in the user's words, why a room could not be reached.

    The operating system's own text (English on most laptops) goes to the log, not to the user.
    """
    if isinstance(exc, ConnectionRefusedError):
        return "live.unreachable_refused"
    if isinstance(exc, TimeoutError):
        return "live.unreachable_timeout"
    if isinstance(exc, OSError) and (exc.errno in _NO_ROUTE or getattr(exc, "winerror", None) in _NO_ROUTE):
        return "live.unreachable_network"
    return "live.unreachable"


def _uri(host: str, port: int) -> str:
    return f"wss://{host}:{port}/"


async def _connect(host: str, port: int, fingerprint: str, timeout: float) -> Any:
    """A connection to the room whose certificate is the pinned one, or a RoomError."""
    from websockets.asyncio.client import connect

    from jalostamo.live.tls import client_context, peer_fingerprint

    address = f"{host}:{port}"
    try:
        ws = await connect(_uri(host, port), ssl=client_context(), max_size=p.MAX_FROM_HOST,
                           proxy=None, compression=None, open_timeout=timeout,
                           ping_interval=5, ping_timeout=15, close_timeout=2)
    except (OSError, TimeoutError) as exc:
        log.info("could not reach the room at %s: %r", address, exc)
        raise RoomError(unreachable_key(exc), address=address) from None
    except Exception as exc:  # the handshake failed: not our host
        log.info("the handshake with %s failed: %r", address, exc)
        raise RoomError("live.unreachable", address=address) from None
    if peer_fingerprint(ws.transport.get_extra_info("ssl_object")) != fingerprint:
        await ws.close()
        raise RoomError("live.fingerprint_mismatch", address=address)
    return ws


def _refusal(reply: dict[str, Any]) -> RoomError:
    key = reply.get("key") if isinstance(reply.get("key"), str) else "live.code_expired"
    raw = reply.get("params")
    params: dict[str, Any] = raw if isinstance(raw, dict) else {}
    from jalostamo.messages import MESSAGES

    if key not in MESSAGES:
        key, params = "live.code_expired", {}
    return RoomError(key, **params)


def probe(code: JoinCode, timeout: float = 5) -> RoomInfo:
    async def run() -> RoomInfo:
        ws = await _connect(code.host, code.port, code.fingerprint, timeout)
        try:
            await ws.send(p.dumps({"t": "probe", "secret": code.secret}))
            reply = p.loads(await asyncio.wait_for(ws.recv(), timeout))
        finally:
            await ws.close()
        if reply["t"] != "info":
            raise _refusal(reply)
        teams = tuple((str(t[0]), str(t[1])) for t in reply.get("teams", []))
        return RoomInfo(str(reply.get("programme_name", "")), teams)

    try:  # the host decides whether the code is still good (this laptop's clock may be off)
        return asyncio.run(run())
    except p.Garbage as exc:
        log.info("the room at %s:%s answered garbage: %s", code.host, code.port, exc)
        raise RoomError("live.unreachable", address=f"{code.host}:{code.port}") from None


class Client:
    def __init__(self, data_dir: Path, *, on_event: OnEvent, device_name: str = "") -> None:
        self.data_dir = Path(data_dir)
        self.on_event = on_event
        self.device_name = device_name
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.sidecar = Sidecar(self.data_dir / STATE_NAME)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self._poke: asyncio.Event | None = None
        self._ws: Any = None
        self._out: asyncio.Queue[str] | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        self._lock = threading.Lock()
        self._connected = False
        self._presences: tuple[Presence, ...] = ()
        self._broadcast = RoomBroadcast()
        self._screen = "desk"
        self._following = True
        self._view: SharedView | None = None
        self.last_sync_ms = 0
        self.pending: dict[tuple[str, str], str] = self.sidecar.pending()
        self.inflight: dict[tuple[str, str], str] = {}
        self.batches: dict[int, dict[tuple[str, str], str]] = {}
        self.batch = 0
        self.refused_for_good = False
        self.offset_ms = 0

    # --- joining (the caller's thread) -------------------------------------------------------

    @staticmethod
    def has_joined(data_dir: Path, code: JoinCode) -> bool:
        """Whether ``data_dir`` already joined the room of ``code`` (it then resumes)."""
        if not (Path(data_dir) / STATE_NAME).exists():
            return False
        sidecar = Sidecar(Path(data_dir) / STATE_NAME)
        try:
            if sidecar.get("revoked") and sidecar.get("secret") != code.secret:
                return False  # refused by the room: a new code from the facilitator joins again
            return (sidecar.get("fingerprint") == code.fingerprint and bool(sidecar.get("token"))
                    and (Path(data_dir) / LOCAL_NAME).exists())
        finally:
            sidecar.close()

    @property
    def local_path(self) -> Path:
        return self.data_dir / LOCAL_NAME


    def join(self, code: JoinCode, team_id: str, timeout: float = 60) -> None:
        """Join with the code: the snapshot (a team file) is on disk when this returns."""

        async def run() -> None:
            ws = await _connect(code.host, code.port, code.fingerprint, timeout)
            try:
                await ws.send(p.dumps({"t": "join", "secret": code.secret, "team": team_id,
                                       "name": self.device_name[:100] or "?",
                                       "wall": hlc.wall_ms()}))
                reply = p.loads(await asyncio.wait_for(ws.recv(), timeout))
                if reply["t"] != "joined":
                    raise _refusal(reply)
                size = int(reply["size"])
                chunks: list[bytes] = []
                got = 0
                while got < size:
                    chunk = await asyncio.wait_for(ws.recv(), timeout)
                    if not isinstance(chunk, bytes):
                        raise p.Garbage("snapshot")
                    chunks.append(chunk)
                    got += len(chunk)
            finally:
                await ws.close()
            self._write_snapshot(b"".join(chunks), reply, code, team_id)

        try:
            asyncio.run(asyncio.wait_for(run(), timeout))
        except TimeoutError:
            raise RoomError("live.join_timeout", seconds=int(timeout)) from None
        except (p.Garbage, KeyError, ValueError) as exc:
            raise RoomError("live.unreachable", address=f"{code.host}:{code.port}",
                            detail=str(exc)[:200]) from None

    def _write_snapshot(self, data: bytes, reply: dict[str, Any], code: JoinCode,
                        team_id: str) -> None:
        from jalostamo.store.device import device_id
        from jalostamo.store.document import make_engine
        from jalostamo.store.meta import write_meta

        target = self.local_path
        if target.exists():  # a copy of an earlier room: kept aside, never overwritten
            aside = target.with_name(f"room-{hlc.wall_ms()}.jalostamo")
            os.replace(target, aside)
            for side in ("-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.replace(f"{target}{side}", f"{aside}{side}")
        tmp = target.with_name(f".{target.name}.partial")
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # the laptop's clock against the host's, measured now: the copy's stamps are corrected
        # from the first edit on (services/clock.py), however long the laptop waits to edit
        offset = int(reply.get("offset", 0))
        engine = make_engine(tmp, pooled=False)
        try:
            with engine.begin() as conn:
                write_meta(conn, anchor_device=device_id(), anchor_local_ms=str(hlc.wall_ms()),
                           clock_measured_ms=str(offset),
                           clock_offset_ms=str(-offset if abs(offset) > hlc.DRIFT_MS else 0))
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        read = sqlite3.connect(tmp)
        try:
            versions = cs.read_versions(read)
        finally:
            read.close()
        os.replace(tmp, target)
        self.sidecar.conn.execute("DELETE FROM versions")
        self.sidecar.conn.execute("DELETE FROM pending")
        self.pending = {}
        self.sidecar.record(versions, host=code.host, port=code.port, fingerprint=code.fingerprint,
                            device=reply["device"], token=reply["token"], epoch=reply["epoch"],
                            watermark=int(reply["seq"]), team_id=team_id,
                            programme=reply["programme"], offset=offset, secret=code.secret,
                            revoked="")

    # --- the contract ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="jalostamo-room-client", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is None or self._loop is None:
            return
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(self._stop_now)
        self._thread.join(timeout=15)
        self._thread = None

    def set_screen(self, screen: str) -> None:
        self._screen = screen[:40]
        self._call(lambda: self._send(p.dumps({"t": "screen", "screen": self._screen})))

    def set_following(self, following: bool) -> None:
        self._following = bool(following)
        self._call(lambda: self._send(p.dumps({"t": "follow", "on": self._following})))

    def local_change(self) -> None:
        if self._loop is not None and self._poke is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._poke.set)

    def state(self) -> RoomState:
        with self._lock:
            return RoomState(role="client", connected=self._connected, join_code=None,
                             presences=self._presences, broadcast=self._broadcast,
                             pending_changes=len(self.pending), last_sync_ms=self.last_sync_ms,
                             view=self._view)

    # --- the loop ----------------------------------------------------------------------------------

    def _call(self, fn: Any) -> None:
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(fn)

    def _emit(self, kind: RoomEventKind, **values: Any) -> None:
        try:
            self.on_event(RoomEvent(kind, **values))
        except Exception:
            log.exception("room event handler failed")

    def _stop_now(self) -> None:
        if self._stopping is not None:
            self._stopping.set()
        if self._ws is not None:
            task = asyncio.ensure_future(self._ws.close())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException:
            log.exception("the room client stopped")
        finally:
            loop.close()
            self._close_files()

    def _open_files(self) -> None:
        from jalostamo.live.local_file import open_shared
        from jalostamo.services.events import EventBus
        from jalostamo.services.merge import MergeService
        from jalostamo.store.device import device_id

        self.doc, self.read = open_shared(self.local_path, device_id())
        self.merge = MergeService(self.doc, EventBus())
        self.stage = cs.Stage(self.read)
        self.versions = self.sidecar.versions()
        self._data_version = -1

    def _close_files(self) -> None:
        for name in ("sidecar",):
            thing = getattr(self, name, None)
            if thing is not None:
                with contextlib.suppress(Exception):
                    thing.close()
        doc = getattr(self, "doc", None)
        if doc is not None:
            doc.engine.dispose()

    async def _main(self) -> None:
        from websockets.exceptions import ConnectionClosed

        self._stopping = asyncio.Event()
        self._poke = asyncio.Event()
        self._open_files()
        self._scan()  # edits made while the room was not followed
        poll = asyncio.ensure_future(self._poll())
        backoff = 0.1
        try:
            while not self._stopping.is_set() and not self.refused_for_good:
                try:
                    ws = await _connect(self.sidecar.get("host"), int(self.sidecar.get("port")),
                                        self.sidecar.get("fingerprint"), 10)
                except RoomError as exc:
                    log.info("room: %s", exc.message("en"))
                else:
                    backoff = 0.1
                    await self._session(ws)
                if self._connected:
                    with self._lock:
                        self._connected = False
                if self._stopping.is_set() or self.refused_for_good:
                    break
                self._emit(RoomEventKind.CONNECTION, message_key="live.reconnecting",
                           params={"connected": False})
                with contextlib.suppress(asyncio.TimeoutError, TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), backoff)
                backoff = min(backoff * 2, 2.0)
        except ConnectionClosed:
            pass
        finally:
            poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poll
            if self._ws is not None:
                with contextlib.suppress(Exception):
                    await self._ws.close()
            self._emit(RoomEventKind.CONNECTION, message_key="live.disconnected",
                       params={"connected": False})

    async def _session(self, ws: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        self.inflight.clear()
        self.batches.clear()
        try:
            await ws.send(p.dumps({"t": "hello", "device": self.sidecar.get("device"),
                                   "token": self.sidecar.get("token"),
                                   "epoch": self.sidecar.get("epoch"),
                                   "watermark": int(self.sidecar.get("watermark", "0")),
                                   "wall": hlc.wall_ms(), "screen": self._screen}))
            self._out = asyncio.Queue()
            writer = asyncio.ensure_future(self._write(ws, self._out))
            inbox: asyncio.Queue[Any] = asyncio.Queue()
            reader = asyncio.ensure_future(self._pump(ws, inbox))
            self._ws = ws
            try:
                while True:
                    first = await inbox.get()
                    batch = [first]
                    while not inbox.empty():  # what came meanwhile is applied together
                        batch.append(inbox.get_nowait())
                    ended = self._handle_all(batch)
                    if ended is not None:
                        if isinstance(ended, BaseException):
                            raise ended
                        break
            finally:
                writer.cancel()
                reader.cancel()
        except ConnectionClosed:
            pass
        except p.Garbage as exc:
            log.warning("room: the host sent something unexpected: %s", exc)
        except Exception:  # e.g. the copy locked by the app too long: not applied, sent again
            log.exception("room: the host's changes could not be applied; reconnecting")
        finally:
            self._ws = None
            with contextlib.suppress(Exception):
                await ws.close()

    @staticmethod
    async def _pump(ws: Any, inbox: asyncio.Queue[Any]) -> None:
        """The host's messages into ``inbox``; then the way the connection ended."""
        try:
            async for raw in ws:
                inbox.put_nowait(p.loads(raw))
            inbox.put_nowait(True)
        except BaseException as exc:  # handed to the session
            inbox.put_nowait(exc)

    def _handle_all(self, batch: list[Any]) -> Any:
        """Handle messages in order; consecutive changes are merged as one changeset.
        Returns how the connection ended (True, an exception) or None."""
        changes: list[dict[str, Any]] = []
        for message in batch:
            if not isinstance(message, dict):
                if changes:
                    self._apply(changes)
                return message
            if message["t"] == "changes":
                changes.append(message)
                continue
            if changes:
                self._apply(changes)
                changes = []
            self._handle(message)
        if changes:
            self._apply(changes)
        return None

    def _handle(self, message: dict[str, Any]) -> None:
        kind = message["t"]
        if kind == "welcome":
            self.offset_ms = int(message.get("offset", 0))
            with self._lock:
                self._connected = True
                self._broadcast = _broadcast_from(message.get("broadcast") or {})
            if self.sidecar.get("epoch") != message.get("epoch"):
                self.sidecar.put(epoch=message.get("epoch"), watermark=0)
            self._emit(RoomEventKind.CONNECTION, message_key="live.connected",
                       params={"connected": True})
            if self._screen != "desk":
                self._send(p.dumps({"t": "screen", "screen": self._screen}))
            if not self._following:  # the host takes every laptop as following
                self._send(p.dumps({"t": "follow", "on": False}))
            self._flush()
        elif kind == "changes":
            self._apply([message])
        elif kind == "ack":
            self._acked(int(message.get("batch", -1)))
        elif kind == "presence":
            with self._lock:
                self._presences = tuple(Presence(**x) for x in message.get("list", []))
            self._emit(RoomEventKind.PRESENCE)
        elif kind == "broadcast":
            with self._lock:
                self._broadcast = _broadcast_from(message.get("broadcast") or {})
                if self._view is not None and self._view.board_id != self._broadcast.follow_board:
                    self._view = None
            self._emit(RoomEventKind.BROADCAST)
        elif kind == "view":
            view = view_from(message)
            with self._lock:
                self._view = view
            if self._following:
                self._emit(RoomEventKind.VIEW)
        elif kind == "refused":
            refusal = _refusal(message)
            log.warning("room: refused: %s", refusal.message("en"))
            self._emit(RoomEventKind.REFUSED, message_key=refusal.key or "", params=refusal.params)
            if refusal.key == "live.device_refused":
                self.refused_for_good = True
                self.sidecar.put(revoked=1)  # only a new code joins again (this copy kept aside)

    # --- local changes ---------------------------------------------------------------------------------

    async def _poll(self) -> None:
        assert self._poke is not None
        while True:
            with contextlib.suppress(asyncio.TimeoutError, TimeoutError):
                await asyncio.wait_for(self._poke.wait(), p.POLL_S)
            self._poke.clear()
            try:
                version = self.read.execute("PRAGMA data_version").fetchone()[0]
                if version != self._data_version:
                    self._data_version = version
                    if self._scan():
                        self._flush()
            except sqlite3.Error as exc:
                log.warning("room: reading the copy failed: %s", exc)

    def _scan(self) -> bool:
        now = cs.read_versions(self.read)
        changed = {k: v for k, v in now.items() if self.versions.get(k) != v}
        if not changed:
            return False
        self.versions.update(changed)
        self.pending.update(changed)
        self.sidecar.record(changed, pending_add=changed)
        return True

    def _send(self, text: str) -> None:
        if self._ws is not None and self._out is not None:
            self._out.put_nowait(text)

    async def _write(self, ws: Any, out: asyncio.Queue[str]) -> None:
        from websockets.exceptions import ConnectionClosed

        with contextlib.suppress(ConnectionClosed):
            while True:
                await ws.send(await out.get())

    def _flush(self) -> None:
        if self._ws is None or not self._connected:
            return
        todo = {k: v for k, v in self.pending.items() if self.inflight.get(k) != v}
        if not todo:
            return
        changes = cs.collect(self.read, self.sidecar.get("programme"), todo)
        for part in cs.split(changes):
            self.batch += 1
            sent = {k: todo[k] for k in part.row_keys() if k in todo}
            if not sent:
                continue
            self.batches[self.batch] = sent
            self.inflight.update(sent)
            self._send(f'{{"t":"changes","batch":{self.batch},"cs":'
                       f'{part.to_bytes().decode("utf-8")}}}')

    def _acked(self, batch: int) -> None:
        sent = self.batches.pop(batch, None)
        if not sent:
            return
        done = [k for k, v in sent.items() if self.pending.get(k) == v]
        for k in done:
            self.pending.pop(k, None)
        for k in sent:
            self.inflight.pop(k, None)
        self.sidecar.record({}, pending_drop=done)
        self.last_sync_ms = hlc.wall_ms()

    # --- the host's changes ---------------------------------------------------------------------------

    def _apply(self, messages: list[dict[str, Any]]) -> None:
        rows: dict[str, dict[str, tuple[Any, ...]]] = {}
        programme = ""
        seq = None
        for message in messages:
            try:
                part = cs.ChangeSet.from_obj(message.get("cs"))
            except cs.BadChangeSet as exc:
                raise p.Garbage(str(exc)) from None
            programme = part.programme_id
            for name, got in part.rows.items():
                by_id = rows.setdefault(name, {})
                for row in got:
                    by_id[row[0]] = row  # the later message has the later version
            if isinstance(message.get("seq"), int):
                seq = message["seq"]
        self._apply_changes(cs.ChangeSet(programme, {n: list(r.values()) for n, r in rows.items()}),
                            seq)

    def _apply_changes(self, changes: cs.ChangeSet, seq: int | None) -> None:
        local = self._local_rows(changes)
        differs = {name: [row for row in rows if local.get((name, row[0])) != row]
                   for name, rows in changes.rows.items()}
        tables = frozenset(name for name, rows in differs.items() if rows)
        if tables:
            differs["programmes"] = changes.rows.get("programmes", [])
            news = cs.ChangeSet(changes.programme_id, differs)
            self.stage.apply(self.merge, news, name="live-host", meta={"role": "programme"})
            local = self._local_rows(changes)
        # rows now as the host has them are seen; a row that differs (an edit made here
        # meanwhile, joined with the host's) stays pending and goes back
        versions: dict[tuple[str, str], str] = {}
        add: dict[tuple[str, str], str] = {}
        drop: list[tuple[str, str]] = []
        for name, rows in changes.rows.items():
            for row in rows:
                key = (name, row[0])
                mine = local.get(key)
                if mine is None:
                    continue
                version = cs.version_of(name, mine)
                versions[key] = version
                if mine == row:
                    if key in self.pending:
                        drop.append(key)
                else:
                    add[key] = version
        self.versions.update(versions)
        for key in drop:
            self.pending.pop(key, None)
        self.pending.update(add)
        facts = {"watermark": seq} if seq is not None else {}
        self.sidecar.record(versions, pending_add=add, pending_drop=drop, **facts)
        self.last_sync_ms = hlc.wall_ms()
        if tables:
            self._emit(RoomEventKind.CHANGES_APPLIED, tables=tables)
        if add:
            self._flush()

    def _local_rows(self, changes: cs.ChangeSet) -> dict[tuple[str, str], tuple[Any, ...]]:
        out: dict[tuple[str, str], tuple[Any, ...]] = {}
        got = cs.collect(self.read, changes.programme_id, changes.row_keys())
        for name, rows in got.rows.items():
            for row in rows:
                out[(name, row[0])] = tuple(row)
        return out

