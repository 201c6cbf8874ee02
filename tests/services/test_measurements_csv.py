"""The Finnish CSV importer of measurements, on real files and a real programme file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jalostamo.models import Measurement
from jalostamo.services import Services
from jalostamo.services.measurements_csv import (
    CsvRefused,
    import_measurements,
    import_measurements_bytes,
    parse_date,
    parse_number,
)

DATA = Path(__file__).parent.parent / "data" / "csv"


@pytest.fixture
def team(services: Services) -> str:
    team_id = services.teams.add("Oulu")
    services.monitoring.add_indicator(team_id, "Koettu osallisuus", unit="pistettä")
    services.monitoring.add_library_indicator(team_id, "kty.yksinaisyys",
                                              name="Nuorten yksinäisyys")
    return team_id


def _stored(services: Services, team: str) -> dict[str, list[tuple[date, float, str]]]:
    return {ind.name: [(m.measured_on, m.value, m.note)
                       for m in services.monitoring.measurements(ind.id)]
            for ind in services.monitoring.indicators(team)}


EXPECTED = {
    "Koettu osallisuus": [(date(2019, 3, 1), 52.5, "Alkumittaus Kuntatalolla"),
                          (date(2019, 5, 15), 55.0, "")],
    "Nuorten yksinäisyys": [(date(2019, 3, 1), 12.4, "Kouluterveyskysely"),
                            (date(2019, 9, 1), 11.0, "Syksyn kysely \u2013 n=240")],
}


@pytest.mark.parametrize("name", ["mittaukset_utf8_bom.csv", "mittaukset_cp1252.csv",
                                  "mittaukset_utf8.csv"])
def test_good_finnish_file_in_each_encoding(services: Services, team: str, name: str) -> None:
    result = import_measurements(services.entities, team, DATA / name)
    assert result.created == 4 and result.skipped == 0
    assert result.per_indicator == {"Koettu osallisuus": 2, "Nuorten yksinäisyys": 2}
    assert _stored(services, team) == EXPECTED
    sources = {m.source for m in services.entities.list(Measurement)}
    assert sources == {f"CSV: {name}"}


def test_encodings_are_told_apart(services: Services, team: str) -> None:
    assert import_measurements(services.entities, team, DATA / "mittaukset_cp1252.csv",
                               dry_run=True).encoding == "cp1252"
    assert import_measurements(services.entities, team, DATA / "mittaukset_utf8_bom.csv",
                               dry_run=True).encoding == "utf-8-sig"
    assert services.entities.list(Measurement) == []


def test_importing_the_same_file_twice_stores_it_once(services: Services, team: str) -> None:
    import_measurements(services.entities, team, DATA / "mittaukset_utf8.csv")
    again = import_measurements(services.entities, team, DATA / "mittaukset_cp1252.csv")
    assert (again.created, again.skipped) == (0, 4)
    assert len(services.entities.list(Measurement)) == 4


def test_english_headers_iso_dates_and_decimal_point(services: Services, team: str) -> None:
    result = import_measurements(services.entities, team, DATA / "measurements_en.csv")
    assert result.created == 2
    assert _stored(services, team)["Koettu osallisuus"] == [(date(2019, 3, 1), 52.5, "")]


def test_header_variants_and_extra_columns(services: Services, team: str) -> None:
    result = import_measurements(services.entities, team, DATA / "pvm_variant.csv")
    assert result.created == 1
    assert result.ignored_columns == ("Yksikkö",)


@pytest.mark.parametrize(("name", "line", "words"), [
    ("bad_date.csv", 3, ["rivi 3", "31.2.2019", "päivämäärä"]),
    ("bad_number.csv", 4, ["rivi 4", "noin 11", "luku"]),
    ("missing_column.csv", 1, ["rivi 1", "päivämäärä", "puuttuu"]),
    ("unknown_indicator.csv", 3, ["rivi 3", "Työllisyysaste", "Koettu osallisuus"]),
])
def test_bad_file_is_refused_whole_with_line_and_reason(services: Services, team: str,
                                                        name: str, line: int,
                                                        words: list[str]) -> None:
    with pytest.raises(CsvRefused) as exc:
        import_measurements(services.entities, team, DATA / name)
    assert exc.value.line == line
    message = exc.value.message("fi")
    assert "mitään ei tallennettu" in message
    for word in words:
        assert word in message
    assert f"line {line}" in exc.value.message("en")
    assert f"rad {line}" in exc.value.message("sv")
    assert services.entities.list(Measurement) == []  # the good lines before were not stored


def test_same_date_twice_in_file_or_against_stored_value(services: Services, team: str) -> None:
    twice = "indikaattori;pvm;arvo\nKoettu osallisuus;1.3.2019;5\nKoettu osallisuus;1.3.2019;6\n"
    with pytest.raises(CsvRefused) as exc:
        import_measurements_bytes(services.entities, team, twice.encode(), "x.csv")
    assert exc.value.line == 3 and "rivillä 2" in exc.value.message("fi")
    ind = services.monitoring.indicators(team)[0].id
    services.monitoring.add_measurement(ind, date(2019, 3, 1), 4.0)
    once = "indikaattori;pvm;arvo\nKoettu osallisuus;1.3.2019;5\n"
    with pytest.raises(CsvRefused) as exc:
        import_measurements_bytes(services.entities, team, once.encode(), "x.csv")
    assert "4" in exc.value.message("fi") and "5" in exc.value.message("fi")
    assert len(services.entities.list(Measurement)) == 1


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "monitoring.csv.reason.empty"),
    (b"indikaattori;pvm;arvo\n", "monitoring.csv.reason.no_rows"),
    (b"indikaattori;pvm;arvo\nKoettu osallisuus;1.3.2019\n",
     "monitoring.csv.reason.empty_cell"),
    (b"indikaattori;pvm;arvo\nKoettu osallisuus;1.3.2019;1;2\n",
     "monitoring.csv.reason.extra_cells"),
    (b"indikaattori;pvm;arvo;mittari\nx;1.3.2019;1;y\n",
     "monitoring.csv.reason.duplicate_column"),
    (b"indikaattori;pvm;arvo\nKoettu osallisuus;1.3.19;1\n", "monitoring.csv.reason.bad_date"),
    (b"indikaattori;pvm;arvo\nKoettu osallisuus;1.3.2019;1.234,5\n",
     "monitoring.csv.reason.bad_number"),
    (b"indikaattori;pvm;arvo\nKoettu osallisuus;1.3.2019;\"1\n",
     "monitoring.csv.reason.malformed"),
    (b"indikaattori;pvm;arvo\nKoettu \x00osallisuus;1.3.2019;1\n",
     "monitoring.csv.reason.not_text"),
])
def test_other_malformed_files(services: Services, team: str, content: bytes,
                               reason: str) -> None:
    with pytest.raises(CsvRefused) as exc:
        import_measurements_bytes(services.entities, team, content, "x.csv")
    assert exc.value.reason == reason
    assert services.entities.list(Measurement) == []


def test_missing_csv_file_is_a_user_error(services: Services, team: str,
                                          tmp_path: Path) -> None:
    with pytest.raises(CsvRefused) as exc:
        import_measurements(services.entities, team, tmp_path / "ei.csv")
    assert "ei löydy" in exc.value.message("fi")


def test_numbers_and_dates_as_finnish_offices_write_them() -> None:
    assert parse_number("12,5") == 12.5
    assert parse_number("1 234,5") == 1234.5
    assert parse_number("\u22123") == -3.0
    assert parse_number("45 %") == 45.0
    assert parse_number("0.5") == 0.5
    for bad in ("", "abc", "1,2,3", "1.234,5", "nan", "inf", "1_000"):
        with pytest.raises(ValueError):
            parse_number(bad)
    assert parse_date("1.3.2019") == date(2019, 3, 1)
    assert parse_date("01.03.2019.") == date(2019, 3, 1)
    assert parse_date("13.3.2019 0:00") == date(2019, 3, 13)
    assert parse_date("2019-05-15") == date(2019, 5, 15)
    for bad in ("3/1/2019", "1.3.19", "32.1.2019", "2019-02-30"):
        with pytest.raises(ValueError):
            parse_date(bad)
