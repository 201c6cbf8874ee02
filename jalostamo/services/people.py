"""Everyone in the programme: facilitators, team members and experts, with their title,
organisation, e-mail and what they are in the programme; experts invited to the programme
itself (``programme_experts``), not only through a review round. No Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jalostamo.errors import InvalidInput
from jalostamo.models import (
    Facilitator,
    Person,
    ProgrammeExpert,
    ReviewAuthor,
    TeamMember,
)
from jalostamo.services.entities import Entities
from jalostamo.services.teams import TeamService

FACILITATOR, MEMBER, EXPERT, REVIEWER = "facilitator", "member", "expert", "reviewer"
#: the kinds in the order the people screen and its filter show them
KINDS = (FACILITATOR, MEMBER, EXPERT, REVIEWER)
#: the person's fields the people screen edits
EDITABLE = ("name", "title", "organisation", "email")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Role:
    """One thing a person is in the programme."""

    kind: str  # FACILITATOR, MEMBER, EXPERT or REVIEWER
    detail: str  # the facilitator's role, the member's MemberRole value, the expertise
    team: str = ""  # the team's label (MEMBER)
    link_id: str = ""  # the facilitators / team_members / programme_experts row


@dataclass(frozen=True)
class PersonEntry:
    person: Person
    roles: tuple[Role, ...]

    @property
    def kinds(self) -> set[str]:
        return {role.kind for role in self.roles}


class PeopleService:
    def __init__(self, entities: Entities, teams: TeamService) -> None:
        self.entities = entities
        self.teams = teams
        self.doc = entities.doc

    def directory(self) -> list[PersonEntry]:
        """Every living person of the programme with their roles, by name. A person linked to
        nothing (e.g. left over from a removed facilitator) is listed with no roles."""
        e = self.entities
        roles: dict[str, list[Role]] = {}
        for f in e.list(Facilitator, programme_id=self.doc.programme_id):
            roles.setdefault(f.person_id, []).append(Role(FACILITATOR, f.role or "", "", f.id))
        labels = self.teams.labels()
        for m in e.list(TeamMember):
            if m.team_id in labels:
                roles.setdefault(m.person_id, []).append(
                    Role(MEMBER, str(m.role.value), labels[m.team_id], m.id))
        for x in e.list(ProgrammeExpert, programme_id=self.doc.programme_id):
            roles.setdefault(x.person_id, []).append(Role(EXPERT, x.expertise or "", "", x.id))
        authors = {a.person_id for a in e.list(ReviewAuthor)}
        for person_id in authors:
            mine = roles.setdefault(person_id, [])
            if not any(r.kind in (MEMBER, EXPERT) for r in mine):
                mine.append(Role(REVIEWER, ""))
        people = sorted(e.list(Person), key=lambda p: (p.name.casefold(), p.id))
        return [PersonEntry(p, tuple(roles.get(p.id, ()))) for p in people]

    def person(self, person_id: str) -> Person:
        return self.entities.get(Person, person_id)

    def update_person(self, person_id: str, **changes: Any) -> dict[str, Any]:
        """Change a person's name, title, organisation or e-mail; returns the old values."""
        clean: dict[str, Any] = {}
        for field, value in changes.items():
            if field not in EDITABLE:
                raise InvalidInput("input.invalid")
            text = str(value or "").strip()
            if field == "name" and not text:
                raise InvalidInput("input.required", field="name")
            if field == "email" and text and not _EMAIL.match(text):
                raise InvalidInput("people.bad_email", value=text)
            clean[field] = text
        return self.entities.update(Person, person_id, **clean)

    # --- experts invited to the programme -----------------------------------------------

    def experts(self) -> list[tuple[ProgrammeExpert, Person]]:
        """The programme's invited experts with their person, by name."""
        people = {p.id: p for p in self.entities.list(Person)}
        found = [(x, people[x.person_id])
                 for x in self.entities.list(ProgrammeExpert, programme_id=self.doc.programme_id)
                 if x.person_id in people]
        return sorted(found, key=lambda pair: pair[1].name.casefold())

    def add_expert(self, name: str, *, title: str = "", organisation: str = "",
                   email: str = "", expertise: str = "") -> str:
        """Invite an expert to the programme: the person (the one already known under this
        name and organisation, else a new one) and the link; returns the person's id. Run it
        inside an operation: one undo step."""
        if not name.strip():
            raise InvalidInput("input.required", field="name")
        if email.strip() and not _EMAIL.match(email.strip()):
            raise InvalidInput("people.bad_email", value=email.strip())
        person_id = self.known(name, organisation)
        if person_id is None:
            person_id = self.entities.create(Person, name=name.strip(), title=title.strip(),
                                             organisation=organisation.strip(),
                                             email=email.strip())
        else:
            if any(x.person_id == person_id for x, _p in self.experts()):
                raise InvalidInput("people.already_expert", name=name.strip())
            filled = {f: v.strip() for f, v in (("title", title), ("email", email)) if v.strip()}
            if filled:
                self.entities.update(Person, person_id, **filled)
        self.entities.create(ProgrammeExpert, programme_id=self.doc.programme_id,
                             person_id=person_id, expertise=expertise.strip())
        return person_id

    def set_expertise(self, link_id: str, expertise: str) -> dict[str, Any]:
        return self.entities.update(ProgrammeExpert, link_id, expertise=expertise.strip())

    def remove_expert(self, link_id: str) -> None:
        """The person is no longer one of the programme's experts (the person stays)."""
        self.entities.delete(ProgrammeExpert, link_id)

    def remove_experts(self, link_ids: list[str]) -> None:
        self.entities.delete_many(ProgrammeExpert, link_ids)

    def known(self, name: str, organisation: str) -> str | None:
        """The living person of this name and organisation (any letter case), if any."""
        wanted = (name.strip().casefold(), organisation.strip().casefold())
        for person in self.entities.list(Person):
            if (person.name.strip().casefold(), person.organisation.strip().casefold()) == wanted:
                return person.id
        return None


def person_details(person: Person) -> str:
    """"Erityisasiantuntija, THL": the title and organisation a report shows after a name."""
    return ", ".join(part for part in (person.title.strip(), person.organisation.strip()) if part)
