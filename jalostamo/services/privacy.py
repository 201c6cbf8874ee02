"""GDPR tools: erase a person, pseudonyms for exports, consent of test sessions.

Erasing is not a tombstone: a tombstone keeps the data so that a merge can carry the deletion.
Here the personal fields are blanked first, then the rows are tombstoned (so that the erasure
still travels in a merge), every free text that names the person gets their pseudonym instead,
and the file is rewritten (``secure_delete`` + ``VACUUM`` + a truncating WAL checkpoint) so
that the old bytes do not survive in free pages or in the write-ahead log. Erasing cannot be
undone; the UI must clear its undo stack afterwards (old values in it may hold the name).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String

from jalostamo.i18n import translate
from jalostamo.models import Base, FeedbackNote, Person, Programme, TestSession
from jalostamo.models.base import HISTORY_COLUMNS, TIMESTAMP_FORMAT, utcnow
from jalostamo.services import erasure_record
from jalostamo.services.entities import Entities
from jalostamo.services.events import Change, Op
from jalostamo.services.name_forms import name_pattern
from jalostamo.store.backup_policy import BackupPolicy, expiry_of, list_backups

#: tables whose rows only link a person to something: tombstoned with the person
LINK_TABLES = ("team_members", "facilitators", "review_authors", "attendance")
PERSON_FIELDS = ("name", "organisation", "title", "email", "notes")


def pseudonym_code(person_id: str) -> str:
    """Four hex digits from the person's id: the same code as in the PDF reports."""
    return hashlib.sha256(person_id.encode("utf-8")).hexdigest()[:4].upper()


def pseudonym(person_id: str, lang: str | None = None) -> str:
    """"Henkilö 3F9A": stable across runs and files, reveals nothing but the id's hash."""
    return translate("safety.person", lang, code=pseudonym_code(person_id))


@dataclass(frozen=True)
class BackupHolding:
    """A backup that still holds an erased person, and when rotation removes it at the latest."""

    path: Any
    taken_at: datetime
    expires_at: datetime

    def message(self, lang: str | None = None) -> str:
        return translate("safety.erase.backup_holds", lang, path=str(self.path),
                         when=_local(self.taken_at), expires=_local(self.expires_at))


@dataclass
class ErasureReport:
    person_id: str
    pseudonym: str
    links: int = 0
    quotes: int = 0
    photos: int = 0
    texts: int = 0
    #: False when another program kept the file busy, so free pages may still hold old bytes
    compacted: bool = False
    backups: list[BackupHolding] = field(default_factory=list)

    def message(self, lang: str | None = None) -> str:
        lines = [translate("safety.erase.done", lang, links=self.links, quotes=self.quotes,
                           photos=self.photos, texts=self.texts)]
        if not self.compacted:
            lines.append(translate("safety.erase.busy", lang, detail="wal_checkpoint"))
        lines.extend(h.message(lang) for h in self.backups)
        if not self.backups:
            lines.append(translate("safety.erase.no_backups", lang))
        return "\n".join(lines)


@dataclass(frozen=True)
class ConsentIssue:
    session_id: str
    team_id: str
    key: str
    params: dict[str, Any]

    def message(self, lang: str | None = None) -> str:
        return translate(self.key, lang, **self.params)


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%d.%m.%Y %H:%M")


class PrivacyService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    # --- erasing -------------------------------------------------------------------------------

    def erase_person(self, person_id: str, *, quotes: bool = True, photos: bool = True,
                     policy: BackupPolicy | None = None) -> ErasureReport:
        """Remove a person's name, attributions and (where asked) quotes and photos of them.

        Quotes and photos not asked to be erased stay, without the link to the person.
        Returns what was erased and which backups still hold the person.
        """
        person = self.entities.get(Person, person_id, include_deleted=True)
        name = person.name.strip()
        lang = self.entities.get(Programme, self.doc.programme_id).language
        report = ErasureReport(person_id, pseudonym(person_id, lang))
        holdings = self.backups_holding(person_id, name, policy or BackupPolicy.load())
        self.doc.check_still_there()
        if self.doc.readonly:
            from jalostamo.errors import ReadOnlyDocument

            raise ReadOnlyDocument()
        raw = self.doc.engine.raw_connection()
        try:
            conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            conn.execute("PRAGMA secure_delete = ON")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    eraser = _Eraser(conn, self.doc.device_id, report)
                    touched = eraser.run(person_id, name, quotes=quotes, photos=photos)
                    # the record travels with the programme: merges keep the person erased
                    erasure_record.write(conn, person_id, name, quotes=quotes, photos=photos,
                                         device=self.doc.device_id, now=eraser.now)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                report.compacted = _compact(conn)
            finally:
                conn.execute("PRAGMA secure_delete = OFF")
        except sqlite3.Error as exc:
            from jalostamo.store.document import storage_error

            raise storage_error(exc) or exc from exc
        finally:
            raw.close()
        report.backups = holdings
        for table, ids in touched.items():
            self.entities.events.emit(Change(table, Op.RELOADED, tuple(ids)))
        return report

    def backups_holding(self, person_id: str, name: str,
                        policy: BackupPolicy | None = None) -> list[BackupHolding]:
        """Backups of this file that still hold the person (their row or their name's bytes)."""
        policy = policy or BackupPolicy.load()
        found = []
        needle = name.encode("utf-8") if name else None
        for info in list_backups(self.doc.path):
            if _backup_holds(info.path, person_id, needle):
                found.append(BackupHolding(info.path, info.taken_at, expiry_of(info, policy)))
        return found

    # --- consent ---------------------------------------------------------------------------------

    def consent_issues(self, team_id: str | None = None) -> list[ConsentIssue]:
        """Test sessions whose recorded consent does not cover what was recorded."""
        filters: dict[str, Any] = {"team_id": team_id} if team_id else {}
        issues = []
        for session in self.entities.list(TestSession, order_by=("held_on", "created_at"),
                                          **filters):
            label = " ".join(x for x in (session.held_on.strftime("%d.%m.%Y") if session.held_on
                                         else "", session.place or session.segment) if x) or "-"

            def issue(key: str, s: TestSession = session, at: str = label,
                      **params: Any) -> ConsentIssue:
                return ConsentIssue(s.id, s.team_id, key, {"session": at, **params})

            if not session.consent_informed:
                issues.append(issue("safety.consent.no_informed"))
            if session.has_minors and not session.consent_guardian:
                issues.append(issue("safety.consent.no_guardian"))
            quoted = sum(1 for n in self.entities.list(FeedbackNote, session_id=session.id)
                         if n.is_quote)
            if quoted and not session.consent_quotes:
                issues.append(issue("safety.consent.quotes", count=quoted))
        return issues


class _Eraser:
    """The SQL of one erasure, on a connection inside a transaction."""

    def __init__(self, conn: sqlite3.Connection, device_id: str, report: ErasureReport) -> None:
        self.conn = conn
        self.device_id = device_id
        self.report = report
        self.now = utcnow().strftime(TIMESTAMP_FORMAT)
        self.touched: dict[str, set[str]] = {}

    def _stamp(self, tombstone: bool) -> str:
        stamp = ("updated_at = :now, device_id = :dev, "
                 "base_updated_at = CASE WHEN device_id != :dev THEN updated_at ELSE base_updated_at END, "
                 "base_device_id = CASE WHEN device_id != :dev THEN device_id ELSE base_device_id END")
        if tombstone:
            stamp += ", deleted_at = coalesce(deleted_at, :now)"
        return stamp

    def _update(self, table: str, sets: str, where: str, params: dict[str, Any],
                *, tombstone: bool = False) -> list[str]:
        ids = [r[0] for r in self.conn.execute(f"SELECT id FROM {table} WHERE {where}", params)]
        if ids:
            self.conn.execute(
                f"UPDATE {table} SET {sets + ', ' if sets else ''}{self._stamp(tombstone)} "
                f"WHERE {where}", {**params, "now": self.now, "dev": self.device_id})
            self.touched.setdefault(table, set()).update(ids)
        return ids

    def run(self, person_id: str, name: str, *, quotes: bool, photos: bool) -> dict[str, set[str]]:
        who = {"pid": person_id}
        for table in LINK_TABLES:
            self.report.links += len(self._update(table, "", "person_id = :pid", who,
                                                  tombstone=True))
        erased_rows = {person_id}
        if quotes:
            gone = self._update("feedback_notes", "text = '', person_id = NULL",
                                "person_id = :pid AND is_quote = 1", who, tombstone=True)
            self.report.quotes = len(gone)
            erased_rows.update(gone)
        self._update("feedback_notes", "person_id = NULL", "person_id = :pid", who)
        if photos:
            gone = self._update("media", "original = x'', preview = x'', thumbnail = x'', "
                                "caption = '', person_id = NULL", "person_id = :pid", who,
                                tombstone=True)
            self.report.photos = len(gone)
            erased_rows.update(gone)
            for media_id in gone:
                ref = {"mid": media_id}
                self._update("board_items", "media_id = NULL", "media_id = :mid", ref,
                             tombstone=True)
                self._update("feedback_notes", "media_id = NULL", "media_id = :mid", ref)
        self._update("media", "person_id = NULL", "person_id = :pid", who)
        blanks = ", ".join(f"{f} = ''" for f in PERSON_FIELDS)
        self._update("people", blanks, "id = :pid", who, tombstone=True)
        for row_id in erased_rows:  # the conflict log keeps copies of rows: drop those copies
            self._update("conflicts", "winner = '{}', loser = '{}'", "row_id = :rid",
                         {"rid": row_id})
        if name:
            self.report.texts = self._scrub_texts(name, self.report.pseudonym)
        return self.touched

    def _scrub_texts(self, name: str, replacement: str) -> int:
        """Replace every mention of ``name`` (any letter case, starting a word, with its
        Finnish inflected forms: :mod:`jalostamo.services.name_forms`) in free text and JSON
        values."""
        pattern = name_pattern(name)

        def has(value: Any) -> bool:
            return isinstance(value, str) and pattern.search(value) is not None

        def scrub_text(value: str) -> str:
            return pattern.sub(replacement, value)

        def scrub_json(value: Any) -> Any:
            if isinstance(value, str):
                return scrub_text(value)
            if isinstance(value, list):
                return [scrub_json(v) for v in value]
            if isinstance(value, dict):
                return {scrub_text(k): scrub_json(v) for k, v in value.items()}
            return value

        def json_column(raw: str) -> str:
            try:
                return json.dumps(scrub_json(json.loads(raw)))
            except ValueError:
                return scrub_text(raw)

        def json_has(raw: Any) -> bool:
            if not isinstance(raw, str):
                return False
            try:
                return has(json.dumps(json.loads(raw), ensure_ascii=False))
            except ValueError:
                return has(raw)

        self.conn.create_function("jl_has", 1, has, deterministic=True)
        self.conn.create_function("jl_json_has", 1, json_has, deterministic=True)
        count = 0
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if column.name in HISTORY_COLUMNS or column.name.endswith("_id"):
                    continue
                is_json = isinstance(column.type, JSON)
                if not is_json and not isinstance(column.type, String):
                    continue
                limit: int | None = getattr(column.type, "length", None)

                def fix_text(value: str, limit: int | None = limit) -> str:
                    return scrub_text(value)[:limit] if limit else scrub_text(value)

                fix: Callable[[str], str] = json_column if is_json else fix_text
                fn = f"jl_fix_{table.name}_{column.name}"
                self.conn.create_function(fn, 1, fix, deterministic=True)
                test = "jl_json_has" if is_json else "jl_has"
                count += len(self._update(table.name, f'"{column.name}" = {fn}("{column.name}")',
                                          f'{test}("{column.name}")', {}))
        return count


def _compact(conn: sqlite3.Connection) -> bool:
    """Rewrite the file without free pages and empty the WAL; False if a reader is in the way."""
    def checkpoint() -> bool:
        for _attempt in range(20):
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or busy[0] == 0:
                return True
        return False

    if not checkpoint():
        return False
    conn.execute("VACUUM")
    return checkpoint()


def _backup_holds(path: Any, person_id: str, needle: bytes | None) -> bool:
    if needle:
        try:
            if needle in path.read_bytes():
                return True
        except OSError:
            return False
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute("SELECT 1 FROM people WHERE id = ? AND name != ''", (person_id,)).fetchone()
        return row is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()
