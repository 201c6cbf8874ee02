"""A laptop whose clock is a year ahead changes nothing about the order of edits."""

from __future__ import annotations

import pytest

from jalostamo.services import Services
from tests.live.conftest import Room, card_title, converged, wait_for

pytestmark = [pytest.mark.timeout(120)]

YEAR_MS = 365 * 24 * 3600 * 1000


def test_a_laptop_a_year_ahead_neither_wins_nor_loses_against_real_order(room: Room) -> None:
    room.host()
    oulu = room.laptop("Oulu", JALOSTAMO_TEST_CLOCK_OFFSET_MS=str(YEAR_MS))
    team = room.teams["Oulu"]
    oulu.send("offset")
    oulu.wait_line(r"^offset -?\d+$")
    measured = int(next(line for line in oulu.out if line.startswith("offset ")).split()[1])
    assert abs(measured - YEAR_MS) < 60_000  # measured at join and shown in the presence

    def everywhere(title: str) -> bool:
        return card_title(room.master, team) == title == card_title(room.copy_of("oulu"), team)

    with Services.open(room.master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(team, title="Fasilitaattori-1")
    wait_for(lambda: everywhere("Fasilitaattori-1"))
    oulu.send("title Tiimi-2")  # really later than the facilitator's: it wins
    wait_for(lambda: everywhere("Tiimi-2"))
    with Services.open(room.master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(team, title="Fasilitaattori-3")  # later again: it wins, a year or not
    wait_for(lambda: everywhere("Fasilitaattori-3"))
    wait_for(lambda: converged(room, ["oulu"]))
