"""Attendance per workshop: who of the programme's people was present (the ``attendance``
table: one row per workshop and person, ``present`` true or false). No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from jalostamo.models import Attendance, Facilitator, Person, TeamMember, Workshop
from jalostamo.services.entities import Entities
from jalostamo.services.teams import TeamService

FACILITATOR, TEAM, OTHER = "facilitator", "team", "other"


@dataclass(frozen=True)
class Attendee:
    """A person of the programme as the attendance list of one workshop shows them."""

    person_id: str
    name: str
    kind: str  # FACILITATOR, TEAM or OTHER (experts, reviewers)
    group: str  # the team's name for TEAM ("" otherwise)
    organisation: str
    present: bool


class AttendanceService:
    def __init__(self, entities: Entities, teams: TeamService) -> None:
        self.entities = entities
        self.teams = teams

    def roster(self, workshop_id: str) -> list[Attendee]:
        """Every living person of the programme with whether they were at the workshop:
        facilitators first, then each team's members in the teams' order, then the others."""
        e = self.entities
        e.get(Workshop, workshop_id)
        present = self.present_ids(workshop_id)
        people = {p.id: p for p in e.list(Person)}
        seen: set[str] = set()
        rows: list[Attendee] = []

        def add(person: Person, kind: str, group: str = "") -> None:
            seen.add(person.id)
            rows.append(Attendee(person.id, person.name, kind, group, person.organisation,
                                 person.id in present))

        for facilitator in sorted(e.list(Facilitator), key=lambda f: people[f.person_id].name
                                  if f.person_id in people else ""):
            if facilitator.person_id in people and facilitator.person_id not in seen:
                add(people[facilitator.person_id], FACILITATOR)
        labels = self.teams.labels()
        members: dict[str, list[TeamMember]] = {}
        for member in e.list(TeamMember):  # grouped once: a roster of 150 teams stays linear
            members.setdefault(member.team_id, []).append(member)
        for team in self.teams.list():
            mine = sorted((people[m.person_id] for m in members.get(team.id, [])
                           if m.person_id in people and m.person_id not in seen),
                          key=lambda p: p.name.casefold())
            for person in mine:
                add(person, TEAM, labels[team.id])
        for person in sorted(people.values(), key=lambda p: p.name.casefold()):
            if person.id not in seen:
                add(person, OTHER)
        return rows

    def present_ids(self, workshop_id: str) -> set[str]:
        return {a.person_id for a in self.entities.list(Attendance, workshop_id=workshop_id)
                if a.present}

    def set_present(self, workshop_id: str, person_id: str, present: bool) -> None:
        """Mark one person present or not at one workshop, as one operation."""
        e = self.entities
        e.get(Workshop, workshop_id)
        e.get(Person, person_id)
        rows = e.list(Attendance, workshop_id=workshop_id, person_id=person_id)

        def mark() -> None:
            if not rows:
                e.create(Attendance, workshop_id=workshop_id, person_id=person_id,
                         present=present)
                return
            changes = {r.id: {"present": present} for r in rows if r.present != present}
            if changes:
                e.update_many(Attendance, changes)

        e.operations.perform(mark)
