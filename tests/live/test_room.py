"""The live venue mode with a real host and real laptops: concurrent edits converge; a laptop
or the host killed mid-edit loses no acknowledged edit; clocks a year off order nothing."""

from __future__ import annotations

import pytest

from jalostamo.services import Services
from tests.live.conftest import Room, card_title, converged, notes, wait_for

pytestmark = [pytest.mark.timeout(120)]


def test_three_laptops_and_the_facilitator_editing_at_once_end_up_identical(room: Room) -> None:
    room.host()
    laptops = {city: room.laptop(city) for city in ("Turku", "Oulu", "Tampere")}
    for city, laptop in laptops.items():
        laptop.send(f"auto {city} 12 20")
    with Services.open(room.master, device_id="dev-facilitator") as svc:  # the projector, live
        for i in range(6):
            svc.teams.update_card(room.teams["Turku"], problem=f"Fasilitaattori {i}")
    for laptop in laptops.values():
        laptop.wait_line("^auto done$")
    names = [c.lower() for c in laptops]
    wait_for(lambda: converged(room, names), what="the same content everywhere")
    expected = {f"{city}-{i}" for city in laptops for i in range(12)}
    for path in [room.master, *(room.copy_of(n) for n in names)]:
        assert expected <= notes(path)
        assert card_title(path, room.teams["Turku"]) == "Turku-11"
    with Services.open(room.copy_of("oulu"), readonly=True) as oulu:
        assert oulu.teams.card(room.teams["Turku"]).problem == "Fasilitaattori 5"
