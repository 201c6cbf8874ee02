"""The printable agenda of one workshop, from the services and from the command line, read
back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.reports import build_report
from jalostamo.services import Services
from tests.reports.pdftext import plain_text


def _programme(path: Path) -> None:
    svc = Services.create(path, "Sosiaalisesti kestävät kaupungit", organiser="Kuntaliitto")
    try:
        svc.programme.add_workshop(held_on=date(2019, 3, 13), venue="Kuntatalo")
        second = svc.programme.add_workshop(held_on=date(2019, 4, 4), venue="Kuntatalo",
                                            starts_at="09:30")
        svc.programme.add_agenda_item(second, "Aloitus ja tavoitteet", 20, method_key="check_in",
                                      who="Fanni Fasilitaattori")
        svc.programme.add_agenda_item(second, "Ilmiö Legoilla", 45,
                                      method_key="lego_serious_play",
                                      instructions="Rakentakaa ilmiö ja valokuvatkaa se.")
        svc.programme.add_agenda_item(second, "Kahvitauko", 15)
        svc.programme.add_agenda_item(second, "Oma harjoitus", 30, method_key="own:Kävelykokous")
    finally:
        svc.close()


def _text(path: Path) -> str:
    return plain_text(path)


def test_the_agenda_pdf_lists_every_item_with_its_times_in_finnish(tmp_path: Path) -> None:
    prog = tmp_path / "ohjelma.jalostamo"
    _programme(prog)
    out = tmp_path / "esityslista.pdf"
    with Services.open(prog, readonly=True) as svc:
        result = build_report(svc, out, kind="agenda", workshop=2, lang="fi")
    assert result.pages == 1
    text = _text(out)
    for line in ("Esityslista · Työpaja 2", "4.4.2019", "Kuntatalo",
                 "09:30–09:50", "Aloitus ja tavoitteet", "Fanni Fasilitaattori",
                 "09:50–10:35", "Ilmiö Legoilla", "LEGO® Serious Play® -tyylinen rakentelu",
                 "Rakentakaa ilmiö ja valokuvatkaa se.",
                 "10:35–10:50", "Kahvitauko", "10:50–11:20", "Oma harjoitus", "Kävelykokous",
                 "Yhteensä 110 min, klo 09:30–11:20."):
        assert line in text, line
    assert text.index("Aloitus ja tavoitteet") < text.index("Ilmiö Legoilla") \
        < text.index("Kahvitauko") < text.index("Oma harjoitus")
    assert "Tiimiraportti" not in text and "own:" not in text


def test_the_cli_writes_the_agenda_and_refuses_a_missing_workshop(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prog = tmp_path / "ohjelma.jalostamo"
    _programme(prog)
    out = tmp_path / "esityslista-2.pdf"
    assert main(["report", str(prog), "--kind", "agenda", "--workshop", "2",
                 "--out", str(out)]) == 0
    assert "09:30–09:50" in _text(out)
    assert "Ilmiö Legoilla" in _text(out)

    missing = tmp_path / "ei.pdf"
    assert main(["report", str(prog), "--kind", "agenda", "--workshop", "7",
                 "--out", str(missing)]) == 1
    assert "7" in capsys.readouterr().err
    assert not missing.exists()
