"""Dates as Finns, Swedes and English speakers type them."""

from __future__ import annotations

from datetime import date

import pytest

from jalostamo.services.date_input import DateNotUnderstood, format_date, parse_date

TODAY = date(2026, 12, 2)
SPRING_2019 = date(2019, 3, 13)


@pytest.mark.parametrize(("typed", "meant"), [
    ("13.3.2019", date(2019, 3, 13)),
    ("24.04.2019", date(2019, 4, 24)),
    ("4.4.2019", date(2019, 4, 4)),
    ("15.5.2019.", date(2019, 5, 15)),
    (" 13 . 3 . 2019 ", date(2019, 3, 13)),
    ("13.3.19", date(2019, 3, 13)),
    ("13.3.", date(2019, 3, 13)),  # the year of the programme's dates
    ("13.3", date(2019, 3, 13)),
    ("2019-03-13", date(2019, 3, 13)),
    ("2019-3-13", date(2019, 3, 13)),
    ("13/3/2019", date(2019, 3, 13)),
    ("13 March 2019", date(2019, 3, 13)),
    ("13 mars 2019", date(2019, 3, 13)),
    ("13. maaliskuuta 2019", date(2019, 3, 13)),
    ("4. huhtikuuta", date(2019, 4, 4)),
    ("24 Apr", date(2019, 4, 24)),
])
def test_what_people_type_is_the_date_they_mean(typed: str, meant: date) -> None:
    assert parse_date(typed, today=TODAY, near=SPRING_2019) == meant


def test_a_date_without_a_year_takes_todays_year_when_nothing_is_near() -> None:
    assert parse_date("13.3.", today=TODAY) == date(2026, 3, 13)


@pytest.mark.parametrize("typed", ["", "  ", "–", "-"])
def test_an_empty_field_is_no_date(typed: str) -> None:
    assert parse_date(typed, today=TODAY) is None


@pytest.mark.parametrize("typed", [
    "–1332019", "1332019", "31.2.2019", "13.13.2019", "eilen", "0.3.2019", "13.3.1019",
    "13 Smarch 2019", "2019-02-30", "13..3.2019", "x" * 5000,
])
def test_nonsense_is_refused_with_what_was_typed_and_an_example(typed: str) -> None:
    with pytest.raises(DateNotUnderstood) as caught:
        parse_date(typed, today=TODAY, field="held_on")
    message = caught.value.message("fi")
    assert typed[:40] in message and "13.3.2019" in message and "Päivämäärä" in message
    assert "13.3.2019" in caught.value.message("sv") and "Datum" in caught.value.message("sv")


def test_a_date_is_shown_as_it_is_typed_and_read_back() -> None:
    assert format_date(date(2019, 4, 4)) == "4.4.2019"
    assert format_date(None) == ""
    value = date(2019, 12, 31)
    assert parse_date(format_date(value), today=TODAY) == value
