"""The stress programme: the real spring 2019 programme plus six more cities, a big idea wall
per team with generated photos, and many more test sessions (>= 12 teams, 5,000 board items,
150 photos, 400 feedback notes). Photos are 800×600 so that the build stays quick."""

from __future__ import annotations

from typing import Any

from jalostamo.models import FeedbackNote, TestSession
from jalostamo.services.demo import pictures
from jalostamo.services.demo.build_boards import import_photo, new_board, write_items
from jalostamo.services.demo.content_feedback import GENERIC_FEEDBACK
from jalostamo.services.demo.context import DemoContext
from jalostamo.services.demo.layout import BoardBuilder, wall

EXTRA_CITIES = [
    ("Lahti", ["participation"], "#E64980"),
    ("Kuopio", ["families"], "#74B816"),
    ("Pori", ["young_adults"], "#F59F00"),
    ("Joensuu", ["families", "participation"], "#15AABF"),
    ("Lappeenranta", ["young_adults"], "#7048E8"),
    ("Seinäjoki", ["families", "young_adults"], "#FA5252"),
]
EXTRA_MEMBERS = [("Anu", "osallisuuskoordinaattori"), ("Timo", "kehittämispäällikkö"),
                 ("Marja", "nuorisotyöntekijä")]
SURNAMES = ["Halonen", "Karjalainen", "Lindholm", "Peltonen", "Savolainen", "Tuominen"]
PLACES = ["Kirjasto", "Nuorisotalo", "Neuvola", "Koulu", "Asukastupa", "Päiväkoti",
          "Kauppakeskus"]
USES = ["iltaisin auki", "kohtaamispaikaksi", "yhteiseksi olohuoneeksi",
        "kokeilun tukikohdaksi", "nuorten ideoille", "vertaistuen paikaksi"]
WALL_NOTES = 380
PHOTOS_PER_WALL = 11
EXTRA_SESSIONS = 3
STRESS_PHOTO_SIZE = (800, 600)


def wall_text(i: int) -> str:
    return f"{PLACES[i % len(PLACES)]} {USES[(i // len(PLACES)) % len(USES)]}"


def fill_large(ctx: DemoContext) -> None:
    svc = ctx.svc
    for n, (city, themes, color) in enumerate(EXTRA_CITIES):
        team_id = svc.teams.add(city, theme_ids=[ctx.themes[k] for k in themes], color=color,
                                description=f"{city}: stressitestin tiimi.")
        key = city.casefold()
        ctx.teams[key] = team_id
        ctx.team_names[key] = city
        svc.teams.update_card(
            team_id, title=f"{city}: {PLACES[n]} {USES[n]}",
            hypothesis=f"Uskomme, että kun {PLACES[n].lower()} on {USES[n]}, asukkaat "
                       "löytävät toisensa ja palvelut helpommin.",
            target_group="Alueen asukkaat", place=f"{PLACES[n]}, {city}")
        for first, title in EXTRA_MEMBERS:
            svc.teams.add_member(team_id, f"{first} {SURNAMES[n]}", title=title,
                                 organisation=f"{city}n kaupunki")
        add_sessions(ctx, key, EXTRA_SESSIONS)
    for key in list(ctx.teams)[:7]:
        add_sessions(ctx, key, 1)
    for position, (key, team_id) in enumerate(ctx.teams.items()):
        photos = [
            import_photo(ctx, pictures.lego_build(ctx.next_photo_seed(), [wall_text(k + i)],
                                                  size=STRESS_PHOTO_SIZE)
                         if k % 2 else
                         pictures.sticky_wall(ctx.next_photo_seed(),
                                              [wall_text(k + i) for i in range(5)],
                                              size=STRESS_PHOTO_SIZE),
                         f"stress-{key}-{k}.jpg", team_id, f"Kuva {k + 1}")
            for k, i in ((k, position) for k in range(PHOTOS_PER_WALL))
        ]
        board_id = new_board(ctx, team_id, "Ideaseinä", "empty", 10.0 + position)
        builder = BoardBuilder(board_id)
        wall(builder, wall_text, WALL_NOTES, photo_ids=photos)
        write_items(ctx, builder)


def add_sessions(ctx: DemoContext, key: str, count: int) -> None:
    entities = ctx.svc.entities
    team_id = ctx.teams[key]
    session_ids = entities.create_many(TestSession, [
        {"team_id": team_id, "held_on": f"2019-05-{10 + i:02d}", "place": "Kirjasto",
         "segment": "alueen asukkaat", "participants": 6 + i, "method": "pop-up-piste",
         "consent_informed": True, "consent_quotes": True}
        for i in range(count)
    ])
    rows: list[dict[str, Any]] = [
        {"session_id": session_id, "quadrant": quadrant, "text": text, "position": float(p)}
        for session_id in session_ids
        for p, (quadrant, text) in enumerate(GENERIC_FEEDBACK)
    ]
    entities.create_many(FeedbackNote, rows)
    ctx.feedback_notes += len(rows)
    ctx.sessions.setdefault(key, []).extend(session_ids)
