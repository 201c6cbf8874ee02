"""City teams: adding them with their experiment card, members, themes, finding them by name."""

from __future__ import annotations

import builtins
from typing import Any

from jalostamo.errors import InvalidInput, NotFound
from jalostamo.models import CARD_TEXT_FIELDS as CARD_TEXT_FIELDS
from jalostamo.models import (
    Board,
    BoardItem,
    ExperimentCard,
    HowMightWe,
    Insight,
    MemberRole,
    Person,
    Team,
    TeamCity,
    TeamMember,
    TeamTheme,
    TestSession,
    team_label,
)
from jalostamo.services.entities import Entities

# the team's short text lists (the team page's "Insights" and "How might we…?"), by table name
TEXT_LISTS: dict[str, type[Insight] | type[HowMightWe]] = {"insights": Insight, "how_might_we": HowMightWe}


class TeamService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    def list(self) -> builtins.list[Team]:
        return self.entities.list(Team, programme_id=self.doc.programme_id,
                                  order_by=("position", "city", "name"))

    def get(self, team_id: str) -> Team:
        return self.entities.get(Team, team_id)

    def team_or_none(self, team_id: str) -> Team | None:
        """The live team, or None (deleted, or never there)."""
        return self.entities.find(Team, team_id)

    def find(self, ref: str) -> Team:
        """A team by id (or the start of its id, at least 4 characters), by city or by name
        (case-insensitive). A name that fits several teams is refused with the candidates and
        their ids, never a guess; a name that fits none lists the teams."""
        from jalostamo.i18n import echo_list, translate

        teams = self.list()
        wanted = ref.strip().casefold()
        for team in teams:
            if team.id == ref.strip():
                return team
        extra = self.other_cities_of()
        labels = {t.id: team_label(t.name, [t.city, *extra.get(t.id, [])]) for t in teams}

        def names(team: Team) -> set[str]:
            """What the team answers to: its name, its label and each of its cities."""
            return {n.casefold() for n in (team.name, labels[team.id], team.city,
                                           *extra.get(team.id, [])) if n}

        matches = [t for t in teams if wanted in names(t)]
        if not matches and len(wanted) >= 4:
            matches = [t for t in teams if t.id.casefold().startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            shown = [translate("team.candidate", name=_label(t), id=t.id[:8]) for t in matches]
            raise NotFound("not_found.team_ambiguous", team=ref,
                           candidates=echo_list(shown, "; ", limit=120),
                           example=matches[0].id[:8])
        known = echo_list(labels[t.id] or t.city for t in teams) if teams else "-"
        raise NotFound("not_found.team", team=ref, known=known)

    def add(self, city: str, *, name: str = "", theme_ids: builtins.list[str] | None = None,
            cities: builtins.list[str] | None = None, **fields: Any) -> str:
        """Add a team and its (empty) experiment card. ``city`` is the first city; ``cities``
        the further ones of a team of several cities. A second team of a city needs a name
        that tells the two apart (e.g. its theme)."""
        if not city.strip():
            raise InvalidInput("input.required", field="city")
        places = _clean_cities([city, *(cities or [])])
        existing = self.list()
        self._check_unique(name, places, existing)
        fields.setdefault("position", float(len(existing)))
        team_id = self.entities.create(Team, programme_id=self.doc.programme_id, city=places[0],
                                       name=name.strip(), **fields)
        for position, other in enumerate(places[1:], start=1):
            self.entities.create(TeamCity, team_id=team_id, city=other, position=float(position))
        self.entities.create(ExperimentCard, team_id=team_id,
                             theme_id=theme_ids[0] if theme_ids else None)
        for theme_id in theme_ids or []:
            self.entities.create(TeamTheme, team_id=team_id, theme_id=theme_id)
        return team_id

    def _check_unique(self, name: str, places: builtins.list[str], existing: builtins.list[Team],
                      team_id: str | None = None) -> None:
        """Refuse a team that would look the same as another (two teams of Oulu, no names)."""
        others = {t.id: t for t in existing if t.id != team_id}
        label = team_label(name, places).casefold()
        extra = self.other_cities_of(set(others))
        for other in others.values():
            if team_label(other.name, [other.city, *extra.get(other.id, [])]).casefold() == label:
                if name.strip():
                    raise InvalidInput("teams.duplicate_name", name=name.strip())
                raise InvalidInput("teams.same_city_needs_name", city=", ".join(places))

    def update(self, team_id: str, **changes: Any) -> dict[str, Any]:
        """Change the team's own fields (city, name, ...); returns the old values. A change
        that would make the team look like another one is refused."""
        if "city" in changes or "name" in changes:
            team = self.get(team_id)
            city = str(changes.get("city", team.city)).strip()
            if not city:
                raise InvalidInput("input.required", field="city")
            name = str(changes.get("name", team.name))
            self._check_unique(name, [city, *self.other_cities(team_id)], self.list(), team_id)
        return self.entities.update(Team, team_id, **changes)

    # --- cities -----------------------------------------------------------------------------

    def other_cities(self, team_id: str) -> builtins.list[str]:
        """The team's cities after the first, in order."""
        return [c.city for c in self._city_rows(team_id)]

    def other_cities_of(self, team_ids: set[str] | None = None) -> dict[str, builtins.list[str]]:
        """Every team's further cities (team id -> cities in order), in one read."""
        found: dict[str, builtins.list[str]] = {}
        for row in self.entities.list(TeamCity, order_by=("position", "created_at")):
            if team_ids is None or row.team_id in team_ids:
                found.setdefault(row.team_id, []).append(row.city)
        return found

    def cities(self, team_id: str) -> builtins.list[str]:
        """Every city of the team, the first (``teams.city``) first."""
        return [self.get(team_id).city, *self.other_cities(team_id)]

    def _city_rows(self, team_id: str) -> builtins.list[TeamCity]:
        return self.entities.list(TeamCity, team_id=team_id, order_by=("position", "created_at"))

    def set_cities(self, team_id: str, cities: builtins.list[str]) -> None:
        """Give the team these cities (the first becomes ``teams.city``); run it inside an
        operation, so that it is one undo step."""
        places = _clean_cities(cities)
        if not places:
            raise InvalidInput("input.required", field="city")
        team = self.get(team_id)
        self._check_unique(team.name, places, self.list(), team_id)
        if team.city != places[0]:
            self.entities.update(Team, team_id, city=places[0])
        rows = self._city_rows(team_id)
        wanted = places[1:]
        for position, (row, city) in enumerate(zip(rows, wanted, strict=False), start=1):
            if row.city != city or row.position != float(position):
                self.entities.update(TeamCity, row.id, city=city, position=float(position))
        self.entities.delete_many(TeamCity, [row.id for row in rows[len(wanted):]])
        for position, city in enumerate(wanted[len(rows):], start=len(rows) + 1):
            self.entities.create(TeamCity, team_id=team_id, city=city, position=float(position))

    def label(self, team: Team | str) -> str:
        """The team as people tell it apart, with every city: "Oulu: Lapsiperheet",
        "Helsinki, Espoo, Vantaa" (see models/team.py ``team_label``)."""
        if isinstance(team, str):
            team = self.get(team)
        return team_label(team.name, [team.city, *self.other_cities(team.id)]) or team.city

    def labels(self) -> dict[str, str]:
        """Every live team's label, by id, in one read of the cities."""
        extra = self.other_cities_of()
        return {t.id: team_label(t.name, [t.city, *extra.get(t.id, [])]) or t.city
                for t in self.list()}

    def delete(self, team_id: str) -> None:
        """Tombstone the team (undo lifts it; its card, boards and sessions stay with it)."""
        self.entities.delete(Team, team_id)

    def deletion_counts(self, team_id: str) -> tuple[int, int, int]:
        """What deleting the team takes with it: (experiment cards, board items, test sessions)."""
        cards = self.entities.count(ExperimentCard, team_id=team_id)
        items = sum(self.entities.count(BoardItem, board_id=b.id)
                    for b in self.entities.list(Board, team_id=team_id))
        sessions = self.entities.count(TestSession, team_id=team_id)
        return cards, items, sessions

    def card(self, team_id: str) -> ExperimentCard:
        cards = self.entities.list(ExperimentCard, team_id=team_id)
        if not cards:
            raise NotFound("not_found.row", kind="experiment_cards", id=team_id)
        return cards[0]

    def card_by_id(self, card_id: str) -> ExperimentCard:
        return self.entities.get(ExperimentCard, card_id)

    def edit_card(self, card_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of the experiment card ``card_id``; returns the old values."""
        return self.entities.update(ExperimentCard, card_id, **changes)

    def update_card(self, team_id: str, **changes: Any) -> dict[str, Any]:
        return self.entities.update(ExperimentCard, self.card(team_id).id, **changes)

    def theme_ids(self, team_id: str) -> builtins.list[str]:
        return [tt.theme_id for tt in self.entities.list(TeamTheme, team_id=team_id)]

    def set_themes(self, team_id: str, theme_ids: builtins.list[str]) -> None:
        """The team works in these themes; its experiment card takes its theme from them: a
        card with no theme takes the team's only theme, a card whose theme the team no longer
        has takes the team's first one (or none)."""
        links = self.entities.list(TeamTheme, team_id=team_id)
        current = {link.theme_id: link.id for link in links}
        self.entities.delete_many(TeamTheme, [lid for tid, lid in current.items()
                                              if tid not in theme_ids])
        for theme_id in theme_ids:
            if theme_id not in current:
                self.entities.create(TeamTheme, team_id=team_id, theme_id=theme_id)
        for card in self.entities.list(ExperimentCard, team_id=team_id):
            if card.theme_id is None and len(theme_ids) != 1:
                continue  # no theme, and no single theme of the team to take
            wanted = theme_ids[0] if theme_ids else None
            if card.theme_id not in theme_ids and card.theme_id != wanted:
                self.entities.update(ExperimentCard, card.id, theme_id=wanted)

    def card_theme_id(self, team_id: str) -> str | None:
        """The theme of the team's experiment card: its own, else the team's only theme."""
        cards = self.entities.list(ExperimentCard, team_id=team_id)
        if cards and cards[0].theme_id:
            return cards[0].theme_id
        themes = self.theme_ids(team_id)
        return themes[0] if len(themes) == 1 else None

    def members(self, team_id: str) -> builtins.list[tuple[TeamMember, Person]]:
        links = self.entities.list(TeamMember, team_id=team_id)
        people = {p.id: p for p in self.entities.list(Person)}
        return [(m, people[m.person_id]) for m in links if m.person_id in people]

    def add_member(self, team_id: str, name: str, role: MemberRole | str = MemberRole.MEMBER,
                   **person_fields: Any) -> str:
        if not name.strip():
            raise InvalidInput("input.required", field="name")
        person_id = self.entities.create(Person, name=name.strip(), **person_fields)
        return self.entities.create(TeamMember, team_id=team_id, person_id=person_id, role=role)


    # --- short text lists (TEXT_LISTS) -----------------------------------------------------

    def texts(self, kind: str, team_id: str) -> builtins.list[Insight | HowMightWe]:
        return self.entities.list(TEXT_LISTS[kind], team_id=team_id,
                                  order_by=("position", "created_at"))

    def add_text(self, kind: str, team_id: str, text: str) -> str:
        """A new text at the end of the team's list ``kind``."""
        rows = self.texts(kind, team_id)
        position = (max(r.position for r in rows) + 1.0) if rows else 1.0
        return self.entities.create(TEXT_LISTS[kind], team_id=team_id, text=text, position=position)

    def edit_text(self, kind: str, row_id: str, text: str) -> dict[str, Any]:
        return self.entities.update(TEXT_LISTS[kind], row_id, text=text)

    def delete_text(self, kind: str, row_id: str) -> None:
        self.entities.delete(TEXT_LISTS[kind], row_id)

    def remove_member(self, member_id: str) -> None:
        self.entities.delete(TeamMember, member_id)

    def set_member_role(self, member_id: str, role: MemberRole | str) -> dict[str, Any]:
        return self.entities.update(TeamMember, member_id, role=role)

    def rename_person(self, person_id: str, name: str) -> dict[str, Any]:
        return self.entities.update(Person, person_id, name=name)


def _clean_cities(cities: builtins.list[str]) -> builtins.list[str]:
    """The cities as given, trimmed, without empty entries or repeats (any letter case)."""
    found: builtins.list[str] = []
    for city in cities:
        city = city.strip()
        if city and city.casefold() not in {c.casefold() for c in found}:
            found.append(city)
    return found


def _label(team: Team) -> str:
    """A team as a person tells it apart: its name with its city when they differ."""
    if team.name and team.name.casefold() != team.city.casefold():
        return f"{team.name} ({team.city})"
    return team.display_name
