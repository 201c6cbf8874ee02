"""Agenda actions (each one operation, see services/operations.py): copying another workshop's
agenda, and the facilitator's own method cards. No Qt here.

An own method card lives in the programme file, in the agenda items themselves: an item whose
``method_key`` is ``"own:<name>"`` defines the card ``<name>`` (its minutes and instructions).
The most recently edited item of a name is the card; deleted items still count, so a card
stays when its first use is removed. No table or column of its own (no migration)."""

from __future__ import annotations

from dataclasses import dataclass

from jalostamo.errors import InvalidInput
from jalostamo.models import AgendaItem, Workshop
from jalostamo.services.entities import Entities
from jalostamo.services.guide import OWN_PREFIX
from jalostamo.services.programme import ProgrammeService

_COPIED = ("title", "method_key", "minutes", "instructions", "who")
#: the longest name of an own method card (the key is at most 64 characters)
OWN_NAME_LIMIT = 64 - len(OWN_PREFIX)


@dataclass(frozen=True)
class OwnMethod:
    """A method card of the facilitator's own, as the agenda items define it."""

    key: str  # "own:<name>"
    name: str
    minutes: int
    instructions: str


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

    # --- the facilitator's own method cards -------------------------------------------------

    def own_methods(self) -> list[OwnMethod]:
        """Every own method card of the programme, ordered by name."""
        latest: dict[str, AgendaItem] = {}
        for item in self.entities.list(AgendaItem, include_deleted=True):
            if not item.method_key.startswith(OWN_PREFIX):
                continue
            known = latest.get(item.method_key)
            # a live item wins over a deleted one; then the latest edit
            rank = (item.deleted_at is None, item.updated_at)
            if known is None or rank > (known.deleted_at is None, known.updated_at):
                latest[item.method_key] = item
        cards = [OwnMethod(key, key[len(OWN_PREFIX):], item.minutes, item.instructions)
                 for key, item in latest.items()]
        return sorted(cards, key=lambda c: c.name.casefold())

    def own_method(self, key: str) -> OwnMethod | None:
        return next((m for m in self.own_methods() if m.key == key), None)

    def save_as_own_method(self, item_id: str, name: str | None = None) -> str:
        """Make the activity's minutes and instructions an own method card named ``name``
        (the activity's title by default), used by this activity; returns the card's key."""
        item = self.entities.get(AgendaItem, item_id)
        name = " ".join((item.title if name is None else name).split())
        if not name:
            raise InvalidInput("input.required", field="title")
        if len(name) > OWN_NAME_LIMIT:
            raise InvalidInput("agenda.own_name_too_long", limit=OWN_NAME_LIMIT)
        key = OWN_PREFIX + name
        self.entities.operations.perform(
            lambda: self.entities.update(AgendaItem, item_id, method_key=key))
        return key
