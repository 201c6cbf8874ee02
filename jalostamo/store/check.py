"""A full check of a programme file, as ``jalostamo check`` runs it. Read-only."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jalostamo.errors import FileRefused
from jalostamo.store.probe import read_header


@dataclass(frozen=True)
class CheckReport:
    path: Path
    schema_version: int
    teams: int


def check_file(path: Path) -> CheckReport:
    """Header, schema version, ``integrity_check`` and foreign keys; raise with the reason."""
    header = read_header(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise FileRefused("file.unreadable", path=str(path), detail=str(exc)) from None
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        if problems:
            raise FileRefused("file.damaged", path=str(path), detail=problems[0])
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise FileRefused("check.foreign_keys", path=str(path), count=len(broken),
                              table=broken[0][0])
        try:
            teams = conn.execute("SELECT count(*) FROM teams WHERE deleted_at IS NULL").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    finally:
        conn.close()
    return CheckReport(path, header.user_version, int(teams))
