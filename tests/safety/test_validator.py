"""The one validator (models/rules.py) at every entry point: opening, check, the app's edits,
JSON import and merge, and the reports on values that are valid but odd."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.errors import FileRefused, InvalidInput
from jalostamo.models import BoardItem, Measurement
from jalostamo.models.rules import MAX_NUMBER
from jalostamo.services import Services


def _programme(path: Path) -> dict[str, str]:
    with Services.create(path, "Kestävät kaupungit") as svc:
        team = svc.teams.add("Turku")
        board = svc.boards.board_for_team(team)
        note = svc.boards.add_item(board, "note", text="Nuoret mukaan")
        indicator = svc.monitoring.add_indicator(team, "Koettu osallisuus")
        return {"team": team, "board": board, "note": note, "indicator": indicator}


def _edit(path: Path, *statements: str, writable_schema: bool = False) -> None:
    conn = sqlite3.connect(path)
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("kind", ["Trigger", "TRIGGER", "VIEW", "View"])
def test_a_planted_trigger_or_view_in_odd_case_is_refused_and_never_runs(
        tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    _programme(path)
    if kind.lower() == "trigger":
        planted = ("CREATE TRIGGER wipe AFTER UPDATE ON programmes "
                   "BEGIN DELETE FROM board_items; END")
    else:
        planted = "CREATE VIEW everything AS SELECT * FROM teams"
    _edit(path, planted)
    _edit(path, f"UPDATE sqlite_master SET type = '{kind}' WHERE name IN ('wipe', 'everything')",
          writable_schema=True)
    before = path.read_bytes()
    # before: it opened, and the edit below wiped the board
    with pytest.raises(FileRefused), Services.open(path) as svc:
        svc.programme.update(description="Uusi kuvaus")
    assert _count(path, "board_items") == 1
    assert path.read_bytes() == before
    assert main(["check", str(path)]) == 1  # before: "kunnossa"
    out, err = capsys.readouterr()
    assert "Jalostamo ei tee" in out and len(err.splitlines()) == 1


def test_check_names_the_table_row_and_field_of_each_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    ids = _programme(path)
    _edit(path, "UPDATE programmes SET starts_on = '13.3.2019'",
          "UPDATE teams SET updated_at = 'eilen'",
          "UPDATE board_items SET style = 'ei JSONia', kind = 'explode'",
          "UPDATE teams SET city = x'00ff'")
    assert main(["check", str(path)]) == 1  # before: exit 0, "kunnossa"
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert any(line.startswith("ohjelma (programmes), rivi ") and "kenttä Alkaa (starts_on): "
               "odotettiin päivämäärää muodossa 2019-03-13" in line for line in lines), out
    assert (f"kaupunkitiimit (teams), rivi {ids['team']}, kenttä Kaupunki (city): tekstin "
            "paikalla on binääridataa") in lines, out
    assert (f"taulun kohteet (board_items), rivi {ids['note']}, kenttä Laji (kind): arvo ei "
            "ole mikään sallituista") in out
    assert f"rivi {ids['note']}, kenttä style: arvo ei ole kelvollista JSONia" in out
    assert "kenttä updated_at: odotettiin aikaleimaa" in out
    assert err.startswith(f"jalostamo: {path}: 5 ongelmaa") and len(err.splitlines()) == 1

    assert main(["--lang", "en", "check", "--max", "2", str(path)]) == 1
    out, _err = capsys.readouterr()
    assert out.splitlines()[-1] == "\u2026 and 3 more problems"


def test_opening_an_edited_file_names_the_first_problem_and_suggests_check(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    _programme(path)
    _edit(path, "UPDATE measurements SET value = 1", "ALTER TABLE teams DROP COLUMN city")
    before = path.read_bytes()
    out = tmp_path / "vienti.json"
    assert main(["export-json", str(path), str(out)]) == 1  # before: a crash, exit 1 + log
    _out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"jalostamo: {path} on muutettu Jalostamon ulkopuolella eikä kelpaa (taulusta teams "
        f"puuttuu sarake city). Tiedostoon ei koskettu; kaikki ongelmat näet komennolla: "
        f"jalostamo check {path}"]
    assert path.read_bytes() == before and not out.exists()


def test_a_team_indicator_with_only_a_name_gives_a_team_report(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    _programme(path)  # the indicator has a name and nothing else
    pdf = tmp_path / "tiimi.pdf"
    assert main(["report", str(path), "--kind", "team", "--team", "Turku", "--out",
                 str(pdf)]) == 0  # before: an empty reportlab Table crashed it
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_measurement_of_1e308_is_refused_with_one_line_not_a_crash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    ids = _programme(path)
    with Services.open(path) as svc:
        svc.monitoring.add_measurement(ids["indicator"], "2019-03-13", 5.0)
    _edit(path, "UPDATE measurements SET value = 1e308")
    pdf = tmp_path / "tiimi.pdf"
    assert main(["report", str(path), "--kind", "team", "--team", "Turku", "--out",
                 str(pdf)]) == 1
    _out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1
    assert "mittaukset (measurements)" in err and "luku on liian suuri" in err
    assert not pdf.exists()


def test_one_bound_for_numbers_so_an_accepted_value_always_merges(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    ids = _programme(path)
    with Services.open(path) as svc:
        with pytest.raises(InvalidInput) as err:  # before: accepted, then the merge refused
            svc.monitoring.add_measurement(ids["indicator"], "2019-03-13", 1e16)
        assert err.value.message("fi") == (
            "Arvo: luku on liian suuri (itseisarvo alle 10^15).")
        with pytest.raises(InvalidInput):
            svc.entities.update(BoardItem, ids["note"], x=-MAX_NUMBER)
        largest = svc.monitoring.add_measurement(ids["indicator"], "2019-03-13",
                                                 MAX_NUMBER - 1)
        team_file = tmp_path / "tiimi.jalostamo"
        svc.team_files.make_team_file(ids["team"], team_file)
    with Services.open(team_file, device_id="11111111-2222-4333-8444-555555555555") as team:
        team.entities.update(Measurement, largest, value=-(MAX_NUMBER - 1))
    with Services.open(path) as svc:
        svc.merge.merge([team_file])
        assert svc.entities.get(Measurement, largest).value == -(MAX_NUMBER - 1)


def test_the_app_refuses_values_the_file_could_not_hold(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    ids = _programme(path)
    with Services.open(path) as svc:
        for field, value in (("style", ["ei objekti"]), ("media_id", "../kuva.jpg"),
                             ("board_id", "ei-tunniste"), ("kind", "explode")):
            with pytest.raises(InvalidInput):
                svc.entities.update(BoardItem, ids["note"], **{field: value})
        assert svc.boards.item(ids["note"])["text"] == "Nuoret mukaan"


def test_reports_survive_long_texts_and_many_feedback_notes(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    ids = _programme(path)
    with Services.open(path) as svc:
        svc.programme.add_workshop(number=1, phase="discover", title="Aloitus")
        session = svc.testing.add_session(ids["team"], held_on="2019-03-13", place="Kirjasto")
        for n in range(80):  # before: one table row of all notes, taller than a page
            svc.testing.add_note(session, "likes", f"Palaute {n}: nuoret pitivät ideasta")
        svc.testing.add_note(session, "ideas", "pitkä " * 3000)
    for kind, extra in (("workshop", ["--workshop", "1"]), ("team", ["--team", "Turku"]),
                        ("programme", [])):
        pdf = tmp_path / f"{kind}.pdf"
        assert main(["report", str(path), "--kind", kind, *extra, "--out", str(pdf)]) == 0
        assert pdf.read_bytes().startswith(b"%PDF")


def test_an_agenda_item_longer_than_a_day_is_refused(tmp_path: Path) -> None:
    from jalostamo.models import AgendaItem

    path = tmp_path / "ohjelma.jalostamo"
    _programme(path)
    with Services.open(path) as svc:
        workshop = svc.programme.add_workshop(number=1, phase="discover")
        item = svc.programme.add_agenda_item(workshop, "Aloitus", minutes=30)
        with pytest.raises(InvalidInput) as err:  # before: stored, then every report crashed
            svc.entities.update(AgendaItem, item, minutes=10**14)
        assert "1\u20131440" in err.value.message("fi")


def test_the_first_paint_refuses_an_edited_file_instead_of_crashing(tmp_path: Path) -> None:
    from jalostamo.store.quick_read import read_snapshot

    path = tmp_path / "ohjelma.jalostamo"
    _programme(path)
    with Services.open(path) as svc:
        svc.programme.add_workshop(number=1, phase="discover")
    _edit(path, "UPDATE workshops SET phase = 'explode'")
    with pytest.raises(FileRefused) as err:  # before: ValueError, a crash dialog
        read_snapshot(path)
    assert "jalostamo check" in err.value.message("fi")
