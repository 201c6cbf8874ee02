"""Numbers, dates and percentages as the report's language writes them; chart axes with round
ticks that do not go below zero for values that never do."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from jalostamo.models import Indicator, Measurement
from jalostamo.reports import build_report
from jalostamo.reports.numbers import day, nice_ticks, number, percent
from jalostamo.services import Services
from tests.reports.pdfread import read_back


@pytest.mark.parametrize(("lang", "shown", "not_shown", "when"), [
    ("fi", "61,6", "61.6", "13.3.2019"),
    ("sv", "61,6", "61.6", "13.3.2019"),
    ("en", "61.6", "61,6", "13 Mar 2019"),
])
def test_programme_report_writes_numbers_and_dates_in_its_language(
        demo: Services, tmp_path: Path, lang: str, shown: str, not_shown: str,
        when: str) -> None:
    out = tmp_path / f"programme-{lang}.pdf"
    build_report(demo, out, kind="programme", lang=lang)
    text = read_back(out).text
    assert shown in text  # the latest measurement in the indicators' table
    assert not_shown not in text
    assert when in text


def test_chart_of_counts_has_no_negative_axis(services: Services, tmp_path: Path) -> None:
    team = services.teams.add("Oulu")
    indicator = services.entities.create(Indicator, team_id=team, name="Kävijät")
    services.entities.create_many(Measurement, [
        {"indicator_id": indicator, "measured_on": date(2026, m, 1), "value": v}
        for m, v in ((1, 0.0), (2, 2.0), (3, 3.0))])
    out = tmp_path / "counts.pdf"
    build_report(services, out, kind="team", team="Oulu")
    text = read_back(out).text
    assert re.search(r"(?<![\w])[-−]\d", text) is None  # no negative tick label


def test_formatting_helpers() -> None:
    assert number(59.8, lang="fi") == "59,8"
    assert number(59.8, lang="en") == "59.8"
    assert number(1234.5, 1, lang="sv") == "1\xa0234,5"
    assert number(None) == "–"
    assert percent(0.598, 1, lang="fi").startswith("59,8")
    assert day(date(2019, 3, 13), lang="fi") == "13.3.2019"
    assert day(date(2019, 3, 13), lang="en") == "13 Mar 2019"
    assert nice_ticks(52.0, 61.6) == [50, 52.5, 55, 57.5, 60, 62.5]
    assert nice_ticks(0, 7, counts=True) == [0, 2, 4, 6, 8]
