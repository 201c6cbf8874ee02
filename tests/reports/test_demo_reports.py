"""Reports of the demo programme (what a facilitator sees first): every kind reads back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jalostamo.reports import build_report
from jalostamo.services import Services
from jalostamo.services.demo import build_demo
from tests.reports.pdfread import read_back


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
