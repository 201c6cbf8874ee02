"""Every report kind, in every language, read back: text, pages, outline, fonts, language,
metadata, and the PDF/A-2b check."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalostamo.i18n import translate
from jalostamo.reports import build_report
from jalostamo.services import Services
from tests.reports.conftest import ALLOWED_QUOTE, Demo
from tests.reports.pdfread import read_back
from tests.reports.structread import check_accessible

KINDS = {"programme": {}, "workshop": {"workshop": 2}, "team": {"team": "Oulu"}}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_report_reads_back_complete(demo: Services, tmp_path: Path, kind: str,
                                    lang: str) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    result = build_report(demo, out, kind=kind, lang=lang, **KINDS[kind])  # type: ignore[arg-type]
    pdf = read_back(out)
    check_accessible(out, lang)  # tagged: PDF/UA-1 (tests/reports/structread.py)

    assert pdf.pdfa_passed
    assert pdf.pages == result.pages >= 4
    assert pdf.lang == lang
    assert pdf.fonts and all(pdf.fonts.values()), pdf.fonts
    assert all("DejaVuSans" in name for name in pdf.fonts)

    kind_title = translate(f"report.kind.{kind}", lang)
    assert pdf.metadata["Title"].startswith(kind_title)
    assert "Sosiaalisesti kestävät kaupungit" in pdf.metadata["Title"]
    assert pdf.metadata["Author"] == "Fanni Fasilitaattori"
    assert pdf.metadata["Subject"].startswith(kind_title)
    assert translate("report.keywords", lang).split(",")[0] in pdf.metadata["Keywords"]

    text = pdf.text
    assert kind_title.upper() in text
    assert translate("report.page_of", lang, page=pdf.pages, pages=pdf.pages) in text
    assert "Oulu" in text and "Nuorten oma olohuone" in text
    assert translate("report.phase.define", lang) in text
    if kind != "team":
        assert "Turku" in text and "Vantaa" in text
    if kind == "team":
        assert "Turku" not in pdf.outline
        assert ALLOWED_QUOTE in text.replace("\n", " ")

    assert len(pdf.outline) >= 4
    expected_heading = {"programme": "report.themes_and_teams", "workshop": "report.card",
                        "team": "report.card"}[kind]
    assert translate(expected_heading, lang) in pdf.outline
    if kind == "workshop":  # the agenda names its methods in the report's language
        from jalostamo.services.guide import method

        card = method("stakeholder_map", lang)
        assert card is not None and card.name in text
    if kind == "programme":
        assert translate("report.contents", lang) in text
        assert {"Oulu", "Turku", "Vantaa"} <= set(pdf.outline)


def test_photo_used_many_times_is_embedded_once(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "team.pdf"
    result = build_report(demo, out, kind="team", team="Oulu")
    pdf = read_back(out)
    # the photo is on the board twice and in every version: one image object in the file
    assert result.images == 1
    assert pdf.image_xobjects == 1


def test_board_text_stays_text(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "workshop.pdf"
    build_report(demo, out, kind="workshop", workshop=1, lang="en")
    text = read_back(out).text
    assert "Kirjasto auki iltaisin" in text.replace("\n", " ")  # a sticky note's text
    assert "Asiakaspolku" in text  # a frame's title


def test_demo_file_is_not_changed_by_a_report(demo_file: Demo, tmp_path: Path) -> None:
    before = demo_file.path.read_bytes()
    with Services.open(demo_file.path, readonly=True) as svc:
        build_report(svc, tmp_path / "p.pdf", kind="programme")
    assert demo_file.path.read_bytes() == before


def test_reviews_given_name_the_reviewed_team(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "vantaa.pdf"
    build_report(demo, out, kind="team", team="Vantaa", lang="en")
    text = read_back(out).text
    given = text.split("Peer reviews given", 1)[1]
    assert "Reviewed team: Oulu" in given
    assert "Reviews in an anonymous round: 1" in given


def test_a_programme_just_begun_still_gives_every_report(services: Services,
                                                          tmp_path: Path) -> None:
    services.teams.add("Kotka")
    services.programme.add_workshop()
    for kind, options in KINDS.items():
        options = {"team": "Kotka"} if kind == "team" else options
        options = {"workshop": 1} if kind == "workshop" else options
        out = tmp_path / f"{kind}.pdf"
        build_report(services, out, kind=kind, lang="en", **options)  # type: ignore[arg-type]
        pdf = read_back(out)
        assert pdf.pdfa_passed and "Kotka" in pdf.text
        if kind != "programme":
            assert "No visual model has been made yet." in pdf.text
