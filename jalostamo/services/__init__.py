"""Use cases in plain Python. The UI and the CLI call these; no Qt here.

``Services(doc)`` bundles every service over one open document and its change events.
"""

from __future__ import annotations

from pathlib import Path

from jalostamo.services.entities import Entities
from jalostamo.services.events import Change, EventBus, Op
from jalostamo.services.programme import ProgrammeService
from jalostamo.services.teams import TeamService
from jalostamo.store.document import Document


class Services:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.events = EventBus()
        self.entities = Entities(doc, self.events)
        self.programme = ProgrammeService(self.entities)
        self.teams = TeamService(self.entities)

    @classmethod
    def open(cls, path: Path | str, **kwargs: object) -> Services:
        return cls(Document.open(path, **kwargs))  # type: ignore[arg-type]

    @classmethod
    def create(cls, path: Path | str, name: str, **kwargs: object) -> Services:
        return cls(Document.create(path, name, **kwargs))  # type: ignore[arg-type]

    def close(self) -> None:
        self.doc.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Change", "EventBus", "Op", "Services"]
