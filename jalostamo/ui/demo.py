"""The demo programme: built by ``jalostamo.services.demo.build_demo`` when that exists, else a
small sample made through the services (the 2019 jalostamo of socially sustainable cities)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from jalostamo.paths import user_data_dir
from jalostamo.services import Services
from jalostamo.services.vocabulary import MemberRole, Phase

log = logging.getLogger(__name__)


def demo_path() -> Path:
    """The demo file in the user data directory, built the first time it is asked for."""
    folder = user_data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.jalostamo"
    if not path.exists():
        build(path)
    return path


def build(path: Path) -> Path:
    try:
        from jalostamo.services.demo import build_demo
    except ImportError:  # an older tree without the demo builder
        pass
    else:
        build_demo(path)
        return path
    with Services.create(path, "Kokeilujalostamo 2019: Sosiaalisesti kestävä kaupunki",
                         organiser="Kuntaliitto", venue="Kuntatalo, Helsinki") as svc:
        fill_sample(svc)
    return path


SAMPLE_TEAMS = (
    ("Turku", (0, 2)), ("Tampere", (0, 1, 2)), ("Oulu", (0, 1)),
    ("Espoo", (2,)), ("Vantaa", (0, 1, 2)), ("Jyväskylä", (1,)),
)


def fill_sample(svc: Services) -> None:
    """Themes, four workshops with agendas, six city teams with members and cards."""
    themes = [svc.programme.add_theme(name, color=color) for name, color in (
        ("Lapsiperheet", "#E8590C"), ("Nuoret aikuiset", "#1C7ED6"),
        ("Osallisuus ja demokratia", "#2F9E44"))]
    svc.programme.add_facilitator("Maija Muotoilija", role="palvelumuotoilija")
    days = (date(2019, 3, 13), date(2019, 4, 4), date(2019, 4, 24), date(2019, 5, 15))
    for number, (day, phase) in enumerate(zip(days, Phase, strict=False), start=1):
        workshop = svc.programme.add_workshop(number=number, phase=phase, held_on=day,
                                              venue="Kuntatalo", starts_at="09:00")
        for title, method, minutes in (
            ("Tervetuloa ja tavoitteet", "", 15),
            ("Sidosryhmäkartta", "stakeholder_map", 45),
            ("Kuinka voisimme…?", "how_might_we", 30),
            ("Tauko", "", 15),
            ("Pidän · Toivoisin · Entä jos", "i_like_i_wish_what_if", 40),
        ):
            svc.programme.add_agenda_item(workshop, title, minutes, method_key=method,
                                          who="Kaikki tiimit")
    for city, theme_idx in SAMPLE_TEAMS:
        team = svc.teams.add(city, theme_ids=[themes[i] for i in theme_idx])
        svc.teams.add_member(team, f"{city}-tiimin vetäjä", MemberRole.LEAD)
        svc.teams.add_member(team, "Asukasedustaja", MemberRole.RESIDENT)
    turku = svc.teams.find("Turku").id
    svc.teams.update_card(
        turku, title="Alueellinen perhekahvila", phenomenon="Lapsiperheiden yksinäisyys",
        problem="Uudet perheet eivät löydä alueen palveluja eivätkä toisiaan.",
        hypothesis="Uskomme, että viikoittainen perhekahvila kirjastossa lisää perheiden "
                   "yhteyksiä ja palvelujen tuntemusta.",
        target_group="Alle 3-vuotiaiden lasten vanhemmat Varissuolla",
        place="Varissuon kirjasto", practice="Kahvila joka torstai 10 viikon ajan",
        learning_goals="Tulevatko perheet? Mitä he tarvitsevat?",
        carried_out_by="Aluetyön koordinaattori ja järjestökumppanit",
        budget="2 000 €", success_criteria="Vähintään 15 perhettä käy kolmesti")
