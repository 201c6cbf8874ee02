"""The changes a view hears when the live room wrote rows into the open file from elsewhere.

The room's core applies remote rows with its own connection and says only which tables it
wrote; views refresh by table and often by row id (a card editor refreshes when its card's id
is in the change). So each table becomes one ``RELOADED`` change naming every row of it, and
one ``Change("*", RELOADED)`` follows for views that reload whole (the board).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from jalostamo.models import Base
from jalostamo.services.entities import Entities
from jalostamo.services.events import Change, Op


def reload_changes(entities: Entities, tables: Iterable[str]) -> list[Change]:
    changes = []
    with entities.doc.engine.connect() as conn:
        for name in sorted(set(tables)):
            table = Base.metadata.tables.get(name)
            if table is None or "id" not in table.c:
                continue
            ids = tuple(str(row[0]) for row in conn.execute(select(table.c.id)))
            changes.append(Change(name, Op.RELOADED, ids))
    changes.append(Change("*", Op.RELOADED))
    return changes
