"""The generic row operations every undo command is made of."""

from __future__ import annotations

from datetime import date

import pytest

from jalostamo.errors import InvalidInput, NotFound, ReadOnlyDocument
from jalostamo.models import AgendaItem, Board, BoardItem, ItemKind, Team, Workshop
from jalostamo.services import Change, Op, Services


def _board(svc: Services) -> str:
    team_id = svc.teams.add("Oulu")
    return svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=team_id)


def test_update_returns_old_values_and_undo_restores_them(services: Services) -> None:
    board = _board(services)
    note = services.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, text="Alku")
    old = services.entities.update(BoardItem, note, text="Uusi", x=40.0)
    assert old == {"text": "Alku", "x": 0.0}
    assert services.entities.get(BoardItem, note).text == "Uusi"
    services.entities.update(BoardItem, note, **old)  # what an undo command does
    restored = services.entities.get(BoardItem, note)
    assert (restored.text, restored.x) == ("Alku", 0.0)


def test_unchanged_update_reports_nothing(services: Services) -> None:
    board = _board(services)
    note = services.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, text="Sama")
    assert services.entities.update(BoardItem, note, text="Sama") == {}


def test_moving_many_items_is_one_transaction_and_one_event(services: Services) -> None:
    board = _board(services)
    ids = services.entities.create_many(
        BoardItem, [{"board_id": board, "kind": ItemKind.NOTE, "x": float(i)} for i in range(200)]
    )
    seen: list[Change] = []
    services.events.subscribe(seen.append)
    old = services.entities.update_many(BoardItem, {i: {"x": 1000.0} for i in ids})
    assert len(old) == 200
    assert [c.op for c in seen] == [Op.UPDATED]
    assert all(item.x == 1000.0 for item in services.entities.list(BoardItem, board_id=board))


def test_delete_is_a_tombstone_and_restore_brings_it_back(services: Services) -> None:
    team = services.teams.add("Espoo")
    services.entities.delete(Team, team)
    assert services.teams.list() == []
    with pytest.raises(NotFound):
        services.entities.get(Team, team)
    services.entities.restore(Team, team)
    assert [t.city for t in services.teams.list()] == ["Espoo"]


def test_bad_values_are_refused_with_the_field_named(services: Services) -> None:
    board = _board(services)
    with pytest.raises(InvalidInput) as err:
        services.entities.create(BoardItem, board_id=board, kind="hologram")
    assert err.value.params["field"] == "kind"
    with pytest.raises(InvalidInput):
        services.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, x="left")
    with pytest.raises(InvalidInput) as err:
        services.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, id_="x")
    assert err.value.key == "input.unknown_field"
    with pytest.raises(InvalidInput):
        services.entities.update(BoardItem, "nope", created_at=None)
    assert services.entities.list(BoardItem) == []


def test_changes_survive_a_restart(services: Services, programme_path: object) -> None:
    team = services.teams.add("Vantaa")
    services.teams.update_card(team, hypothesis="Uskomme, että…")
    services.close()
    reopened = Services.open(programme_path)  # type: ignore[arg-type]
    try:
        assert reopened.teams.card(team).hypothesis == "Uskomme, että…"
    finally:
        reopened.close()
    services.doc = reopened.doc  # the fixture closes it again harmlessly


def test_agenda_schedule_follows_order_and_minutes(services: Services) -> None:
    ws = services.programme.add_workshop(held_on=date(2019, 3, 13), starts_at="09:00")
    a = services.programme.add_agenda_item(ws, "Aloitus", 15)
    b = services.programme.add_agenda_item(ws, "Sidosryhmäkartta", 45)
    c = services.programme.add_agenda_item(ws, "Tauko", 10)
    times = [(s.item.title, s.starts, s.ends) for s in services.programme.schedule(ws)]
    assert times == [("Aloitus", "09:00", "09:15"), ("Sidosryhmäkartta", "09:15", "10:00"),
                     ("Tauko", "10:00", "10:10")]
    old = services.programme.reorder_agenda(ws, [c, a, b])
    assert [s.starts for s in services.programme.schedule(ws)] == ["09:00", "09:10", "09:25"]
    services.entities.update_many(AgendaItem, old)  # undo
    assert [s.item.id for s in services.programme.schedule(ws)] == [a, b, c]
    assert services.entities.get(Workshop, ws).phase == "discover"


def test_read_only_document_refuses_writes(services: Services, programme_path: object) -> None:
    services.close()
    ro = Services.open(programme_path, readonly=True)  # type: ignore[arg-type]
    try:
        with pytest.raises(ReadOnlyDocument):
            ro.teams.add("Turku")
    finally:
        ro.close()
    services.doc = ro.doc


def test_editing_a_row_from_another_device_remembers_it_as_the_base(services: Services) -> None:
    team = services.teams.add("Jyväskylä")
    created = services.entities.get(Team, team)
    services.doc.device_id = "laptop-of-team"
    services.entities.update(Team, team, name="Jyväskylän tiimi")
    first = services.entities.get(Team, team)
    assert (first.base_updated_at, first.base_device_id) == (created.updated_at, created.device_id)
    services.entities.update(Team, team, name="Jyväskylä 2")  # same device again: base stays
    second = services.entities.get(Team, team)
    assert (second.base_updated_at, second.base_device_id) == (created.updated_at,
                                                               created.device_id)
    assert second.device_id == "laptop-of-team"
