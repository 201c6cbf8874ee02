"""The live venue mode's contract between the network core and the UI (Qt-free).

The facilitator's laptop hosts the open programme (:func:`jalostamo.live.open_host`); the
teams' laptops join with a join code (:func:`jalostamo.live.probe_room`, then
:func:`jalostamo.live.join_room`). Each side runs the network on its own background thread
and reports to the UI through ``on_event`` callbacks, **called on that background thread**:
the UI must hand them over to its own thread (a queued Qt signal) before touching widgets.

A client works on its own copy of the programme (``RoomClient.local_path``, a team file of
its team), which the app opens as its document: offline stays first. Both sides notice local
commits by themselves (SQLite's ``data_version``); ``local_change()`` only makes it quicker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class JoinCode:
    """What a team laptop needs to join: where, a one-time secret, and the pinned certificate."""

    host: str  # an IPv4 address of the facilitator's laptop
    port: int
    secret: str  # one-time, expires at ``expires_ms``
    fingerprint: str  # SHA-256 of the host's TLS certificate (hex), pinned by the client
    expires_ms: int  # wall-clock ms since the epoch on the host

    def text(self) -> str:
        """The code as text (also the QR code's content); :meth:`parse` reads it back."""
        from jalostamo.live.join_code import code_text

        return code_text(self)

    @classmethod
    def parse(cls, text: str) -> JoinCode:
        """Raises a ``UserError`` (key ``live.code_invalid``) for anything that is not a code."""
        from jalostamo.live.join_code import parse_code

        return parse_code(text)


@dataclass(frozen=True)
class RoomInfo:
    """What :func:`probe_room` learns before joining: the programme and its teams."""

    programme_name: str
    teams: tuple[tuple[str, str], ...]  # (team id, label), in the programme's order


@dataclass(frozen=True)
class Presence:
    device_id: str
    device_name: str
    team_id: str | None  # None: an observer (read-only everywhere)
    team_label: str
    screen: str  # the screen's key, e.g. "desk", "board", "card", "tests", "reviews"
    last_activity_ms: int  # host clock
    connected: bool
    clock_offset_ms: int  # the laptop's clock minus the host's, measured at join


@dataclass(frozen=True)
class TimerState:
    running: bool
    remaining_ms: int  # at ``updated_ms`` (host clock)
    total_ms: int
    label: str
    updated_ms: int


@dataclass(frozen=True)
class RoomBroadcast:
    """What the facilitator shows on every laptop. ``seq`` grows with every update."""

    seq: int = 0
    timer: TimerState | None = None
    agenda_item_id: str | None = None
    announcement: str = ""
    eyes_on_projector: bool = False  # teams' editing paused, with a message
    bring_to_screen: str | None = None  # a screen key every laptop switches to once
    follow_board: str | None = None  # "Follow me": laptops follow the facilitator on this board
    follow_session: int = 0  # a new number each time "Follow me" starts (a laptop that left
    #                          follows again)


@dataclass(frozen=True)
class SharedView:
    """The facilitator's view of a board while laptops follow it: the centre of what the
    facilitator sees and the size of that area, in board (scene) units; a laptop shows the
    same area scaled to its own window."""

    board_id: str
    x: float
    y: float
    width: float
    height: float


class RoomEventKind(StrEnum):
    CHANGES_APPLIED = "changes_applied"  # remote changes were committed to the local file
    PRESENCE = "presence"  # someone joined, left, or changed screen
    BROADCAST = "broadcast"  # a new RoomBroadcast
    CONNECTION = "connection"  # connected / disconnected / reconnecting (see RoomState)
    REFUSED = "refused"  # something was refused (message_key, params say what; host logs it)
    VIEW = "view"  # client: the facilitator's view moved (``RoomState.view``)


@dataclass(frozen=True)
class RoomEvent:
    kind: RoomEventKind
    tables: frozenset[str] = frozenset()  # for CHANGES_APPLIED
    message_key: str = ""  # a catalogue key, for REFUSED and CONNECTION
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RoomState:
    role: str  # "host" or "client"
    connected: bool
    join_code: JoinCode | None  # host: the current code
    presences: tuple[Presence, ...]
    broadcast: RoomBroadcast
    pending_changes: int  # client: local edits not yet acknowledged by the host
    last_sync_ms: int
    view: SharedView | None = None  # the facilitator's view last shared ("Follow me")


OnEvent = Callable[[RoomEvent], None]


class RoomHost(Protocol):
    def start(self) -> JoinCode: ...
    def stop(self) -> None: ...
    def new_join_code(self) -> JoinCode: ...  # the old one stops working for new joins
    def revoke(self, device_id: str) -> None: ...  # disconnects and refuses it from now on
    def broadcast(self, update: RoomBroadcast) -> None: ...  # seq is set by the host
    #: the facilitator's view while laptops follow it: sent at most 10 a second
    #: (the latest one), to the laptops that follow
    def share_view(self, view: SharedView) -> None: ...
    def local_change(self) -> None: ...
    def state(self) -> RoomState: ...


class RoomClient(Protocol):
    @property
    def local_path(self) -> Path: ...
    def start(self) -> None: ...  # reconnects by itself after a lost connection
    def stop(self) -> None: ...
    def set_screen(self, screen: str) -> None: ...
    def set_following(self, following: bool) -> None: ...  # False: no more views, please
    def local_change(self) -> None: ...
    def state(self) -> RoomState: ...
