"""Which team a row belongs to, by following its foreign keys (for merge summaries and the
read-only parts of a team file)."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from jalostamo.models import Base

#: references that never lead to a team
_NOT_OWNERS = frozenset({"people", "media", "programmes", "workshops", "review_criteria"})


@lru_cache(maxsize=64)
def owner_links(table: str) -> tuple[tuple[str, str], ...]:
    """(column, parent table) pairs to follow, the direct team columns first."""
    links = []
    for column in sorted(Base.metadata.tables[table].columns, key=lambda c: c.name):
        for fk in column.foreign_keys:
            parent = fk.column.table.name
            if parent not in _NOT_OWNERS:
                links.append((column.name, parent))
    links.sort(key=lambda link: (link[1] != "teams", link[0] != "team_id", link[0]))
    return tuple(links)


class TeamResolver:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._labels: dict[str, str] = {}
        self._known: dict[tuple[str, str], str | None] = {}
        for team_id, city, name in conn.execute("SELECT id, city, name FROM teams"):
            self._labels[team_id] = name or city

    def team_of(self, table: str, row_id: str, depth: int = 0) -> str | None:
        if table == "teams":
            return row_id
        if depth > 6:
            return None
        if (table, row_id) in self._known:
            return self._known[(table, row_id)]
        self._known[(table, row_id)] = None
        for column, parent in owner_links(table):
            found = self.conn.execute(f'SELECT "{column}" FROM "{table}" WHERE id = ?',
                                      (row_id,)).fetchone()
            if found and found[0]:
                team = self.team_of(parent, found[0], depth + 1)
                if team:
                    self._known[(table, row_id)] = team
                    return team
        return None

    def label(self, ref: tuple[str, str]) -> str:
        team = self.team_of(*ref)
        return self._labels.get(team, "") if team else ""
