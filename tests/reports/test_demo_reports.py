"""Reports of the demo programme (what a facilitator sees first): every kind reads back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jalostamo.reports import build_report
from jalostamo.services import Services
from jalostamo.services.demo import build_demo
from tests.reports.pdfread import read_back
from tests.reports.structread import check_accessible


@pytest.fixture(scope="module")
def demo_programme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("demo") / "demo.jalostamo"
    build_demo(path, size="normal")
    svc = Services.open(path, readonly=True)
    yield svc
    svc.close()


@pytest.mark.parametrize(("kind", "options", "lang"), [
    ("programme", {}, "fi"),
    ("workshop", {"workshop": 3}, "sv"),
    ("team", {"team": "Oulu"}, "en"),
])
def test_demo_report_reads_back(demo_programme: Services, tmp_path: Path, kind: str,
                                options: dict[str, object], lang: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    result = build_report(demo_programme, out, kind=kind, lang=lang,  # type: ignore[arg-type]
                          **options)  # type: ignore[arg-type]
    pdf = read_back(out)
    assert pdf.pdfa_passed and pdf.lang == lang
    check_accessible(out, lang)  # tagged: PDF/UA-1 (tests/reports/structread.py)
    assert all(pdf.fonts.values())
    assert pdf.pages == result.pages >= 6
    assert result.images >= 1 and pdf.image_xobjects == result.images
    teams = [t.display_name for t in demo_programme.teams.list()]
    if kind == "team":
        assert pdf.outline[0].startswith("Oulu: ")  # the cover's title opens the outline
    else:
        assert all(name in pdf.text for name in teams)
    if kind == "programme":
        assert set(teams) <= set(pdf.outline)
        assert "Sisällys" in pdf.text


def test_demo_privacy_holds_in_every_team_report(demo_programme: Services,
                                                 tmp_path: Path) -> None:
    from jalostamo.models import FeedbackNote, Person, Review, ReviewAssignment, ReviewAuthor, TestSession

    e = demo_programme.entities
    sessions = {s.id: s for s in e.list(TestSession)}
    withheld = [n for n in e.list(FeedbackNote)
                if n.is_quote and not sessions[n.session_id].consent_quotes]
    shown = [n for n in e.list(FeedbackNote)
             if n.is_quote and sessions[n.session_id].consent_quotes]
    people = {p.id: p.name for p in e.list(Person)}
    anonymous = {r.id for r in e.list(Review) if r.anonymous}
    hidden_names = {people[a.person_id] for a in e.list(ReviewAuthor) if a.review_id in anonymous}
    assert withheld and shown and hidden_names  # the demo exercises every rule
    reviewee = {a.id: a.reviewee_team_id for a in e.list(ReviewAssignment)}
    anonymous_teams = {reviewee[r.assignment_id] for r in e.list(Review) if r.id in anonymous}
    teams = {sessions[n.session_id].team_id for n in withheld} | anonymous_teams
    text = ""
    for team_id in teams:
        out = tmp_path / f"{team_id}.pdf"
        build_report(demo_programme, out, kind="team", team=team_id)
        text += " ".join(read_back(out).text.split())
    for note in withheld:
        assert " ".join(note.text.split()) not in text
    assert any(" ".join(n.text.split()) in text for n in shown)
    for name in hidden_names:
        assert name not in text


def test_pseudonymised_demo_reports_name_nobody(demo_programme: Services,
                                                tmp_path: Path) -> None:
    """Board drawings carried real names as searchable text (issue 15)."""
    from jalostamo.models import Person

    names = [p.name for p in demo_programme.entities.list(Person) if p.name.strip()]
    for kind, options in (("programme", {}), ("team", {"team": "Oulu"})):
        out = tmp_path / f"{kind}.pdf"
        build_report(demo_programme, out, kind=kind, pseudonymise=True,  # type: ignore[arg-type]
                     **options)  # type: ignore[arg-type]
        text = " ".join(read_back(out).text.split())
        assert "Henkilö " in text
        assert [n for n in names if n in text] == []
        assert [n.split()[-1] for n in names if n.split()[-1] in text] == []

