"""A team's return file: only the rows the team changed since its hand-out ("Send my work").

A team file is a whole copy of the programme (the team works in it), but what comes back need
not be: merging 60 whole copies read the programme 60 times. The return file is an SQLite file
of the programme's schema (so the merge reads it as any source, through the same merge core)
holding only

- the rows changed or made in the team file since the hand-out: a field stamp above the
  hand-out's clock (every edit, deletion and restoration made in the team file has one: the
  file's clock starts there), or a row after the table's last row at hand-out (a new row:
  created rows carry no stamp). The hand-out notes each table's last row by its id and rowid;
  rowids only grow, and should a ``VACUUM`` renumber them it keeps their order, so the rows
  after that row's rowid now are the new ones;
- tombstones, erasure records and media rows by the same rule (only new or changed photos);
- the programme's row (the merge checks whose programme the file is);

with ``file_meta.role = return``, the team's id and the hand-out it is based on. Parents of
those rows are not in the file: they are the programme's. The merge therefore checks the base
first (:func:`base_unknown`): the hand-out recorded the newest row versions of the programme
(its "witnesses"); a programme that does not hold each of them at that version or later has
not seen the state the team started from (an older copy, a backup from before the hand-out),
and the return is refused with a message that says so. Then it reads only the return's rows
and the target's rows of the same ids.

The file is written beside its target and moved into place (``store/output.atomic_output``),
after it has been read back: ``quick_check``, the merge's own scan of a source and the row
counts. A team file handed out before returns existed (no ``handout_id``) sends its whole
snapshot as before, and the merge takes both.
"""

from __future__ import annotations

import heapq
import itertools
import json
import sqlite3
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jalostamo.errors import FileRefused
from jalostamo.services.changeset import SYNCED, columns_of
from jalostamo.services.merge_fields import parse_clock
from jalostamo.store.meta import ROLE_RETURN, ROLE_TEAM

#: rows whose versions a hand-out records, newest first: the programme a return is merged into
#: must hold each at that version or later
WITNESSES = 12
#: file_meta keys of a team file that make its returns possible
HANDOUT_ID = "handout_id"
HANDOUT_CLOCK = "handout_clock"
HANDOUT_ROWIDS = "handout_rowids"
HANDOUT_WITNESSES = "handout_witnesses"
#: bounds on what a source's file_meta may say about its base (untrusted input)
_MAX_META_CHARS = 20_000
_TABLES = {table.name for table in SYNCED}


def _max_stamp(raw: Any) -> str:
    stamps = parse_clock(raw)
    return max(entry[0] for entry in stamps.values()) if stamps else ""


# --- at hand-out ---------------------------------------------------------------------------


def handout_meta(team_file: Path, clock: str) -> dict[str, str]:
    """What a fresh team file (just copied to ``team_file``, not yet renamed into place)
    records about its hand-out: an id, the clock, each table's last row (rowid and id) and the
    newest row versions (the witnesses)."""
    conn = sqlite3.connect(team_file)
    try:
        rowids: dict[str, list[Any]] = {}
        newest: list[tuple[tuple[str, str], str, str]] = []
        for table in SYNCED:
            last = conn.execute(f'SELECT rowid, id FROM "{table.name}" ORDER BY rowid DESC '
                                'LIMIT 1').fetchone()
            rowids[table.name] = [int(last[0]), last[1]] if last else [0, None]
            versions = (((_max_stamp(clock_text), updated or ""), table.name, row_id)
                        for row_id, clock_text, updated in conn.execute(
                            f'SELECT id, field_clock, updated_at FROM "{table.name}"'))
            newest = heapq.nlargest(WITNESSES, itertools.chain(newest, versions))
    finally:
        conn.close()
    witnesses = [[name, row_id, stamp, updated] for (stamp, updated), name, row_id in newest]
    return {HANDOUT_ID: str(uuid.uuid4()), HANDOUT_CLOCK: clock,
            HANDOUT_ROWIDS: json.dumps(rowids, separators=(",", ":")),
            HANDOUT_WITNESSES: json.dumps(witnesses, separators=(",", ":"))}


# --- sending -------------------------------------------------------------------------------


class _Base:
    """The hand-out a team file was made from, as its file_meta records it."""

    def __init__(self, meta: dict[str, str]) -> None:
        self.clock = meta[HANDOUT_CLOCK]
        self.last_rows: dict[str, list[Any]] = json.loads(meta[HANDOUT_ROWIDS])

    def first_new_rowid(self, conn: sqlite3.Connection, table: str) -> int:
        """Rows of ``table`` from this rowid on were made after the hand-out."""
        row_id = self.last_rows.get(table, [0, None])[1]
        if row_id is None:
            return 1  # empty at hand-out (or a table new since): every row is new
        found = conn.execute(f'SELECT rowid FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
        if found is None:
            return 1  # the row is gone (never by the app): send the table whole
        return int(found[0]) + 1  # its rowid now: the same unless a VACUUM renumbered them

    def changed(self, field_clock: Any) -> bool:
        return bool(field_clock) and _max_stamp(field_clock) > self.clock


def can_return(meta: dict[str, str]) -> bool:
    """Whether a file with this file_meta sends a return file (a team file handed out since
    returns exist); else "Send my work" writes the whole snapshot as before."""
    if meta.get("role") != ROLE_TEAM or not all(
            key in meta for key in (HANDOUT_ID, HANDOUT_CLOCK, HANDOUT_ROWIDS, "team_id")):
        return False
    try:  # a record changed outside the app: the whole snapshot is always right
        last_rows = json.loads(meta[HANDOUT_ROWIDS])
    except ValueError:
        return False
    return isinstance(last_rows, dict) and all(
        isinstance(v, list) and len(v) == 2 and isinstance(v[0], int)
        and (v[1] is None or isinstance(v[1], str)) for v in last_rows.values())


def write_return(raw: sqlite3.Connection, tmp: Path, meta: dict[str, str],
                 extra_meta: dict[str, str]) -> dict[str, int]:
    """Write the return file of the team file open on ``raw`` (its file_meta ``meta``) to the
    empty file ``tmp``; returns the rows written per table."""
    base = _Base(meta)
    dst = sqlite3.connect(tmp, isolation_level=None)
    counts: dict[str, int] = {}
    raw.execute("BEGIN")  # one snapshot of the team file, whatever is edited meanwhile
    try:
        application_id = int(raw.execute("PRAGMA application_id").fetchone()[0])
        user_version = int(raw.execute("PRAGMA user_version").fetchone()[0])
        dst.execute("PRAGMA page_size = 512")  # mostly empty tables: one small page each
        dst.execute(f"PRAGMA application_id = {application_id}")
        dst.execute(f"PRAGMA user_version = {user_version}")
        dst.execute("BEGIN")
        for (sql,) in raw.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                "AND type IN ('table', 'index') ORDER BY type = 'index', rowid").fetchall():
            dst.execute(sql)
        dst.executemany("INSERT INTO alembic_version VALUES (?)",
                        raw.execute("SELECT version_num FROM alembic_version").fetchall())
        for table in SYNCED:
            counts[table.name] = _copy_table(raw, dst, table.name, base)
        kept = {k: v for k, v in meta.items() if k not in (HANDOUT_ROWIDS, "role")}
        values = {**kept, **extra_meta, "role": ROLE_RETURN}
        dst.executemany("INSERT INTO file_meta (key, value) VALUES (?, ?)", sorted(values.items()))
        dst.execute("COMMIT")
    finally:
        raw.execute("ROLLBACK")
        dst.close()
    return counts


def _copy_table(raw: sqlite3.Connection, dst: sqlite3.Connection, name: str, base: _Base) -> int:
    if name in ("programmes", "erasures"):  # the programme's row, every erasure record
        picked = [r[0] for r in raw.execute(f'SELECT rowid FROM "{name}"')]
    else:
        first_new = base.first_new_rowid(raw, name)
        picked = [rowid for rowid, field_clock in raw.execute(
            f'SELECT rowid, field_clock FROM "{name}"')
            if rowid >= first_new or base.changed(field_clock)]
    if not picked:
        return 0
    cols = ", ".join(f'"{c}"' for c in columns_of(next(t for t in SYNCED if t.name == name)))
    marks = ", ".join("?" for _ in cols.split(", "))
    insert = f'INSERT INTO "{name}" ({cols}) VALUES ({marks})'
    for start in range(0, len(picked), 500):
        chunk = picked[start:start + 500]
        dst.executemany(insert, raw.execute(
            f'SELECT {cols} FROM "{name}" WHERE rowid IN ({", ".join("?" for _ in chunk)})',
            chunk).fetchall())
    return len(picked)


def verify_return(tmp: Path, counts: dict[str, int], out: Path) -> None:
    """Read the written file ``tmp`` back as the merge will (header, ``quick_check``, the scan
    of a source) and count its rows; anything amiss raises ``FileRefused`` naming ``out``."""
    from jalostamo.i18n import current_language
    from jalostamo.services.merge_source import check_source
    from jalostamo.store.connect import connect_ro

    try:
        check_source(tmp)
        conn = connect_ro(tmp)
        try:
            found = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                     for name in counts}
        finally:
            conn.close()
    except FileRefused as refused:
        raise FileRefused("teamfile.return_unverified", path=str(out),
                          detail=refused.message(current_language())) from None
    except sqlite3.Error as exc:
        raise FileRefused("teamfile.return_unverified", path=str(out), detail=str(exc)) from None
    wrong = [name for name, n in counts.items() if found[name] != n]
    if wrong:
        raise FileRefused("teamfile.return_unverified", path=str(out),
                          detail=f"{wrong[0]}: {found[wrong[0]]} != {counts[wrong[0]]}")


def is_return_file(path: Path) -> bool:
    """Whether ``path`` is a return file (work sent before, which "Send my work" may replace)."""
    from jalostamo.store.check import is_return
    from jalostamo.store.connect import connect_ro
    from jalostamo.store.probe import read_header

    try:
        read_header(path)
        conn = connect_ro(path)
    except (FileRefused, sqlite3.Error, OSError, ValueError):
        return False
    try:
        return is_return(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


# --- merging -------------------------------------------------------------------------------


def base_unknown(conn: sqlite3.Connection, meta: dict[str, str]) -> bool:
    """Whether the target (``conn``) has NOT seen the state a return file was made from: a
    witness row missing, or older there than at the hand-out; a return without readable
    witnesses has no base this programme can know."""
    raw = meta.get(HANDOUT_WITNESSES, "")
    if not raw or len(raw) > _MAX_META_CHARS:
        return True
    try:
        witnesses = json.loads(raw)
    except ValueError:
        return True
    if not isinstance(witnesses, list) or not witnesses:
        return True
    for witness in witnesses:
        if not (isinstance(witness, list) and len(witness) == 4
                and all(isinstance(part, str) for part in witness) and witness[0] in _TABLES):
            return True
        table, row_id, stamp, updated = witness
        found = conn.execute(f'SELECT field_clock, updated_at FROM "{table}" WHERE id = ?',
                             (row_id,)).fetchone()
        if found is None or (_max_stamp(found[0]), found[1] or "") < (stamp, updated):
            return True
    return False


def source_ids(src: Any, tables: Iterable[str]) -> dict[str, list[str]]:
    """The row ids of a return file, by table (only its rows of the target are read)."""
    out: dict[str, list[str]] = {}
    for name in tables:
        ids = [row[0] for row in src.execute(f'SELECT id FROM "{name}"')]
        if ids:
            out[name] = ids
    return out
