"""The room of one main window: the host (facilitator) or the client (team laptop) and what
the screens need from it.

The core calls back on its own thread; :class:`RoomEventBridge` hands every event to this
object on the GUI thread, where it updates the document's views (a ``RELOADED`` change per
table the core wrote) and tells the screens through Qt signals.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from jalostamo.errors import UserError
from jalostamo.i18n import current_language, translate
from jalostamo.live.api import (
    JoinCode,
    Presence,
    RoomBroadcast,
    RoomClient,
    RoomEvent,
    RoomEventKind,
    RoomHost,
    RoomInfo,
    RoomState,
)
from jalostamo.ui.live import memory
from jalostamo.ui.live.backend import backend
from jalostamo.ui.live.screens import current_screen, page_for
from jalostamo.ui.live.thread_bridge import RoomEventBridge

if TYPE_CHECKING:
    from jalostamo.services import Services

log = logging.getLogger(__name__)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def event_text(key: str, params: dict[str, Any]) -> str:
    """A core's message in the user's language; a key this catalogue lacks gets a plain one."""
    from jalostamo.messages import MESSAGES

    return translate(key if key in MESSAGES else "live_ui.refused", current_language(), **params)


class RoomController(QObject):
    """``changed()`` when the role, the connection, the presences or the pending count change;
    ``broadcast(RoomBroadcast)`` on a team laptop when the facilitator sends something new;
    ``notice(text)`` for a refusal or a lost connection, in the user's language."""

    changed = Signal()
    broadcast = Signal(object)
    notice = Signal(str)
    join_finished = Signal(object)  # None when joined, else the UserError that says why not
    view_shared = Signal(object)  # a team laptop: the facilitator's view moved (SharedView)
    _joined = Signal(object)  # from the joining thread

    def __init__(self, window: Any, *, clock: Callable[[], int] = wall_ms) -> None:
        super().__init__(window)
        self.setObjectName("liveRoom")
        self.window = window
        self.clock = clock
        self.host: RoomHost | None = None
        self.client: RoomClient | None = None
        self.team_id: str | None = None
        self.info: RoomInfo | None = None
        self.state: RoomState | None = None
        self.sent = RoomBroadcast()  # what the host shows everyone now
        self.seen_seq = -1
        self._followed: RoomBroadcast | None = None
        self._screen = ""
        self._waiting_for_copy = False
        self._join_ticket = 0
        self._joined.connect(self._finish_join, Qt.ConnectionType.QueuedConnection)
        self.events = RoomEventBridge(self)
        self.events.received.connect(self.on_event)
        self.poll = QTimer(self)
        self.poll.setInterval(1000)
        self.poll.timeout.connect(self.refresh)
        window.documentClosing.connect(self._document_closing)
        window.documentOpened.connect(self._document_opened)
        window.stack.currentChanged.connect(self._page_changed)
        from jalostamo.ui.live.timer_link import TimerLink

        self.timer_link = TimerLink(self)
        from jalostamo.ui.live.follow_link import FollowLink

        self.follow_link = FollowLink(self)

    @property
    def role(self) -> str | None:
        return "host" if self.host is not None else "client" if self.client is not None else None

    # --- the facilitator ------------------------------------------------------------------

    def open_room(self) -> JoinCode:
        """Host the window's open programme; raises UserError when it cannot."""
        services: Services | None = self.window.services
        if self.host is not None:
            code = self.state.join_code if self.state else None
            if code is not None:
                return code
        if services is None:
            raise UserError("live_ui.no_programme")
        if services.doc.readonly or services.doc.role == "team":
            raise UserError("live_ui.read_only")
        self.leave()
        self.events = self._new_events()
        folder = memory.host_folder(services.doc.programme_id)
        try:
            host = backend().open_host(services.doc.path, folder, self.events.deliver)
            code = host.start()
        except UserError:
            raise
        except Exception as exc:
            log.exception("the room could not be started")
            raise UserError("live_ui.host_failed", reason=str(exc)) from exc
        self.host = host
        try:  # a restarted room may still show what it showed (eyes on the projector…)
            self.sent = dataclasses.replace(host.state().broadcast, bring_to_screen=None)
        except Exception:
            self.sent = RoomBroadcast()
        memory.set_hosting(services.doc.path, True)
        self.timer_link.room_opened()
        self.refresh(force=True)
        self.poll.start()
        return code

    def new_code(self) -> JoinCode | None:
        if self.host is None:
            return None
        code = self.host.new_join_code()
        self.refresh(force=True)
        return code

    def revoke(self, device_id: str) -> None:
        if self.host is not None:
            self.host.revoke(device_id)
            self.refresh(force=True)

    def send(self, **changes: Any) -> None:
        """Show ``changes`` (fields of :class:`RoomBroadcast`) on every laptop. A screen to
        bring everyone to is sent once."""
        if self.host is None:
            return
        update = dataclasses.replace(self.sent, **changes)
        self.host.broadcast(update)
        self.sent = dataclasses.replace(update, bring_to_screen=None)
        self.changed.emit()

    def close_room(self) -> None:
        """The facilitator closes the room: it does not open again with the programme."""
        services = self.window.services
        if self.host is not None and services is not None:
            memory.set_hosting(services.doc.path, False)
        self.leave()

    # --- a team laptop --------------------------------------------------------------------

    def probe(self, text: str) -> tuple[JoinCode, RoomInfo]:
        """The code typed or pasted and what the room offers; UserError in the user's words."""
        text = text.strip()
        if not text:
            raise UserError("live_ui.code_empty")
        code = self._guarded(lambda: backend().parse_code(text))
        return code, self._guarded(lambda: backend().probe_room(code))

    def join(self, code: JoinCode, info: RoomInfo | None, team_id: str) -> None:
        """Join as ``team_id`` on a worker thread (the core waits for the laptop's copy);
        ``join_finished`` tells how it went, and the copy opens as the window's document."""
        self.leave()
        self.events = self._new_events()
        self._join_ticket += 1
        ticket, deliver = self._join_ticket, self.events.deliver
        folder = memory.join_folder(code.fingerprint, team_id)

        def work() -> None:
            outcome: tuple[RoomClient | None, UserError | None]
            try:
                client = self._guarded(lambda: backend().join_room(code, team_id, folder, deliver))
                outcome = (client, None)
            except UserError as exc:
                outcome = (None, exc)
            except BaseException as exc:  # never a traceback for the user
                log.exception("joining the room failed")
                outcome = (None, UserError("live_ui.join_failed"))
                del exc
            try:
                self._joined.emit((ticket, code, info, team_id, outcome))
            except RuntimeError:  # the window closed meanwhile
                if outcome[0] is not None:
                    outcome[0].stop()

        threading.Thread(target=work, name="jalostamo-room-join", daemon=True).start()

    def rejoin_last(self) -> bool:
        """Join the room joined last (after a restart: the laptop's folder keeps its
        credential, so an expired code still finds the way back). False if there is none."""
        text, team_id = memory.last_join()
        if not text or not team_id:
            return False
        code = self._guarded(lambda: backend().parse_code(text))
        self.join(code, None, team_id)
        return True

    def _finish_join(self, result: tuple[Any, ...]) -> None:
        ticket, code, info, team_id, (client, error) = result
        if ticket != self._join_ticket or self.role is not None:  # given up or superseded
            if client is not None:
                client.stop()
            return
        if error is not None:
            self.notice.emit(error.message(current_language()))
            self.join_finished.emit(error)
            return
        self.client, self.team_id, self.info = client, team_id, info
        self.seen_seq = -1
        self._followed = None
        memory.remember_join(code.text(), team_id)
        self.refresh(force=True)
        self.poll.start()
        self._waiting_for_copy = True
        self._open_copy()
        self.join_finished.emit(None)

    def _guarded(self, call: Callable[[], Any]) -> Any:
        from jalostamo.messages import MESSAGES

        try:
            return call()
        except UserError as exc:
            if exc.key in MESSAGES:
                raise
            log.warning("joining the room failed: %s", exc.key)
            raise UserError("live_ui.join_failed") from exc
        except Exception as exc:  # a network failure is the user's to fix, never a traceback
            log.warning("joining the room failed: %r", exc)
            raise UserError("live_ui.join_failed") from exc

    def _open_copy(self) -> None:
        if not self._waiting_for_copy or self.client is None:
            return
        path = self.client.local_path
        if not path.is_file():
            return  # opened when the first event says it is there
        self._waiting_for_copy = False
        services = self.window.services
        if (services is not None and _same(services.doc.path, path)) or \
                self.window.open_file(path):  # (already open: the app reopened it)
            self._report_screen()

    def is_room_copy(self, path: Path) -> bool:
        return self.client is not None and _same(path, self.client.local_path)

    # --- both -----------------------------------------------------------------------------

    def leave(self) -> None:
        """Stop hosting or leave the room (the laptop's copy stays open and editable)."""
        self._join_ticket += 1  # a join still under way is given up
        host, client = self.host, self.client
        self.host = self.client = None
        self.state = None
        self.info = None
        self.team_id = None
        self._screen = ""
        self._waiting_for_copy = False
        self.poll.stop()
        self.events.close()
        for part in (host, client):
            if part is not None:
                try:
                    part.stop()
                except Exception:
                    log.exception("stopping the room failed")
        if host is not None or client is not None:
            self.broadcast.emit(RoomBroadcast())  # banners and overlays go away
            self.changed.emit()

    def _new_events(self) -> RoomEventBridge:
        self.events.close()
        self.events.received.disconnect(self.on_event)
        self.events.deleteLater()
        events = RoomEventBridge(self)
        events.received.connect(self.on_event)
        return events

    def refresh(self, force: bool = False) -> None:
        part = self.host or self.client
        if part is None:
            return
        try:
            state = part.state()
        except Exception:
            log.exception("reading the room's state failed")
            return
        if force or state != self.state:
            self.state = state
            self.changed.emit()
        if self.client is not None:
            self._follow(state.broadcast)

    def own_presence(self) -> Presence | None:
        services = self.window.services
        if self.state is None or services is None:
            return None
        mine = services.doc.device_id
        return next((p for p in self.state.presences if p.device_id == mine), None)

    def host_now(self) -> int:
        """The host's clock now, as well as this laptop knows it (the offset measured when it
        joined: the laptop's clock minus the host's)."""
        offset = getattr(self.client, "offset_ms", None)  # the core's client keeps it
        if not isinstance(offset, int):
            presence = self.own_presence() if self.client is not None else None
            offset = presence.clock_offset_ms if presence is not None else 0
        return self.clock() - offset

    def on_event(self, event: RoomEvent) -> None:
        """One event of the core, on the GUI thread."""
        if self.role is None:
            return
        if event.kind == RoomEventKind.VIEW:  # up to 10 a second: nothing else to refresh
            if self.client is not None:
                self.view_shared.emit(self.client.state().view)
            return
        if event.kind == RoomEventKind.CHANGES_APPLIED:
            self._open_copy()
            self._reload(event.tables)
        elif event.kind == RoomEventKind.REFUSED:
            self.notice.emit(event_text(event.message_key, event.params))
        elif event.kind == RoomEventKind.CONNECTION:
            self._open_copy()
            if event.message_key and event.message_key != "live.connected":
                self.notice.emit(event_text(event.message_key, event.params))
        self.refresh(force=event.kind != RoomEventKind.CHANGES_APPLIED)

    def _reload(self, tables: frozenset[str]) -> None:
        services: Services | None = self.window.services
        if services is None:
            return
        from jalostamo.services.room_changes import reload_changes

        for change in reload_changes(services.entities, tables):
            services.events.emit(change)

    def _follow(self, update: RoomBroadcast) -> None:
        """Show what the facilitator sends; a screen to go to is followed once per update
        (by its sequence number; a restarted host may count from the start again)."""
        if update == self._followed:
            return
        self._followed = update
        self.broadcast.emit(update)
        if update.bring_to_screen and update.seq != self.seen_seq:
            self.window.show_page(page_for(update.bring_to_screen, self._team()))
        self.seen_seq = update.seq

    def _team(self) -> str | None:
        services = self.window.services
        if services is not None and services.doc.team_id:
            return str(services.doc.team_id)
        return self.team_id

    # --- the screen a laptop shows ------------------------------------------------------

    def _page_changed(self, _index: int) -> None:
        page = self.window.stack.currentWidget()
        tabs = getattr(page, "tabs", None)
        if page is not None and tabs is not None and not page.property("liveTracked"):
            page.setProperty("liveTracked", True)
            tabs.currentChanged.connect(self._page_changed)
        if self.host is not None:
            self.timer_link.attach_all()
            self.follow_link.page_changed()
        self._report_screen()

    def set_following(self, following: bool) -> None:
        """A team laptop follows the facilitator's view, or stops following it."""
        if self.client is not None:
            try:
                self.client.set_following(following)
            except Exception:
                log.exception("telling the room about following failed")

    def _report_screen(self) -> None:
        if self.client is None:
            return
        screen = current_screen(self.window)
        if screen != self._screen:
            self._screen = screen
            try:
                self.client.set_screen(screen)
            except Exception:
                log.exception("reporting the screen failed")

    def _document_opened(self, services: Services) -> None:
        bridge = self.window.bridge
        if bridge is not None:
            bridge.changed.connect(self._committed)
        doc = services.doc
        if self.role is None and not doc.readonly and doc.role != "team" \
                and memory.is_hosting(doc.path):
            QTimer.singleShot(0, self._reopen_room)
        elif self.role is None and not doc.readonly and self._is_last_rooms_copy(doc.path):
            QTimer.singleShot(0, self._rejoin_quietly)  # the app reopened the laptop's copy

    def _is_last_rooms_copy(self, path: Path) -> bool:
        text, team_id = memory.last_join()
        if not text or not team_id:
            return False
        try:
            code = backend().parse_code(text)
        except Exception:
            return False
        return _same(path.parent, memory.join_folder(code.fingerprint, team_id))

    def _rejoin_quietly(self) -> None:
        if self.role is not None:
            return
        try:
            self.rejoin_last()
        except UserError as exc:
            self.notice.emit(exc.message(current_language()))

    def _reopen_room(self) -> None:
        """The room was open when the programme was closed: it opens again (the same room,
        so the laptops reconnect by themselves)."""
        if self.role is not None or self.window.services is None:
            return
        try:
            self.open_room()
        except UserError as exc:
            self.notice.emit(exc.message(current_language()))

    def _committed(self, change: Any) -> None:
        """A local edit was committed: the core would notice it; this makes it sooner."""
        from jalostamo.services.events import Op

        part = self.host or self.client
        if part is not None and getattr(change, "op", None) != Op.RELOADED:
            try:
                part.local_change()
            except Exception:
                log.exception("telling the room of an edit failed")

    def _document_closing(self, services: Services) -> None:
        path = services.doc.path
        if self.host is not None or (self.client is not None and self.is_room_copy(path)):
            self.leave()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
