""""Follow me" in the core: the facilitator's view reaches the laptops that follow, at most 10
messages a second (the latest one last), stops for a laptop that left, and ends with the
broadcast that ends it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jalostamo.live import join_room, open_host
from jalostamo.live.api import RoomBroadcast, RoomEvent, RoomEventKind, SharedView
from tests.live.conftest import Room, wait_for

pytestmark = [pytest.mark.timeout(60)]


@pytest.fixture
def pair(tmp_path: Path, room: Room) -> Iterator[tuple[Any, Any, list[RoomEvent]]]:
    events: list[RoomEvent] = []
    host = open_host(room.master, data_dir=tmp_path / "host", on_event=lambda e: None,
                     bind="127.0.0.1", announce=False)
    code = host.start()
    client = join_room(code, team_id=room.teams["Oulu"], data_dir=tmp_path / "oulu",
                       device_name="Oulun kone", on_event=events.append)
    try:
        wait_for(lambda: client.state().connected)
        yield host, client, events
    finally:
        client.stop()
        host.stop()


def views(events: list[RoomEvent]) -> int:
    return sum(1 for e in list(events) if e.kind == RoomEventKind.VIEW)


def test_the_facilitators_view_reaches_a_following_laptop_throttled(
        pair: tuple[Any, Any, list[RoomEvent]], room: Room) -> None:
    host, client, events = pair
    board = room.boards["Oulu"]
    host.broadcast(RoomBroadcast(follow_board=board))
    wait_for(lambda: client.state().broadcast.follow_board == board)
    for step in range(200):  # a pan: far more than 10 moves a second
        host.share_view(SharedView(board, 10.0 * step, 5.0, 1200.0, 800.0))
    last = SharedView(board, 1990.0, 5.0, 1200.0, 800.0)
    wait_for(lambda: client.state().view == last, what="the last view")
    assert 1 <= views(events) <= 3, views(events)  # the first, then the latest once

    # the laptop leaves: the host sends it no more views (a broadcast after them arrives)
    client.set_following(False)
    wait_for(lambda: not next(iter(host._peers.values())).following, what="the host heard")
    before = views(events)
    host.share_view(SharedView(board, 0.0, 0.0, 600.0, 400.0))
    host.broadcast(RoomBroadcast(follow_board=board, announcement="merkki"))
    wait_for(lambda: client.state().broadcast.announcement == "merkki")
    assert views(events) == before and client.state().view == last

    # following again; then the facilitator ends it for all: the view is gone
    client.set_following(True)
    wait_for(lambda: next(iter(host._peers.values())).following)
    shared = SharedView(board, 100.0, 100.0, 600.0, 400.0)
    host.share_view(shared)
    wait_for(lambda: client.state().view == shared)
    host.broadcast(RoomBroadcast())
    wait_for(lambda: client.state().broadcast.follow_board is None)
    assert client.state().view is None and host.state().view is None


def test_a_view_for_another_board_than_the_followed_one_is_not_sent(
        pair: tuple[Any, Any, list[RoomEvent]], room: Room) -> None:
    host, client, events = pair
    host.share_view(SharedView(room.boards["Oulu"], 1.0, 2.0, 3.0, 4.0))  # not following
    host.broadcast(RoomBroadcast(announcement="merkki"))
    wait_for(lambda: client.state().broadcast.announcement == "merkki")
    assert views(events) == 0 and client.state().view is None
