"""The contract the UI uses, in one process: join codes, broadcast, presence, and changesets
that are not changesets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from jalostamo.errors import UserError
from jalostamo.live import join_room, open_host, probe_room
from jalostamo.live.api import JoinCode, RoomBroadcast, RoomEvent, RoomEventKind, TimerState
from jalostamo.services.changeset import BadChangeSet, ChangeSet
from tests.live.conftest import Room, wait_for

pytestmark = [pytest.mark.timeout(60)]


def test_a_join_code_reads_back_and_nothing_else_is_a_code() -> None:
    code = JoinCode("192.168.1.20", 47123, "00" * 9 + "ff", "ab" * 32, 1_800_000_000_000)
    assert JoinCode.parse(code.text()) == code
    assert JoinCode.parse(code.text().lower().replace("-", " ")) == code
    for text in ("", "JLS1-", "hello", code.text()[:-2] + "AA", "x" * 1000):
        with pytest.raises(UserError) as refused:
            JoinCode.parse(text)
        assert refused.value.key == "live.code_invalid"


def test_changesets_that_are_not_changesets_are_refused() -> None:
    good = ChangeSet("p1", {"themes": []}).to_bytes()
    assert ChangeSet.from_bytes(good).programme_id == "p1"
    bad = [b"\xff\xfe", b"[]", b'{"v": 2}',
           json.dumps({"v": 1, "programme": "p", "tables": {"sqlite_master": {}}}).encode(),
           json.dumps({"v": 1, "programme": "p", "tables": {"themes": {
               "columns": ["id"], "rows": [["x"]]}}}).encode(),
           b" " * (16 * 1024 * 1024 + 1)]
    for data in bad:
        with pytest.raises(BadChangeSet):
            ChangeSet.from_bytes(data)


@pytest.fixture
def pair(tmp_path: Path, room: Room) -> Iterator[tuple[object, object, list[RoomEvent]]]:
    events: list[RoomEvent] = []
    host = open_host(room.master, data_dir=tmp_path / "host", on_event=events.append,
                     bind="127.0.0.1", announce=False)
    code = host.start()
    info = probe_room(code.text())
    assert info.programme_name == "Kevät 2019"
    assert [label for _id, label in info.teams] == ["Turku", "Oulu", "Tampere"]
    client = join_room(code, team_id=room.teams["Oulu"], data_dir=tmp_path / "oulu",
                       device_name="Oulun kone", on_event=events.append)
    try:
        yield host, client, events
    finally:
        client.stop()
        host.stop()


def test_broadcast_and_presence_reach_the_other_side(pair: tuple[object, object, list[RoomEvent]]
                                                      ) -> None:
    host, client, events = pair
    wait_for(lambda: client.state().connected)  # type: ignore[attr-defined]
    timer = TimerState(running=True, remaining_ms=300_000, total_ms=600_000, label="Ideointi",
                       updated_ms=1)
    host.broadcast(RoomBroadcast(timer=timer, announcement="Tauko 10 min",  # type: ignore[attr-defined]
                                 eyes_on_projector=True, bring_to_screen="reviews"))
    wait_for(lambda: client.state().broadcast.announcement == "Tauko 10 min")  # type: ignore[attr-defined]
    got = client.state().broadcast  # type: ignore[attr-defined]
    assert (got.seq, got.timer, got.eyes_on_projector, got.bring_to_screen) == (1, timer, True, "reviews")
    assert any(e.kind == RoomEventKind.BROADCAST for e in events)
    client.set_screen("board")  # type: ignore[attr-defined]
    wait_for(lambda: [p.screen for p in host.state().presences] == ["board"])  # type: ignore[attr-defined]
    [seen] = host.state().presences  # type: ignore[attr-defined]
    assert (seen.device_name, seen.team_label, seen.connected) == ("Oulun kone", "Oulu", True)
    assert abs(seen.clock_offset_ms) < 60_000


def test_changes_are_announced_with_their_tables_on_both_sides(
        pair: tuple[object, object, list[RoomEvent]], room: Room) -> None:
    from jalostamo.services import Services

    host, client, events = pair
    wait_for(lambda: client.state().connected)  # type: ignore[attr-defined]
    with Services.open(room.master, device_id="dev-facilitator") as svc:  # the facilitator's app
        svc.teams.update_card(room.teams["Oulu"], title="Fasilitaattorin otsikko")
    host.local_change()  # type: ignore[attr-defined]
    wait_for(lambda: any(e.kind == RoomEventKind.CHANGES_APPLIED and "experiment_cards" in e.tables
                         for e in events))
    with Services.open(client.local_path, readonly=True) as copy:  # type: ignore[attr-defined]
        assert copy.teams.card(room.teams["Oulu"]).title == "Fasilitaattorin otsikko"
    events.clear()
    with Services.open(client.local_path, device_id="dev-oulu") as copy:  # type: ignore[attr-defined]
        copy.teams.update_card(room.teams["Oulu"], problem="Tiimin ongelma")
    client.local_change()  # type: ignore[attr-defined]
    wait_for(lambda: client.state().pending_changes == 0 and any(  # type: ignore[attr-defined]
        e.kind == RoomEventKind.CHANGES_APPLIED and "experiment_cards" in e.tables for e in events))
    with Services.open(room.master, readonly=True) as svc:
        assert svc.teams.card(room.teams["Oulu"]).problem == "Tiimin ongelma"


def test_a_code_with_no_room_behind_it_says_so_in_the_users_language() -> None:
    import socket

    from jalostamo.i18n import translate

    with socket.socket() as spare:  # a loopback port nobody listens on once this closes
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    code = JoinCode("127.0.0.1", port, "00" * 9 + "ff", "ab" * 32, 1_800_000_000_000)
    with pytest.raises(UserError) as refused:
        probe_room(code.text())
    assert refused.value.key == "live.unreachable_refused"
    shown = translate(refused.value.key, "fi", **refused.value.params)
    assert shown.startswith("Osoitteessa 127.0.0.1:") and "ei ole avointa huonetta" in shown
    assert "Connect" not in shown and "refused" not in shown


@pytest.mark.parametrize(("error", "key"), [
    (ConnectionRefusedError(111, "Connection refused"), "live.unreachable_refused"),
    (TimeoutError(), "live.unreachable_timeout"),
    (OSError(101, "Network is unreachable"), "live.unreachable_network"),
    (OSError(5, "Input/output error"), "live.unreachable"),
])
def test_why_a_room_was_unreachable_is_named_without_the_os_text(error: OSError, key: str) -> None:
    from jalostamo.i18n import translate
    from jalostamo.live.client import unreachable_key

    assert unreachable_key(error) == key
    for lang in ("fi", "sv", "en"):
        assert "{" not in translate(key, lang, address="10.0.0.2:47123")
