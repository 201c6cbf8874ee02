"""File-format constants: what marks a file as ours and which schema version it carries."""

from __future__ import annotations

#: ``PRAGMA application_id`` of every Jalostamo file: "JLST" in ASCII.
APPLICATION_ID = 0x4A4C5354

#: Alembic revisions in order; ``PRAGMA user_version`` is the 1-based index of the newest one
#: applied, so that a file's version can be read from its header without running SQL.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")

SCHEMA_VERSION = len(REVISIONS)
HEAD_REVISION = REVISIONS[-1]

SQLITE_HEADER = b"SQLite format 3\x00"
