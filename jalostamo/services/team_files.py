"""Team files out, work back in: snapshots made with SQLite's backup API, never a raw copy."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jalostamo.errors import FileRefused
from jalostamo.models import Conflict, ConflictStatus
from jalostamo.models.base import HISTORY_COLUMNS
from jalostamo.services.entities import Entities, table_of
from jalostamo.store.meta import ROLE_TEAM, write_meta

if TYPE_CHECKING:
    from jalostamo.store.document import Document


def _write_file_meta(path: Path, **values: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    from jalostamo.store.document import storage_error

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            write_meta(conn, **values)
        conn2 = sqlite3.connect(path)
        try:
            conn2.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn2.close()
    except (DBAPIError, sqlite3.Error) as exc:
        raise storage_error(exc) or exc from exc
    finally:
        engine.dispose()


def _write_snapshot(doc: Document, out: Path, *, new_only: bool, **meta: str) -> Path:
    """Write a snapshot of ``doc`` with ``meta`` to ``out`` under a temporary name, then move it
    into place: ``out`` is complete or absent (on failure nothing is left behind)."""
    if new_only and out.exists():
        raise FileRefused("file.exists", path=str(out))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        doc.backup_to(tmp)
        _write_file_meta(tmp, **meta)
        if new_only and out.exists():
            raise FileRefused("file.exists", path=str(out))
        try:
            os.replace(tmp, out)
        except OSError as exc:
            from jalostamo.store.document import storage_error

            raise storage_error(exc) or exc from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return out


class TeamFileService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    def make_team_file(self, team_id: str, out: Path) -> Path:
        """The whole programme for one team's laptop; the team's own content is editable there."""
        return _write_snapshot(self.doc, out, new_only=True, role=ROLE_TEAM, team_id=team_id,
                               handed_out_at=datetime.now(UTC).isoformat(timespec="seconds"),
                               made_from=self.doc.path.name)

    def send_work(self, out: Path) -> Path:
        """A single-file snapshot of this file for the facilitator (USB stick, shared folder)."""
        return _write_snapshot(self.doc, out, new_only=False, device_id=self.doc.device_id,
                               sent_at=datetime.now(UTC).isoformat(timespec="seconds"))

    # --- conflicts -------------------------------------------------------------------------

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        rows = self.entities.list(Conflict, order_by=("created_at", "id"))
        return [c for c in rows if not open_only or c.status == ConflictStatus.OPEN]

    def choose_other(self, conflict_id: str) -> dict[str, Any]:
        """Put the logged (losing) version back as a new edit; returns the replaced values."""
        conflict = self.entities.get(Conflict, conflict_id)
        from jalostamo.models import MODELS

        model = MODELS[conflict.table_name]
        table = table_of(model)
        values: dict[str, Any] = {}
        for name, value in conflict.loser.items():
            if name in HISTORY_COLUMNS:
                continue
            column = table.c[name]
            values[name] = _from_raw(column, value)
        old = self.entities.update(model, conflict.row_id, **values) if values else {}
        loser_deleted = conflict.loser.get("deleted_at")
        current = self.entities.get(model, conflict.row_id, include_deleted=True)
        if loser_deleted and current.deleted_at is None:  # type: ignore[attr-defined]
            self.entities.delete(model, conflict.row_id)
        elif not loser_deleted and current.deleted_at is not None:  # type: ignore[attr-defined]
            self.entities.restore(model, conflict.row_id)
        self.entities.update(Conflict, conflict_id, status=ConflictStatus.SWAPPED)
        return old

    def keep(self, conflict_id: str) -> None:
        self.entities.update(Conflict, conflict_id, status=ConflictStatus.KEPT)


def _from_raw(column: Any, value: Any) -> Any:
    """A raw SQLite value from the conflict log, as the ORM column expects it."""
    from sqlalchemy import JSON, Boolean

    if value is None:
        return None
    if isinstance(column.type, Boolean):
        return bool(value)
    if isinstance(column.type, JSON) and isinstance(value, str):
        return json.loads(value)
    return value
