"""The host's or a laptop's own connection to its programme file.

One SQLite connection does everything the room does with the file: merging changesets, reading
rows to send, and ``PRAGMA data_version``, which changes only when *another* connection (the
app's) has committed. So the room's own merges never make it rescan the whole file; the app's
edits do."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

from jalostamo.store.document import Document, _connect_pragmas


def open_shared(path: Path, device_id: str) -> tuple[Document, sqlite3.Connection]:
    """A document (no lock: the app holds it) on one connection, and that connection."""
    engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool,
                           connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _connect_pragmas(dbapi_connection, False)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    doc = Document(path, engine, readonly=False, device_id=device_id, lock=None)
    raw = engine.raw_connection()
    conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
    return doc, conn
