"""The workshop report lists who was present, pseudonymised when asked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jalostamo.models import Person
from jalostamo.reports import build_report
from jalostamo.services import Services
from jalostamo.services.privacy import pseudonym_code
from tests.reports.pdftext import plain_text


def _text(path: Path) -> str:
    return plain_text(path)


def test_the_workshop_report_names_who_was_present(tmp_path: Path) -> None:
    prog = tmp_path / "ohjelma.jalostamo"
    with Services.create(prog, "Sosiaalisesti kestävät kaupungit") as svc:
        first = svc.programme.add_workshop(held_on=date(2019, 3, 13))
        second = svc.programme.add_workshop(held_on=date(2019, 4, 4))
        svc.programme.add_facilitator("Fanni Fasilitaattori")
        oulu = svc.teams.add("Oulu")
        svc.teams.add_member(oulu, "Olli Oululainen")
        svc.teams.add_member(oulu, "Outi Poissaoleva")
        expert = svc.entities.create(Person, name="Kaisa Virta", organisation="THL")
        people = {r.name: r.person_id for r in svc.attendance.roster(first)}
        for name in ("Fanni Fasilitaattori", "Olli Oululainen"):
            svc.attendance.set_present(first, people[name], True)
        svc.attendance.set_present(first, expert, True)
        svc.attendance.set_present(first, people["Outi Poissaoleva"], False)
        svc.attendance.set_present(second, people["Outi Poissaoleva"], True)

    out = tmp_path / "tp1.pdf"
    with Services.open(prog, readonly=True) as svc:
        build_report(svc, out, kind="workshop", workshop=1, lang="fi")
        hidden = tmp_path / "tp1-pseud.pdf"
        build_report(svc, hidden, kind="workshop", workshop=1, lang="fi", pseudonymise=True)
        empty = tmp_path / "tp2-en.pdf"
        build_report(svc, empty, kind="workshop", workshop=2, lang="en")
    text = _text(out)
    assert ("Läsnä Fasilitaattorit: Fanni Fasilitaattori Oulu: Olli Oululainen "
            "Asiantuntijat ja muut: Kaisa Virta Läsnä yhteensä: 3.") in text
    assert "Outi Poissaoleva" not in text.split("Esityslista")[0]

    pseud = _text(hidden)
    assert "Olli Oululainen" not in pseud and "Kaisa Virta" not in pseud
    assert f"Oulu: Henkilö {pseudonym_code(people['Olli Oululainen'])}" in pseud
    assert "Present Experts and others:" not in _text(empty)
    assert "Outi Poissaoleva" in _text(empty) and "People present: 1." in _text(empty)
