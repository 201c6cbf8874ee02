"""More of what was seen in #13, as a person sees it: the CLI names a laptop whose clock is off,
with the offset, in each language; merging the same files again says nothing new and no
conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jalostamo.models import BoardItem
from jalostamo.services import Services
from tests.services.test_merge import hand_out, make_programme
from tests.services.test_merge_v2 import MINUTE, YEAR, FakeTime


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTime]:
    """Every laptop's wall clock, as test_merge_v2's ``clock``."""
    from jalostamo.services import clock as hlc
    from jalostamo.services import entities

    fake = FakeTime()
    monkeypatch.setattr(entities, "utcnow", fake.utcnow)
    hlc.set_wall_clock(fake.wall)
    try:
        yield fake
    finally:
        hlc.set_wall_clock(None)


AHEAD = {
    "fi": "Turku: kannettavan kello oli 365 vrk edellä fasilitaattorin kelloa.",
    "sv": "Turku: den bärbara datorns klocka gick 365 dygn före facilitatorns klocka.",
    "en": "Turku: the laptop's clock was 365 days ahead of the facilitator's.",
}
BEHIND = {
    "fi": "Turku: kannettavan kello oli 3 h jäljessä fasilitaattorin kellosta.",
    "sv": "Turku: den bärbara datorns klocka gick 3 h efter facilitatorns klocka.",
    "en": "Turku: the laptop's clock was 3 h behind the facilitator's.",
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_cli_names_laptops_with_wrong_clocks_in_the_users_language(
        tmp_path: Path, fake_time: FakeTime, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    from jalostamo.cli import main

    master, ids = make_programme(tmp_path)
    ahead = hand_out(master, ids["turku"], tmp_path / "edella.jalostamo")
    behind = hand_out(master, ids["turku"], tmp_path / "jaljessa.jalostamo")
    with fake_time.laptop(+YEAR), Services.open(ahead, device_id="dev-a") as team:
        team.entities.update(BoardItem, ids["note1"], x=10.0)
    with fake_time.laptop(-3 * 60 * MINUTE), Services.open(behind, device_id="dev-b") as team:
        team.entities.update(BoardItem, ids["note2"], x=20.0)
    assert main(["--lang", lang, "merge", str(master), str(ahead), str(behind)]) == 0
    out = capsys.readouterr().out
    assert AHEAD[lang] in out and BEHIND[lang] in out


def test_merging_the_same_files_again_says_nothing_new_and_no_conflicts(
        tmp_path: Path, fake_time: FakeTime, capsys: pytest.CaptureFixture[str]) -> None:
    from jalostamo.cli import main

    master, ids = make_programme(tmp_path)
    files = [hand_out(master, ids["turku"], tmp_path / f"laptop{k}.jalostamo") for k in range(2)]
    fake_time.advance(1)
    for k, path in enumerate(files):  # both laptops edit the same three notes' texts
        with Services.open(path, device_id=f"dev-{k}") as team:
            for note in ("note0", "note1", "note2"):
                team.entities.update(BoardItem, ids[note], text=f"Läppäri {k}")
        fake_time.advance(1)
    assert main(["--lang", "en", "merge", str(master), *map(str, files)]) == 0
    first = capsys.readouterr().out
    assert "3 conflicts." in first
    assert main(["--lang", "en", "merge", str(master), *map(str, files), "--preview"]) == 0
    again = capsys.readouterr().out
    assert "These files hold nothing new for this programme." in again
    assert "0 would be added, 0 changed, 0 deleted, 0 conflicts." in again
    assert main(["--lang", "en", "merge", str(master), *map(str, files)]) == 0
    assert "0 added, 0 changed, 0 deleted, 0 conflicts." in capsys.readouterr().out


def test_a_team_file_with_thousands_of_edits_merges_every_one(tmp_path: Path) -> None:
    """Many changed rows of a table are written together (by rowid): every edit lands, the
    facilitator's concurrent edit of another field too, and nothing else changes."""
    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        notes = svc.entities.create_many(BoardItem, [
            {"board_id": ids["board"], "kind": "note", "text": f"Lappu {k}"}
            for k in range(2_100)])
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update_many(BoardItem, {n: {"text": f"Tiimin {k}"}
                                              for k, n in enumerate(notes)})
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.entities.update(BoardItem, notes[7], x=99.0)
        summary = svc.merge.merge([team_file])
        assert summary.counts[("Turku", "board_items", "changed")] == 2_100
        items = {i.id: i for i in svc.entities.list(BoardItem)}
    assert all(items[n].text == f"Tiimin {k}" for k, n in enumerate(notes))
    assert items[notes[7]].x == 99.0 and items[ids["note0"]].text == "Lappu 0"

