"""Where each team stands: the teams × workshops matrix of the programme overview.

Per team: how much of the experiment card is filled and its themes; per team and workshop: the
version of the visual model saved for that workshop, test sessions held before it (since the
previous workshop), reviews given and received in its review rounds.

The figures come from one reader, :func:`jalostamo.store.quick_read.read_overview`, which the
first frame also uses on the file before the domain is loaded: here it runs on the open
document's own connection, so the first frame and the live overview cannot disagree.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from jalostamo.services.entities import Entities
from jalostamo.store.quick_read import CellInfo, Snapshot, TeamRow, WorkshopInfo, read_overview

#: the overview's records, named for what they hold in the live app
ProgrammeProgress = Snapshot
TeamProgress = TeamRow
WorkshopProgress = CellInfo

__all__ = ["ProgrammeProgress", "ProgressService", "TeamProgress", "WorkshopInfo",
           "WorkshopProgress"]


class ProgressService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    def overview(self, today: date | None = None) -> ProgrammeProgress:
        raw = self.doc.engine.raw_connection()
        try:
            conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            return read_overview(conn, self.doc.path, today or date.today())
        finally:
            raw.close()
