"""Agenda actions made of several writes (each one operation, see services/operations.py):
copying another workshop's agenda. No Qt here."""

from __future__ import annotations

from jalostamo.errors import InvalidInput
from jalostamo.models import AgendaItem, Workshop
from jalostamo.services.entities import Entities
from jalostamo.services.programme import ProgrammeService

_COPIED = ("title", "method_key", "minutes", "instructions", "who")


class AgendaService:
    def __init__(self, entities: Entities, programme: ProgrammeService) -> None:
        self.entities = entities
        self.programme = programme

    def copy_agenda(self, source_id: str, target_id: str) -> list[str]:
        """Append every activity of ``source_id``'s agenda, in order, to ``target_id``'s
        agenda, as one operation; returns the new items' ids."""
        if source_id == target_id:
            raise InvalidInput("agenda.copy_same_workshop")
        self.entities.get(Workshop, target_id)  # a missing workshop says so before any write
        source = self.programme.agenda(source_id)
        if not source:
            number = self.entities.get(Workshop, source_id).number
            raise InvalidInput("agenda.copy_empty", number=number)

        def copy() -> list[str]:
            existing = self.programme.agenda(target_id)
            position = existing[-1].position if existing else 0.0
            new_ids = []
            for item in source:
                position += 1.0
                new_ids.append(self.entities.create(
                    AgendaItem, workshop_id=target_id, position=position,
                    **{name: getattr(item, name) for name in _COPIED}))
            return new_ids

        return self.entities.operations.perform(copy)[0]
