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


def test_a_laptop_killed_mid_edit_catches_up_and_loses_nothing(room: Room) -> None:
    room.host()
    turku, oulu = room.laptop("Turku"), room.laptop("Oulu")
    turku.send("auto Turku 30 15")
    turku.wait_line("committed note Turku-8$")
    turku.kill()  # SIGKILL, in the middle of its edits
    committed = {line.split()[-1] for line in turku.out if line.startswith("committed note")}
    oulu.send("note Oulu-meanwhile")  # the room goes on
    oulu.wait_line("committed note Oulu-meanwhile")
    again = room.laptop("Turku")  # the same data folder: resumes with its own credential
    again.send("auto Turku 30 15")
    again.wait_line("^auto done$")
    wait_for(lambda: converged(room, ["turku", "oulu"]), what="the same content everywhere")
    expected = {f"Turku-{i}" for i in range(30)} | {"Oulu-meanwhile"}
    assert committed <= notes(room.master)
    for path in (room.master, room.copy_of("turku"), room.copy_of("oulu")):
        assert expected <= notes(path)


def test_the_host_killed_mid_edit_and_restarted_loses_nothing(room: Room) -> None:
    host = room.host()
    turku, oulu = room.laptop("Turku"), room.laptop("Oulu")
    turku.send("auto Turku 30 20")
    oulu.send("auto Oulu 30 20")
    turku.wait_line("committed note Turku-6$")
    host.kill()  # SIGKILL: whatever it acknowledged is in the file
    turku.wait_line("committed note Turku-14$")  # the laptops work on in their own copies
    room.host()  # the same data folder and port: the same room
    turku.wait_line("^auto done$")
    oulu.wait_line("^auto done$")
    wait_for(lambda: converged(room, ["turku", "oulu"]), what="the same content everywhere")
    expected = {f"{city}-{i}" for city in ("Turku", "Oulu") for i in range(30)}
    for path in (room.master, room.copy_of("turku"), room.copy_of("oulu")):
        assert expected <= notes(path)
