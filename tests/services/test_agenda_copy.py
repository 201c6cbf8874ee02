"""Copying another workshop's agenda: one operation; undo takes the copies away."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from jalostamo.errors import UserError
from jalostamo.services import Services


def _titles(path: Path, workshop_id: str) -> list[tuple[str, int, str]]:
    """What another program reading the file sees: the live items of one workshop, in order."""
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT title, minutes, method_key FROM agenda_items WHERE workshop_id = ? "
            "AND deleted_at IS NULL ORDER BY position", (workshop_id,)).fetchall()


def _two_workshops(svc: Services) -> tuple[str, str]:
    first = svc.programme.add_workshop(held_on=date(2019, 3, 13))
    second = svc.programme.add_workshop(held_on=date(2019, 4, 4))
    svc.programme.add_agenda_item(first, "Aloitus", 20, method_key="check_in",
                                  instructions="Kierros: nimi ja odotukset", who="Fanni")
    svc.programme.add_agenda_item(first, "Sidosryhmäkartta", 45, method_key="stakeholder_map")
    return first, second


def test_copy_appends_the_agenda_in_order_and_reverts_as_one(
        services: Services, programme_path: Path) -> None:
    svc = services
    first, second = _two_workshops(svc)
    svc.programme.add_agenda_item(second, "Oma aloitus", 10)

    ids, changes = svc.entities.operations.perform(
        lambda: svc.agenda.copy_agenda(first, second))

    assert len(ids) == 2
    assert _titles(programme_path, second) == [
        ("Oma aloitus", 10, ""), ("Aloitus", 20, "check_in"),
        ("Sidosryhmäkartta", 45, "stakeholder_map")]
    copied = svc.programme.agenda(second)[1]
    assert (copied.instructions, copied.who) == ("Kierros: nimi ja odotukset", "Fanni")
    assert [s.starts for s in svc.programme.schedule(second)] == ["09:00", "09:10", "09:30"]
    assert _titles(programme_path, first) == [("Aloitus", 20, "check_in"),
                                              ("Sidosryhmäkartta", 45, "stakeholder_map")]

    svc.entities.operations.revert(changes)
    assert _titles(programme_path, second) == [("Oma aloitus", 10, "")]
    svc.entities.operations.reapply(changes)
    assert [t for t, _m, _k in _titles(programme_path, second)] == [
        "Oma aloitus", "Aloitus", "Sidosryhmäkartta"]


@pytest.mark.parametrize(("case", "key"), [("same", "agenda.copy_same_workshop"),
                                           ("empty", "agenda.copy_empty")])
def test_copy_refuses_with_a_clear_message_and_writes_nothing(
        services: Services, programme_path: Path, case: str, key: str) -> None:
    svc = services
    first, second = _two_workshops(svc)
    source, target = (first, first) if case == "same" else (second, first)
    with pytest.raises(UserError) as caught:
        svc.agenda.copy_agenda(source, target)
    assert caught.value.key == key
    assert "Työpaja" in caught.value.message("fi") or "samaan" in caught.value.message("fi")
    assert len(_titles(programme_path, first)) == 2
    assert _titles(programme_path, second) == []
