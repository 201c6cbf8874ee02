"""In a team file, only the team's own content can be changed.

A row belongs to the team it leads to through its foreign keys (a board item → its board →
the board's team; a review → its assignment → the reviewing team). Programme-level rows
(themes, workshops, agendas, review rounds, …) belong to the facilitator. People are free: a
team adds its own members. The UI shows the same rule; this guard makes it hold for every
caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from jalostamo.errors import UserError
from jalostamo.services.merge_teams import owner_links

#: rows only the facilitator's programme file changes
PROGRAMME_TABLES = frozenset({
    "programmes", "themes", "workshops", "agenda_items", "facilitators", "review_criteria",
    "review_rounds", "attendance", "merge_records", "conflicts", "programme_experts",
})
#: rows any file may add: a team adds people (its members) and photos before placing them
FREE_TABLES = frozenset({"people", "erasures"})
#: where the write permission follows another column than the summary's team
PERMISSION_COLUMN = {"review_assignments": "reviewer_team_id"}


class NotYourTeam(UserError):
    key = "teamfile.read_only_part"


class Connection(Protocol):
    """What the guard needs of a connection (SQLAlchemy's, or the merge's adapter)."""

    def exec_driver_sql(self, statement: str, parameters: Any = ...) -> Any: ...


class TeamFileGuard:
    """The one rule of what a team file may change: the app's edits (``check_*``) and the
    merge of a team file (``allows_*``) both ask it."""

    def __init__(self, team_id: str) -> None:
        self.team_id = team_id
        self._owners: dict[tuple[str, str], str | None] = {}

    def check_new(self, conn: Connection, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        for values in rows:
            if not self.allows_new(conn, table, values):
                raise NotYourTeam()

    def check_existing(self, conn: Connection, table: str, ids: Iterable[str]) -> None:
        for row_id in ids:
            if not self.allows_existing(conn, table, row_id):
                raise NotYourTeam()

    def allows_new(self, conn: Connection, table: str, values: Mapping[str, Any]) -> bool:
        if table in FREE_TABLES:
            return True
        return self._allows(table, self._owner_of_values(conn, table, values, values.get("id")))

    def allows_existing(self, conn: Connection, table: str, row_id: str) -> bool:
        if table == "people":  # a team changes its own members, not other people
            found = conn.exec_driver_sql(
                "SELECT 1 FROM team_members WHERE person_id = ? AND team_id = ? "
                "AND deleted_at IS NULL", (row_id, self.team_id)).first()
            return found is not None
        return self._allows(table, self._owner_of_row(conn, table, row_id))

    def owner_of(self, conn: Connection, table: str, row_id: str) -> str | None:
        return self._owner_of_row(conn, table, row_id)

    def _allows(self, table: str, owner: str | None) -> bool:
        if owner is None and table not in PROGRAMME_TABLES:
            return True  # not tied to any team (e.g. a photo not placed yet)
        return owner == self.team_id

    def forget(self) -> None:
        """Drop remembered owners (rows were written since)."""
        self._owners.clear()

    def _owner_of_row(self, conn: Connection, table: str, row_id: str, depth: int = 0
                      ) -> str | None:
        if table == "teams":
            return row_id
        key = (table, row_id)
        if key not in self._owners:
            self._owners[key] = None
            columns = [c for c, _ in owner_links(table)]
            if table in PERMISSION_COLUMN:
                columns.insert(0, PERMISSION_COLUMN[table])
            values: dict[str, Any] = {}
            if columns and depth <= 6:
                cols = ", ".join(f'"{c}"' for c in columns)
                row = conn.exec_driver_sql(f'SELECT {cols} FROM "{table}" WHERE id = ?',
                                           (row_id,)).first()
                values = dict(zip(columns, row, strict=True)) if row else {}
            self._owners[key] = self._owner_of_values(conn, table, values, row_id, depth)
        return self._owners[key]

    def _owner_of_values(self, conn: Connection, table: str, values: Mapping[str, Any],
                         row_id: str | None, depth: int = 0) -> str | None:
        if table == "teams":
            return row_id
        special = PERMISSION_COLUMN.get(table)
        if special and values.get(special):
            return str(values[special])
        for column, parent in owner_links(table):
            value = values.get(column)
            if value:
                owner = (str(value) if parent == "teams"
                         else self._owner_of_row(conn, parent, str(value), depth + 1))
                if owner:
                    return owner
        return None
