"""Data out: .xlsx and Finnish-Excel CSV with the reports' privacy; text never a formula."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jalostamo.cli import main
from jalostamo.models import Board, BoardItem, Dot, DotVote, FeedbackNote, Quadrant, TestSession
from jalostamo.reports.spreadsheet import export
from jalostamo.services import Services
from tests.reports.conftest import (
    ALLOWED_QUOTE,
    ANONYMOUS_REVIEWER,
    MEMBER_NAMES,
    SECRET_QUOTE,
    Demo,
)

DANGEROUS = ["=HYPERLINK(\"http://x\";\"klikkaa\")", "+358 40 123", "-2+3", "@SUM(A1)"]


def _all_cells(path: Path) -> list[object]:
    book = load_workbook(path)
    return [cell.value for sheet in book.worksheets for row in sheet.iter_rows()
            for cell in row]


def test_cli_exports_every_table_as_a_workbook_with_the_reports_privacy(
        demo_file: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tiedot.xlsx"
    assert main(["export", str(demo_file.path), "--out", str(out), "--pseudonymise"]) == 0
    assert "Kirjoitettu" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames == ["Palaute", "Oivallukset", "Vertaisarvioinnit", "Arviointipisteet",
                               "Mittaukset", "Pisteäänestykset"]
    text = " ".join(str(v) for v in _all_cells(out) if v is not None)
    assert ALLOWED_QUOTE in text  # a quote with consent is exported
    assert SECRET_QUOTE not in text and "salainen" not in text  # one without is withheld
    assert ANONYMOUS_REVIEWER not in text
    for name in MEMBER_NAMES:
        assert name not in text
    measurements = book["Mittaukset"]
    rows = list(measurements.iter_rows(min_row=2, values_only=True))
    assert rows[0][:3] == ("Oulu", "Osallisuusindikaattori", "0–100")
    assert rows[0][3].date() == date(2019, 3, 1)  # a real date cell
    assert rows[0][4] == pytest.approx(54.4)  # a real number


def test_cli_writes_one_table_as_finnish_excel_csv(demo_file: Demo, tmp_path: Path) -> None:
    out = tmp_path / "mittaukset.csv"
    assert main(["export", str(demo_file.path), "--out", str(out), "--table",
                 "measurements"]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads ä and ö
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Kaupunkitiimi", "Indikaattori", "Yksikkö", "Päivämäärä", "Arvo"]
    assert rows[1] == ["Oulu", "Osallisuusindikaattori", "0–100", "1.3.2019", "54,4"]


def test_csv_of_every_table_is_one_file_each_and_an_existing_file_stays(
        demo_file: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "data.csv"
    taken = tmp_path / "data-votes.csv"
    taken.write_text("old")
    assert main(["export", str(demo_file.path), "--out", str(out)]) == 1
    assert taken.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data-votes.csv"]  # nothing half
    assert main(["export", str(demo_file.path), "--out", str(out), "--force"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "data-feedback.csv", "data-insights.csv", "data-measurements.csv", "data-reviews.csv",
        "data-rubric.csv", "data-votes.csv"]


def test_export_refuses_the_programme_file_itself(demo_file: Demo,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_file.path.read_bytes()
    assert main(["export", str(demo_file.path), "--out", str(demo_file.path), "--force",
                 "--format", "xlsx"]) == 1
    assert demo_file.path.read_bytes() == before


def _dangerous_programme(services: Services) -> None:
    team = services.teams.add("Oulu")
    session = services.entities.create(TestSession, team_id=team, held_on=date(2026, 3, 2))
    for text in DANGEROUS:
        services.entities.create(FeedbackNote, session_id=session, quadrant=Quadrant.IDEAS,
                                 text=text, severity=3)
    board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                     team_id=team, title="Malli")
    items = [services.entities.create(BoardItem, board_id=board, kind="note", text=t)
             for t in ("Kirjasto", "Nuorisotalo")]
    vote = services.entities.create(DotVote, board_id=board, title="Paras", status="closed")
    for item, voter in ((items[1], "a"), (items[1], "b"), (items[0], "c")):
        services.entities.create(Dot, vote_id=vote, item_id=item, voter=voter)


def test_text_that_looks_like_a_formula_is_written_as_text(services: Services,
                                                           tmp_path: Path) -> None:
    _dangerous_programme(services)
    xlsx = tmp_path / "palaute.xlsx"
    export(services, xlsx, table="feedback")
    sheet = load_workbook(xlsx)["Palaute"]
    cells = [row[7] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == DANGEROUS
    assert {c.data_type for c in cells} == {"s"}  # strings, never formulas
    assert [row[5].value for row in sheet.iter_rows(min_row=2)] == ["!!!"] * 4  # severity
    csv_out = tmp_path / "palaute.csv"
    export(services, csv_out, table="feedback")
    rows = list(csv.reader(io.StringIO(csv_out.read_text("utf-8-sig")), delimiter=";"))
    assert [r[7] for r in rows[1:]] == ["'" + text for text in DANGEROUS]


def test_dot_vote_results_are_exported_most_dots_first(services: Services,
                                                       tmp_path: Path) -> None:
    _dangerous_programme(services)
    out = tmp_path / "votes.xlsx"
    export(services, out, table="votes", lang="en")
    rows = list(load_workbook(out)["Dot votes"].iter_rows(values_only=True))
    assert rows[0] == ("City team", "Board", "Vote", "Status", "Rank", "Item", "Dots")
    assert rows[1:] == [("Oulu", "Malli", "Paras", "closed", 1, "Nuorisotalo", 2),
                        ("Oulu", "Malli", "Paras", "closed", 2, "Kirjasto", 1)]


def test_one_teams_feedback_in_swedish(demo_file: Demo, tmp_path: Path) -> None:
    out = tmp_path / "oulu.csv"
    assert main(["export", str(demo_file.path), "--out", str(out), "--table", "feedback",
                 "--team", "Oulu", "--lang", "sv"]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Stadsteam", "Datum"]
    assert len(rows) > 1 and {r[0] for r in rows[1:]} == {"Oulu"}
