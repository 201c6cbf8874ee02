"""Take the people screen and the team setup screenshots in Finnish, Swedish and English into
docs/screenshots/people_*_{fi,sv,en}.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/people_screenshots.py

The spring 2019 programme in a 1280×800 window: everyone in the programme with title,
organisation, e-mail and roles (experts from THL, STM and OKM invited to the programme), and
the city teams as they really were: two teams of Oulu told apart by name, a team of several
cities and Tampere University as its own team.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

TEAMS = (("Oulu", "Lapsiperheet", [], 0, ("Olli Oululainen", "lead", "Hyvinvointikoordinaattori",
                                           "Oulun kaupunki")),
         ("Oulu", "Nuoret aikuiset", [], 1, ("Outi Oja", "member", "Nuorisotyöntekijä",
                                              "Oulun kaupunki")),
         ("Helsinki", "", ["Espoo", "Vantaa"], 2, ("Eeva Espoolainen", "lead",
                                                    "Kehittämispäällikkö", "Espoon kaupunki")),
         ("Tampere", "Tampereen yliopisto", [], 2, ("Ulla Yliopistolainen", "expert", "Tutkija",
                                                    "Tampereen yliopisto")))
EXPERTS = (("Kaisa Virta", "Erityisasiantuntija", "THL", "kaisa.virta@thl.fi", "osallisuus"),
           ("Sami Salo", "Neuvotteleva virkamies", "STM", "sami.salo@stm.fi", "hyvinvointi"),
           ("Outi Opas", "Opetusneuvos", "OKM", "", "nuorisotyö"))


def programme(path: Path) -> None:
    from jalostamo.services import Services

    with Services.create(path, "Sosiaalisesti kestävät kaupungit", organiser="Kuntaliitto",
                         venue="Kuntatalo, Helsinki") as svc:
        themes = [svc.programme.add_theme(name) for name in
                  ("Lapsiperheet", "Nuoret aikuiset", "Osallisuus ja demokratia")]
        svc.programme.add_facilitator("Maija Muotoilija", "vetäjä", title="Palvelumuotoilija",
                                      organisation="Kuntaliitto", email="maija@kuntaliitto.fi")
        for city, name, cities, theme, (member, role, title, organisation) in TEAMS:
            team = svc.teams.add(city, name=name, cities=cities, theme_ids=[themes[theme]])
            svc.teams.add_member(team, member, role, title=title, organisation=organisation)
        for name, title, organisation, email, expertise in EXPERTS:
            svc.people.add_expert(name, title=title, organisation=organisation, email=email,
                                  expertise=expertise)


def shoot(window, lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    window.show_page("people")
    page = window.current_page()
    page.select_person(page.entries[0].person.id)
    QApplication.processEvents()
    window.grab().save(str(HERE / f"people_screen_{lang}.png"))
    window.show_page("setup")
    setup = window.current_page()
    setup.tabs.setCurrentIndex(2)
    teams = setup.teams
    teams.list.setCurrentRow(2)  # the team of several cities
    QApplication.processEvents()
    window.grab().save(str(HERE / f"people_team_setup_{lang}.png"))


def main() -> int:
    os.environ["JALOSTAMO_DATA_DIR"] = tempfile.mkdtemp(prefix="jalostamo-shots-")
    from jalostamo.i18n import set_language
    from jalostamo.services.settings import Settings
    from jalostamo.ui.app import application
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    application()
    path = Path(tempfile.mkdtemp(prefix="jalostamo-shots-")) / "kevat2019.jalostamo"
    programme(path)
    for lang in ("fi", "sv", "en"):
        set_language(lang)
        install_translators(lang)
        window = MainWindow(Settings.load())
        window.resize(1280, 800)
        window.show()
        window.open_file(path)
        shoot(window, lang)
        window.close_document()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
