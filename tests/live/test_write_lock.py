"""The room's host commits on its own connection while the facilitator edits in the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jalostamo.models import Team
from jalostamo.services import Services


def test_an_edit_is_not_lost_when_another_connection_commits_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    svc = Services.create(path, "Kevät 2019", device_id="dev-facilitator")
    team = svc.teams.add("Turku")
    host = sqlite3.connect(path, timeout=0, isolation_level=None)  # the room's own connection
    try:
        with svc.doc.write() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM teams").fetchone()  # the edit reads first
            try:  # the host merging a laptop's change now: it waits for the edit (busy timeout)
                host.execute("BEGIN IMMEDIATE")
                host.execute("UPDATE programmes SET name = 'Syksy 2019'")
                host.execute("COMMIT")
            except sqlite3.OperationalError:
                pass
            conn.exec_driver_sql("UPDATE teams SET city = 'Åbo' WHERE id = ?", (team,))
        assert svc.entities.get(Team, team).city == "Åbo"
    finally:
        host.close()
        svc.close()
