"""Attendance per workshop: who was present, one operation per mark."""

from __future__ import annotations

import sqlite3
from datetime import date

from jalostamo.models import Person
from jalostamo.services import Services


def _stored(path, workshop_id: str) -> list[tuple[str, int]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT p.name, a.present FROM attendance a JOIN people p ON p.id = a.person_id "
            "WHERE a.workshop_id = ? AND a.deleted_at IS NULL ORDER BY p.name",
            (workshop_id,)).fetchall()


def test_marking_present_and_absent_is_stored_and_undone(services: Services,
                                                          programme_path) -> None:
    svc = services
    workshop = svc.programme.add_workshop(held_on=date(2019, 3, 13))
    svc.programme.add_facilitator("Fanni Fasilitaattori")
    oulu = svc.teams.add("Oulu")
    turku = svc.teams.add("Turku")
    svc.teams.add_member(turku, "Tuula Turkulainen")
    svc.teams.add_member(oulu, "Olli Oululainen")
    svc.entities.create(Person, name="Kaisa Virta", organisation="THL")

    roster = svc.attendance.roster(workshop)
    assert [(r.name, r.kind, r.group, r.present) for r in roster] == [
        ("Fanni Fasilitaattori", "facilitator", "", False),
        ("Olli Oululainen", "team", "Oulu", False),
        ("Tuula Turkulainen", "team", "Turku", False),
        ("Kaisa Virta", "other", "", False)]
    olli = roster[1].person_id

    _none, changes = svc.entities.operations.perform(
        lambda: svc.attendance.set_present(workshop, olli, True))
    assert _stored(programme_path, workshop) == [("Olli Oululainen", 1)]
    svc.attendance.set_present(workshop, olli, False)  # the same row, not a second one
    assert _stored(programme_path, workshop) == [("Olli Oululainen", 0)]
    svc.attendance.set_present(workshop, olli, True)
    assert [r.name for r in svc.attendance.roster(workshop) if r.present] == ["Olli Oululainen"]

    svc.entities.operations.revert(changes)  # undoing the first mark takes the row away
    assert _stored(programme_path, workshop) == []
