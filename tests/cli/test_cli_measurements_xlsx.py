"""``import-measurements`` reads an Excel workbook (.xlsx) as it reads a CSV file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from jalostamo.cli import main
from jalostamo.services import Services


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "kevat2019.jalostamo"
    with Services.create(path, "Kokeilujalostamo 2019") as svc:
        team = svc.teams.add("Oulu")
        svc.monitoring.add_indicator(team, "Koettu osallisuus")
    return path


def _workbook(path: Path, rows: list[list[object]], title: str = "Taul1") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _values(path: Path) -> list[tuple[date, float]]:
    with Services.open(path) as svc:
        team = svc.teams.find("Oulu")
        return sorted((m.measured_on, m.value)
                      for ind in svc.monitoring.indicators(team.id)
                      for m in svc.monitoring.measurements(ind.id))


def test_xlsx_with_date_and_number_cells_is_imported(programme: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    book = _workbook(tmp_path / "mittaukset.xlsx", [
        ["Indikaattori", "Päivämäärä", "Arvo"],
        ["Koettu osallisuus", datetime(2019, 3, 13), 3.2],
        ["Koettu osallisuus", "1.6.2019", "3,5"],  # text cells as a Finn types them
        ["Koettu osallisuus", date(2019, 9, 1), 4],
    ])
    assert main(["import-measurements", str(programme), "--team", "oulu", str(book)]) == 0
    assert "Tuotiin 3 mittausta" in capsys.readouterr().out
    assert _values(programme) == [(date(2019, 3, 13), 3.2), (date(2019, 6, 1), 3.5),
                                  (date(2019, 9, 1), 4.0)]


def test_bad_row_in_xlsx_refuses_the_file_naming_the_row(programme: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    book = _workbook(tmp_path / "mittaukset.xlsx", [
        ["indicator", "date", "value"],
        ["Koettu osallisuus", "13.3.2019", 3.2],
        ["Koettu osallisuus", "31.2.2019", 3.4],
    ], title="Measurements")
    assert main(["import-measurements", str(programme), "--team", "oulu", str(book)]) == 1
    err = capsys.readouterr().err
    assert "rivi 3" in err and "31.2.2019" in err
    assert _values(programme) == []  # nothing stored


def test_damaged_xlsx_is_refused_with_a_clear_message(programme: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "rikki.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert main(["import-measurements", str(programme), "--team", "oulu", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Excel-työkirjana" in err and "Traceback" not in err
