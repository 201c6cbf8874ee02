"""The live venue mode with a real host and real laptops: concurrent edits converge; a laptop
or the host killed mid-edit loses no acknowledged edit; clocks a year off order nothing."""

from __future__ import annotations

import pytest

from jalostamo.services import Services
from tests.live.conftest import Room, card_title, converged, notes, wait_for

pytestmark = [pytest.mark.timeout(120)]


@pytest.mark.parametrize(("cities", "edits"), [
    (("Turku", "Oulu"), 10),
    pytest.param(("Turku", "Oulu", "Tampere"), 40, marks=pytest.mark.slow),
])
def test_laptops_and_the_facilitator_editing_at_once_end_up_identical(
        room: Room, cities: tuple[str, ...], edits: int) -> None:
    room.host()
    laptops = dict(zip(cities, room.laptops(*cities), strict=True))
    for city, laptop in laptops.items():
        laptop.send(f"auto {city} {edits} 20")
    with Services.open(room.master, device_id="dev-facilitator") as svc:  # the projector, live
        for i in range(6):
            svc.teams.update_card(room.teams["Turku"], problem=f"Fasilitaattori {i}")
    for laptop in laptops.values():
        laptop.wait_line("^auto done$")
    names = [c.lower() for c in laptops]
    wait_for(lambda: converged(room, names), what="the same content everywhere")
    expected = {f"{city}-{i}" for city in laptops for i in range(edits)}
    for path in [room.master, *(room.copy_of(n) for n in names)]:
        assert expected <= notes(path)
        assert card_title(path, room.teams["Turku"]) == f"Turku-{edits - 1}"
    with Services.open(room.copy_of("oulu"), readonly=True) as oulu:
        assert oulu.teams.card(room.teams["Turku"]).problem == "Fasilitaattori 5"


@pytest.mark.parametrize("kills", [1, pytest.param(4, marks=pytest.mark.slow)])
def test_a_laptop_killed_mid_edit_catches_up_and_loses_nothing(room: Room, kills: int) -> None:
    room.host()
    turku, oulu = room.laptops("Turku", "Oulu")
    committed: set[str] = set()
    for kill in range(kills):
        turku.send("auto Turku 30 15")
        turku.wait_line(f"committed note Turku-{4 + 6 * kill}$")
        turku.kill()  # SIGKILL, in the middle of its edits
        committed |= {line.split()[-1] for line in turku.out if line.startswith("committed note")}
        oulu.send(f"note Oulu-meanwhile-{kill}")  # the room goes on
        oulu.wait_line(f"committed note Oulu-meanwhile-{kill}")
        turku = room.laptop("Turku")  # the same data folder: resumes with its own credential
    turku.send("auto Turku 30 15")
    turku.wait_line("^auto done$")
    wait_for(lambda: converged(room, ["turku", "oulu"]), what="the same content everywhere")
    expected = {f"Turku-{i}" for i in range(30)} | {f"Oulu-meanwhile-{k}" for k in range(kills)}
    assert committed <= notes(room.master)
    for path in (room.master, room.copy_of("turku"), room.copy_of("oulu")):
        assert expected <= notes(path)


@pytest.mark.parametrize("kills", [1, pytest.param(4, marks=pytest.mark.slow)])
def test_the_host_killed_mid_edit_and_restarted_loses_nothing(room: Room, kills: int) -> None:
    host = room.host()
    turku, oulu = room.laptops("Turku", "Oulu")
    turku.send("auto Turku 30 20")
    oulu.send("auto Oulu 30 20")
    for kill in range(kills):
        turku.wait_line(f"committed note Turku-{3 + 6 * kill}$")
        host.kill()  # SIGKILL: whatever it acknowledged is in the file
        turku.wait_line(f"committed note Turku-{5 + 6 * kill}$")  # the laptops work on offline
        host = room.host()  # the same data folder and port: the same room
    turku.wait_line("^auto done$")
    oulu.wait_line("^auto done$")
    wait_for(lambda: converged(room, ["turku", "oulu"]), what="the same content everywhere")
    expected = {f"{city}-{i}" for city in ("Turku", "Oulu") for i in range(30)}
    for path in (room.master, room.copy_of("turku"), room.copy_of("oulu")):
        assert expected <= notes(path)
