"""The live venue mode's own state, beside the programme (never in its schema).

A small SQLite file in the host's or client's data folder: key-value facts (the room's epoch,
the last sequence number, the join secret, a client's token and watermark), every row's last
seen version with the host sequence number that published it, a client's unacknowledged rows,
and the host's devices. Written in transactions: a kill at any point leaves the last state.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS versions (tbl TEXT NOT NULL, id TEXT NOT NULL, version TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (tbl, id));
CREATE INDEX IF NOT EXISTS versions_seq ON versions (seq);
CREATE TABLE IF NOT EXISTS pending (tbl TEXT NOT NULL, id TEXT NOT NULL, version TEXT NOT NULL,
    PRIMARY KEY (tbl, id));
CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, token_hash TEXT NOT NULL,
    team_id TEXT, name TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,
    joined_ms INTEGER NOT NULL, offset_ms INTEGER NOT NULL DEFAULT 0);
"""

Key = tuple[str, str]


class Sidecar:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA busy_timeout = 5000")
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        self.conn.close()

    # --- facts -------------------------------------------------------------------------------

    def get(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def put(self, **values: Any) -> None:
        self.conn.execute("BEGIN")
        try:
            self._put(values)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _put(self, values: Mapping[str, Any]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                              [(k, str(v)) for k, v in values.items()])

    # --- versions ------------------------------------------------------------------------------

    def versions(self) -> dict[Key, str]:
        return {(t, i): v for t, i, v in self.conn.execute("SELECT tbl, id, version FROM versions")}

    def keys_after(self, seq: int) -> list[Key]:
        return [(t, i) for t, i in self.conn.execute(
            "SELECT tbl, id FROM versions WHERE seq > ?", (seq,))]

    def pending(self) -> dict[Key, str]:
        return {(t, i): v for t, i, v in self.conn.execute("SELECT tbl, id, version FROM pending")}

    def record(self, versions: Mapping[Key, str], *, seq: int | None = None,
               pending_add: Mapping[Key, str] | None = None,
               pending_drop: Iterable[Key] = (), **facts: Any) -> None:
        """One transaction: new row versions (published as ``seq``), pending rows, facts."""
        self.conn.execute("BEGIN")
        try:
            self.conn.executemany(
                "INSERT OR REPLACE INTO versions (tbl, id, version, seq) VALUES (?, ?, ?, ?)",
                [(t, i, v, seq or 0) for (t, i), v in versions.items()])
            if pending_add:
                self.conn.executemany(
                    "INSERT OR REPLACE INTO pending (tbl, id, version) VALUES (?, ?, ?)",
                    [(t, i, v) for (t, i), v in pending_add.items()])
            self.conn.executemany("DELETE FROM pending WHERE tbl = ? AND id = ?", list(pending_drop))
            self._put(facts)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # --- devices (host) ----------------------------------------------------------------------

    def add_device(self, device_id: str, token_hash: str, team_id: str | None, name: str,
                   joined_ms: int, offset_ms: int) -> None:
        self.conn.execute("INSERT INTO devices (device_id, token_hash, team_id, name, joined_ms, "
                          "offset_ms) VALUES (?, ?, ?, ?, ?, ?)",
                          (device_id, token_hash, team_id, name, joined_ms, offset_ms))

    def device(self, device_id: str) -> tuple[str, str | None, str, bool, int] | None:
        row = self.conn.execute("SELECT token_hash, team_id, name, revoked, offset_ms FROM devices "
                                "WHERE device_id = ?", (device_id,)).fetchone()
        return (row[0], row[1], row[2], bool(row[3]), row[4]) if row else None

    def devices(self) -> list[tuple[str, str | None, str, bool, int]]:
        return [(r[0], r[1], r[2], bool(r[3]), r[4]) for r in self.conn.execute(
            "SELECT device_id, team_id, name, revoked, offset_ms FROM devices ORDER BY joined_ms")]

    def revoke(self, device_id: str) -> None:
        self.conn.execute("UPDATE devices SET revoked = 1 WHERE device_id = ?", (device_id,))

    def set_offset(self, device_id: str, offset_ms: int) -> None:
        self.conn.execute("UPDATE devices SET offset_ms = ? WHERE device_id = ?",
                          (offset_ms, device_id))
