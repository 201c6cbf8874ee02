"""``jalostamo import-measurements FILE --team TEAM CSV`` end to end (in-process and real)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.services import Services

DATA = Path(__file__).parent.parent / "data" / "csv"


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "kevat2019.jalostamo"
    with Services.create(path, "Kokeilujalostamo 2019") as svc:
        team = svc.teams.add("Oulu")
        svc.monitoring.add_indicator(team, "Koettu osallisuus")
        svc.monitoring.add_indicator(team, "Nuorten yksinäisyys")
        svc.teams.add("Turku")
    return path


def _count(path: Path) -> int:
    with Services.open(path) as svc:
        return sum(len(svc.monitoring.measurements(ind.id))
                   for team in svc.teams.list() for ind in svc.monitoring.indicators(team.id))


def test_import_prints_a_summary_and_stores(programme: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import-measurements", str(programme), "--team", "oulu",
                 str(DATA / "mittaukset_cp1252.csv")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Tuotiin 4 mittausta" in out
    assert "Koettu osallisuus: 2" in out
    assert _count(programme) == 4


def test_dry_run_stores_nothing(programme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "import-measurements", str(programme), "--team", "Oulu",
                 "--dry-run", str(DATA / "mittaukset_utf8_bom.csv")])
    assert code == 0
    assert "Nothing was stored" in capsys.readouterr().out
    assert _count(programme) == 0


def test_bad_file_exits_1_with_line_and_reason(programme: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import-measurements", str(programme), "--team", "Oulu",
                 str(DATA / "bad_number.csv")])
    err = capsys.readouterr().err
    assert code == 1
    assert "rivi 4" in err and "noin 11" in err and "Traceback" not in err
    assert _count(programme) == 0


def test_unknown_team_lists_the_teams(programme: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import-measurements", str(programme), "--team", "Lahti",
                 str(DATA / "mittaukset_utf8.csv")])
    err = capsys.readouterr().err
    assert code == 1 and "Lahti" in err and "Oulu" in err and "Turku" in err


def test_real_process_in_swedish(programme: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "jalostamo", "--lang", "sv", "import-measurements",
         str(programme), "--team", "Oulu", str(DATA / "bad_date.csv")],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert result.returncode == 1
    assert "rad 3" in result.stderr and "31.2.2019" in result.stderr
    assert "Traceback" not in result.stderr
