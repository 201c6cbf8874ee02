"""``build_demo``: the spring 2019 programme (normal) or a stress programme (large)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from jalostamo.errors import InvalidInput, UserError
from jalostamo.models import AgendaItem, Attendance, HowMightWe, Insight, Person, ReviewCriterion
from jalostamo.services import Services
from jalostamo.services.demo import content_programme as prog
from jalostamo.services.demo.content_teams import TEAMS
from jalostamo.services.demo.context import DemoContext

SIZES = ("normal", "large")


@dataclass(frozen=True)
class DemoSummary:
    """What a demo file holds, as ``jalostamo demo`` reports it."""

    teams: int
    board_items: int
    photos: int
    feedback_notes: int
    path: Path


def build_demo(path: Path, *, size: Literal["normal", "large"] = "normal",
               device_id: str | None = None) -> DemoSummary:
    """Create ``path`` with the demo programme, fill it and close it.

    Refuses an existing path (``file.exists``), a missing folder and an unknown size; if
    anything fails on the way, the half-built file is removed: nothing half-written is left.
    """
    if size not in SIZES:
        raise InvalidInput("demo.bad_size", size=size, sizes=", ".join(SIZES))
    path = Path(path)
    if not path.parent.is_dir():
        raise InvalidInput("demo.no_folder", folder=str(path.parent))
    svc = Services.create(path, prog.PROGRAMME_NAME, device_id=device_id,
                          organiser=prog.ORGANISER, description=prog.DESCRIPTION,
                          venue=prog.VENUE, language="fi", starts_on=prog.STARTS_ON,
                          ends_on=prog.ENDS_ON)
    try:
        ctx = DemoContext(svc)
        fill_normal(ctx)
        if size == "large":
            from jalostamo.services.demo.large import fill_large

            fill_large(ctx)
        summary = DemoSummary(teams=len(ctx.teams), board_items=ctx.board_items,
                              photos=len(ctx.photos), feedback_notes=ctx.feedback_notes,
                              path=path)
    except BaseException:
        with contextlib.suppress(UserError):  # the first error is the one to tell
            svc.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    svc.close()
    return summary


def fill_normal(ctx: DemoContext) -> None:
    from jalostamo.services.demo.build_boards import add_boards
    from jalostamo.services.demo.build_monitoring import add_monitoring
    from jalostamo.services.demo.build_reviews import add_reviews
    from jalostamo.services.demo.build_tests import add_tests

    add_programme(ctx)
    add_teams(ctx)
    add_boards(ctx)
    add_tests(ctx)
    add_reviews(ctx)
    add_monitoring(ctx)


def add_programme(ctx: DemoContext) -> None:
    svc = ctx.svc
    for name, title, organisation, role in prog.FACILITATORS:
        svc.programme.add_facilitator(name, role, title=title, organisation=organisation)
    facilitators = [f.person_id for f, _person in svc.programme.facilitators()]
    ctx.experts = svc.entities.create_many(Person, [
        {"name": name, "title": title, "organisation": organisation}
        for name, title, organisation in prog.EXPERTS
    ])
    for key, (name, description, color) in prog.THEMES.items():
        ctx.themes[key] = svc.programme.add_theme(name, description=description, color=color)
    for number, title, held_on, phase, notes in prog.WORKSHOPS:
        workshop_id = svc.programme.add_workshop(number=number, phase=phase, title=title,
                                                 held_on=held_on, venue=prog.VENUE,
                                                 starts_at="09:00", notes=notes)
        ctx.workshops[number] = workshop_id
        svc.entities.create_many(AgendaItem, [
            {"workshop_id": workshop_id, "position": float(i + 1), "title": title_,
             "method_key": method, "minutes": minutes, "instructions": instructions, "who": who}
            for i, (title_, method, minutes, instructions, who) in enumerate(prog.AGENDAS[number])
        ])
    # the facilitators run every workshop; the experts join the first and the third
    svc.entities.create_many(Attendance, [
        {"workshop_id": ctx.workshops[number], "person_id": person_id, "present": True}
        for number in ctx.workshops for person_id in facilitators
    ] + [
        {"workshop_id": ctx.workshops[number], "person_id": person_id, "present": True}
        for number in (1, 3) for person_id in ctx.experts
    ])
    ctx.criteria = dict(zip(
        [key for key, _label, _desc in prog.CRITERIA],
        svc.entities.create_many(ReviewCriterion, [
            {"programme_id": svc.doc.programme_id, "key": key, "label": label,
             "description": description, "position": float(i)}
            for i, (key, label, description) in enumerate(prog.CRITERIA)
        ]), strict=True))


def add_teams(ctx: DemoContext) -> None:
    svc = ctx.svc
    attendance: list[dict[str, object]] = []
    for team in TEAMS:
        team_id = svc.teams.add(team["city"], name=team["name"],
                                theme_ids=[ctx.themes[k] for k in team["themes"]],
                                color=team["color"], description=team["description"])
        ctx.teams[team["key"]] = team_id
        ctx.team_names[team["key"]] = team["name"] or team["city"]
        changes = dict(team["card"])
        if team["decision"]:
            decision, reasoning, decided_on = team["decision"]
            changes.update(decision=decision, decision_reasoning=reasoning, decided_on=decided_on)
        svc.teams.update_card(team_id, **changes)
        for name, title, organisation, role in team["members"]:
            svc.teams.add_member(team_id, name, role, title=title, organisation=organisation)
        for member, person in svc.teams.members(team_id):
            ctx.people[person.name] = member.person_id
            for number, workshop_id in ctx.workshops.items():
                present = ctx.rng.random() > 0.12 or number == 1
                attendance.append({"workshop_id": workshop_id, "person_id": member.person_id,
                                   "present": present})
        svc.entities.create_many(Insight, [
            {"team_id": team_id, "title": title, "text": text, "position": float(i)}
            for i, (title, text) in enumerate(team["insights"])
        ])
        svc.entities.create_many(HowMightWe, [
            {"team_id": team_id, "workshop_id": ctx.workshops[2], "text": text,
             "position": float(i)}
            for i, text in enumerate(team["hmw"])
        ])
    svc.entities.create_many(Attendance, attendance)
