"""Team files out, work back in: snapshots made with SQLite's backup API, never a raw copy."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jalostamo.models import Conflict, ConflictStatus
from jalostamo.models.base import HISTORY_COLUMNS
from jalostamo.models.base import TIMESTAMP_FORMAT as TIMESTAMP_FORMAT
from jalostamo.services.entities import Entities, table_of
from jalostamo.store.meta import ROLE_TEAM, write_meta
from jalostamo.store.output import atomic_output

if TYPE_CHECKING:
    pass


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


class TeamFileService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    def make_team_file(self, team_id: str, out: Path, *, overwrite: bool = False) -> Path:
        """The whole programme for one team's laptop; the team's own content is editable there.

        The file records its hand-out (``services/team_return.py: handout_meta``), so that
        "Send my work" returns only what the team changed. ``out`` follows
        :func:`jalostamo.store.output.check_output` (never a programme file)."""
        from jalostamo.services.clock import clock_of
        from jalostamo.services.team_return import handout_meta

        clock = clock_of(self.doc)
        with atomic_output(out, overwrite=overwrite, sources=[self.doc.path]) as tmp:
            self.doc.backup_to(tmp)
            try:
                handout = handout_meta(tmp, clock.last)
            except sqlite3.Error as exc:
                from jalostamo.store.document import storage_error

                raise storage_error(exc) or exc from exc
            _write_file_meta(tmp, role=ROLE_TEAM, team_id=team_id,
                             handed_out_at=datetime.now(UTC).isoformat(timespec="seconds"),
                             handed_out_ms=str(clock.now_phys()), clock=clock.last,
                             made_from=self.doc.path.name, **handout)
        return Path(out)

    def send_work(self, out: Path) -> Path:
        """The team's work for the facilitator (USB stick, shared folder): from a team file
        that records its hand-out, a return file of only the rows changed since
        (``services/team_return.py``); from any other file, a single-file snapshot of it.
        The save dialog has asked before replacing a file."""
        from jalostamo.services.team_return import can_return, verify_return, write_return
        from jalostamo.store.document import storage_error
        from jalostamo.store.meta import read_meta

        sent = {"device_id": self.doc.device_id,
                "sent_at": datetime.now(UTC).isoformat(timespec="seconds")}
        meta = read_meta(self.doc.engine)
        with atomic_output(out, overwrite=True, sources=[self.doc.path],
                           replaces_snapshot=True) as tmp:
            if can_return(meta):
                raw = self.doc.engine.raw_connection()
                try:
                    counts = write_return(raw.driver_connection, tmp, meta, sent)  # type: ignore[arg-type]
                except sqlite3.Error as exc:
                    raise storage_error(exc) or exc from exc
                finally:
                    raw.close()
                verify_return(tmp, counts, Path(out))
            else:
                self.doc.backup_to(tmp)
                _write_file_meta(tmp, **sent)
        return Path(out)

    # --- conflicts -------------------------------------------------------------------------

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        rows = self.entities.list(Conflict, order_by=("created_at", "id"))
        return [c for c in rows if not open_only or c.status == ConflictStatus.OPEN]

    def choose_other(self, conflict_id: str) -> dict[str, Any]:
        """Put the logged (losing) value back as a new edit; returns the replaced values.

        A conflict is about one field (or, logged before field-level merging, a whole row).
        When the winner was a deletion, the row is restored and the other side's values
        (already kept in the row) come back with it.
        """
        conflict = self.entities.get(Conflict, conflict_id)
        from jalostamo.models import MODELS

        model = MODELS[conflict.table_name]
        table = table_of(model)
        values: dict[str, Any] = {}
        for name, value in conflict.loser.items():
            if name in HISTORY_COLUMNS or name.startswith("_") or name not in table.c:
                continue
            values[name] = _from_raw(table.c[name], value)
        deleted = "deleted_at" in conflict.loser
        loser_deleted = conflict.loser.get("deleted_at")
        current = self.entities.get(model, conflict.row_id, include_deleted=True)
        if deleted and not loser_deleted and current.deleted_at is not None:  # type: ignore[attr-defined]
            self.entities.restore(model, conflict.row_id)  # first: a deleted row takes no edit
        old = self.entities.update(model, conflict.row_id, **values) if values else {}
        if deleted and loser_deleted and current.deleted_at is None:  # type: ignore[attr-defined]
            self.entities.delete(model, conflict.row_id)
        self.entities.update(Conflict, conflict_id, status=ConflictStatus.SWAPPED)
        return old

    def keep(self, conflict_id: str) -> None:
        self.entities.update(Conflict, conflict_id, status=ConflictStatus.KEPT)

    # --- reading the rows a conflict is about (the conflicts screen) ---------------------------

    def row_values(self, table: str, row_id: str) -> dict[str, Any] | None:
        """Every column of a row of ``table``, deleted or not; None for an unknown table or row."""
        from jalostamo.errors import UserError
        from jalostamo.models import MODELS

        model = MODELS.get(table)
        if model is None:
            return None
        try:
            row = self.entities.get(model, row_id, include_deleted=True)
        except UserError:
            return None
        return {c.name: getattr(row, c.name, None) for c in model.__table__.columns}

    def team_name(self, team_id: str) -> str:
        """The team's name (deleted or not); "" when there is no such team."""
        from jalostamo.errors import UserError
        from jalostamo.models import Team

        try:
            return self.entities.get(Team, team_id, include_deleted=True).display_name
        except UserError:
            return ""

    @staticmethod
    def is_boolean_column(table: str, column: str) -> bool:
        from sqlalchemy import Boolean

        from jalostamo.models import MODELS

        model = MODELS.get(table)
        columns = model.__table__.columns if model is not None else None
        return columns is not None and column in columns and isinstance(columns[column].type, Boolean)


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
