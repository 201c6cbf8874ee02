"""``Services(doc)``: every service over one open document, and its change events."""

from __future__ import annotations

import contextlib
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from jalostamo.services.entities import Entities
from jalostamo.services.events import EventBus
from jalostamo.services.programme import ProgrammeService
from jalostamo.services.teams import TeamService
from jalostamo.store.document import Document

if TYPE_CHECKING:
    from jalostamo.services.agenda import AgendaService
    from jalostamo.services.attendance import AttendanceService
    from jalostamo.services.boards import BoardService
    from jalostamo.services.media import MediaService
    from jalostamo.services.merge import MergeService
    from jalostamo.services.monitoring import MonitoringService
    from jalostamo.services.people import PeopleService
    from jalostamo.services.privacy import PrivacyService
    from jalostamo.services.reviews import ReviewService
    from jalostamo.services.team_files import TeamFileService
    from jalostamo.services.testing import TestingService


class Services:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.events = EventBus()
        self.entities = Entities(doc, self.events)
        self.programme = ProgrammeService(self.entities)
        self.teams = TeamService(self.entities)

    # Services of later areas are created on first use, so that opening a file stays cheap.

    @cached_property
    def agenda(self) -> AgendaService:
        from jalostamo.services.agenda import AgendaService

        return AgendaService(self.entities, self.programme)

    @cached_property
    def attendance(self) -> AttendanceService:
        from jalostamo.services.attendance import AttendanceService

        return AttendanceService(self.entities, self.teams)

    @cached_property
    def people(self) -> PeopleService:
        from jalostamo.services.people import PeopleService

        return PeopleService(self.entities, self.teams)

    @cached_property
    def media(self) -> MediaService:
        from jalostamo.services.media import MediaService

        return MediaService(self.entities)

    @cached_property
    def boards(self) -> BoardService:
        from jalostamo.services.boards import BoardService

        return BoardService(self.entities)

    @cached_property
    def testing(self) -> TestingService:
        from jalostamo.services.testing import TestingService

        return TestingService(self.entities)

    @cached_property
    def reviews(self) -> ReviewService:
        from jalostamo.services.reviews import ReviewService

        return ReviewService(self.entities)

    @cached_property
    def monitoring(self) -> MonitoringService:
        from jalostamo.services.monitoring import MonitoringService

        return MonitoringService(self.entities)

    @cached_property
    def merge(self) -> MergeService:
        from jalostamo.services.merge import MergeService

        return MergeService(self.doc, self.events)

    @cached_property
    def privacy(self) -> PrivacyService:
        from jalostamo.services.privacy import PrivacyService

        return PrivacyService(self.entities)

    @cached_property
    def team_files(self) -> TeamFileService:
        from jalostamo.services.team_files import TeamFileService

        return TeamFileService(self.entities)

    @classmethod
    def open(cls, path: Path | str, **kwargs: object) -> Services:
        return cls(Document.open(path, **kwargs))  # type: ignore[arg-type]

    @classmethod
    def create(cls, path: Path | str, name: str, **kwargs: object) -> Services:
        return cls(Document.create(path, name, **kwargs))  # type: ignore[arg-type]

    def close(self) -> None:
        self.doc.close()

    def output(self, path: Path | str, *, overwrite: bool = False
               ) -> contextlib.AbstractContextManager[Path]:
        """Write a file for the person: ``with svc.output(path) as tmp: write(tmp)``. The path
        is checked (never this programme, never another programme file, an existing file only
        with ``overwrite``) and the file appears complete or not at all."""
        from jalostamo.store.output import atomic_output

        return atomic_output(path, overwrite=overwrite, sources=[self.doc.path])

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.doc.__exit__(*exc)  # closing never hides an error already on its way

