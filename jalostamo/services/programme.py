"""The programme itself: its details, themes, facilitators, workshops and their agendas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from jalostamo.errors import InvalidInput
from jalostamo.models import AgendaItem, Facilitator, Person, Phase, Programme, Theme, Workshop
from jalostamo.services.entities import Entities

PHASE_ORDER = (Phase.DISCOVER, Phase.DEFINE, Phase.DEVELOP, Phase.DELIVER)


@dataclass(frozen=True)
class ScheduledItem:
    item: AgendaItem
    starts: str  # "HH:MM"
    ends: str


class ProgrammeService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    def get(self) -> Programme:
        return self.entities.get(Programme, self.doc.programme_id)

    def update(self, **changes: Any) -> dict[str, Any]:
        if "name" in changes and not str(changes["name"] or "").strip():
            raise InvalidInput("input.required", field="name")
        return self.entities.update(Programme, self.doc.programme_id, **changes)

    # --- themes ---------------------------------------------------------------------------

    def themes(self) -> list[Theme]:
        return self.entities.list(Theme, programme_id=self.doc.programme_id,
                                  order_by=("position", "name"))

    def add_theme(self, name: str, **fields: Any) -> str:
        if not name.strip():
            raise InvalidInput("input.required", field="name")
        fields.setdefault("position", float(len(self.themes())))
        return self.entities.create(Theme, programme_id=self.doc.programme_id, name=name, **fields)

    def rename_theme(self, theme_id: str, name: str) -> dict[str, Any]:
        return self.entities.update(Theme, theme_id, name=name)

    def delete_theme(self, theme_id: str) -> None:
        self.entities.delete(Theme, theme_id)

    # --- facilitators ---------------------------------------------------------------------

    def facilitators(self) -> list[tuple[Facilitator, Person]]:
        people = {p.id: p for p in self.entities.list(Person)}
        return [(f, people[f.person_id])
                for f in self.entities.list(Facilitator, programme_id=self.doc.programme_id)
                if f.person_id in people]

    def add_facilitator(self, name: str, role: str = "", **person_fields: Any) -> str:
        if not name.strip():
            raise InvalidInput("input.required", field="name")
        person_id = self.entities.create(Person, name=name, **person_fields)
        return self.entities.create(Facilitator, programme_id=self.doc.programme_id,
                                    person_id=person_id, role=role)

    def remove_facilitator(self, facilitator_id: str) -> None:
        """The person leaves the programme's facilitators (the person's row stays)."""
        self.entities.delete(Facilitator, facilitator_id)

    # --- workshops and agenda -------------------------------------------------------------

    def workshops(self) -> list[Workshop]:
        return self.entities.list(Workshop, programme_id=self.doc.programme_id,
                                  order_by=("number", "held_on"))

    def workshop(self, workshop_id: str) -> Workshop:
        return self.entities.get(Workshop, workshop_id)

    def update_workshop(self, workshop_id: str, **changes: Any) -> dict[str, Any]:
        """Change a workshop's fields; returns the old values."""
        return self.entities.update(Workshop, workshop_id, **changes)

    def delete_workshop(self, workshop_id: str) -> None:
        self.entities.delete(Workshop, workshop_id)

    def add_workshop(self, *, number: int | None = None, phase: Phase | str | None = None,
                     **fields: Any) -> str:
        existing = self.workshops()
        if number is None:
            number = max((w.number for w in existing), default=0) + 1
        if phase is None:
            phase = PHASE_ORDER[min(number, 4) - 1] if number >= 1 else Phase.DISCOVER
        return self.entities.create(Workshop, programme_id=self.doc.programme_id, number=number,
                                    phase=phase, **fields)

    def first_workshop_date(self) -> date | None:
        """The date of the programme's first dated workshop: where a calendar opens and the
        year of a date typed without one."""
        dated = [w.held_on for w in self.workshops() if w.held_on]
        return min(dated) if dated else None

    def next_workshop(self, today: date | None = None) -> Workshop | None:
        today = today or date.today()
        upcoming = [w for w in self.workshops() if w.held_on and w.held_on >= today]
        return min(upcoming, key=lambda w: w.held_on or today) if upcoming else None

    def agenda(self, workshop_id: str) -> list[AgendaItem]:
        return self.entities.list(AgendaItem, workshop_id=workshop_id,
                                  order_by=("position", "created_at"))

    def schedule(self, workshop_id: str) -> list[ScheduledItem]:
        """The agenda with start and end times recalculated from the order and the minutes."""
        workshop = self.entities.get(Workshop, workshop_id)
        try:
            clock = datetime.strptime(workshop.starts_at or "09:00", "%H:%M")
        except ValueError:
            clock = datetime.strptime("09:00", "%H:%M")
        result = []
        for item in self.agenda(workshop_id):
            end = clock + timedelta(minutes=item.minutes)
            result.append(ScheduledItem(item, clock.strftime("%H:%M"), end.strftime("%H:%M")))
            clock = end
        return result

    def add_agenda_item(self, workshop_id: str, title: str, minutes: int = 15,
                        **fields: Any) -> str:
        if not title.strip():
            raise InvalidInput("input.required", field="title")
        if minutes <= 0 or minutes > 24 * 60:
            raise InvalidInput("input.bad_value", field="minutes", detail=str(minutes))
        items = self.agenda(workshop_id)
        fields.setdefault("position", (items[-1].position + 1.0) if items else 1.0)
        return self.entities.create(AgendaItem, workshop_id=workshop_id, title=title,
                                    minutes=minutes, **fields)

    def agenda_item(self, item_id: str) -> AgendaItem:
        return self.entities.get(AgendaItem, item_id)

    def update_agenda_item(self, item_id: str, **changes: Any) -> dict[str, Any]:
        """Change an activity's fields (title, minutes, method card, ...); returns the old values."""
        return self.entities.update(AgendaItem, item_id, **changes)

    def delete_agenda_item(self, item_id: str) -> None:
        self.entities.delete(AgendaItem, item_id)

    def reorder_agenda(self, workshop_id: str, ordered_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Put the agenda in the given order; returns old positions (for undo)."""
        current = {item.id for item in self.agenda(workshop_id)}
        if set(ordered_ids) != current:
            raise InvalidInput("input.bad_value", field="order", detail="not the same items")
        return self.entities.update_many(
            AgendaItem, {item_id: {"position": float(i + 1)} for i, item_id in enumerate(ordered_ids)}
        )
