"""Facts about the file itself, not about the programme: never merged, never exported.

``role`` is ``programme`` for the facilitator's file and ``team`` for a file handed out to one
team (``team_id``), with ``handed_out_at`` and the name of the file it was made from;
``return`` for a team's return file ("Send my work", ``services/team_return.py``): only the rows
the team changed since its hand-out, merged into the programme and never opened on its own.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Engine, MetaData, String, Table, Text, select

FILE_META = MetaData()

file_meta = Table(
    "file_meta",
    FILE_META,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

ROLE_PROGRAMME = "programme"
ROLE_TEAM = "team"
ROLE_RETURN = "return"


def read_meta(bind: Engine | Connection) -> dict[str, str]:
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return read_meta(conn)
    return {row.key: row.value for row in bind.execute(select(file_meta))}


def write_meta(conn: Connection, **values: str) -> None:
    for key, value in values.items():
        conn.execute(file_meta.delete().where(file_meta.c.key == key))
        conn.execute(file_meta.insert().values(key=key, value=value))
