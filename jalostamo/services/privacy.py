"""GDPR tools: erase a person, pseudonyms for exports, consent of test sessions.

Erasing is not a tombstone: a tombstone keeps the data so that a merge can carry the deletion.
Here the personal fields are blanked first, then the rows are tombstoned (so that the erasure
still travels in a merge), every free text that names the person gets their pseudonym instead,
and the file is rewritten (``secure_delete`` + ``VACUUM`` + a truncating WAL checkpoint) so
that the old bytes do not survive in free pages or in the write-ahead log. Erasing cannot be
undone; the UI must clear its undo stack afterwards (old values in it may hold the name).

Free text is every column the models declare as text or JSON (:func:`text_columns`, plus
``file_meta``); JSON is searched and rewritten value by value, also inside JSON kept as a
string within JSON (the conflict log's copies of rows), so that escaped forms (``\u00e4``) are
found too. The backups that still hold the person are every file of the backup folder that
belongs to the programme (:func:`programme_copies`), including copies outside the rotation:
leftover ``.partial`` copies and their journals, and copies made under an earlier file name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Table, TypeDecorator

from jalostamo.errors import UserError
from jalostamo.i18n import translate
from jalostamo.models import Base, FeedbackNote, Person, Programme, TestSession
from jalostamo.models.base import HISTORY_COLUMNS, TIMESTAMP_FORMAT, utcnow
from jalostamo.paths import backup_dir
from jalostamo.services import erasure_record
from jalostamo.services.entities import Entities
from jalostamo.services.events import Change, Op
from jalostamo.services.name_forms import name_pattern, quick_test
from jalostamo.store.backup_policy import BackupPolicy, expiry_of, list_backups
from jalostamo.store.backups import STAMP_FORMAT
from jalostamo.store.connect import connect_ro
from jalostamo.store.meta import file_meta

#: tables whose rows only link a person to something: tombstoned with the person
LINK_TABLES = ("team_members", "facilitators", "review_authors", "attendance",
               "programme_experts")
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
    #: when rotation removes it at the latest; None for a copy outside the rotation
    expires_at: datetime | None
    #: the copy cannot be opened (a leftover partial copy, a damaged one): it may hold the person
    unreadable: bool = False

    def message(self, lang: str | None = None) -> str:
        params = {"path": str(self.path), "when": _local(self.taken_at)}
        if self.unreadable:
            return translate("safety.erase.partial_holds", lang, **params)
        if self.expires_at is None:
            return translate("safety.erase.copy_holds", lang, **params)
        return translate("safety.erase.backup_holds", lang, expires=_local(self.expires_at),
                         **params)


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


@dataclass(frozen=True)
class NameFinder:
    """The forms of a person's name (:func:`name_pattern`), behind a fast test that lets
    through every text that may hold one (:func:`quick_test`)."""

    pattern: re.Pattern[str]
    could: Callable[[str], bool]

    @classmethod
    def of(cls, name: str, emails: Iterable[str] = ()) -> NameFinder:
        emails = list(emails)
        return cls(name_pattern(name, emails=emails), quick_test(name, emails=emails))

    def search(self, text: str) -> bool:
        return self.could(text) and self.pattern.search(text) is not None


@dataclass(frozen=True)
class PersonRoles:
    """A living person and what they are in the programme (for choosing whom to erase)."""

    person: Person
    team_roles: tuple[tuple[str, str], ...]  # (team name, MemberRole value)
    facilitator_roles: tuple[str, ...]  # as written in the programme ("" when not given)
    reviews_written: int
    #: an expert invited to the programme: the expertise written ("" when not given)
    expertise: tuple[str, ...] = ()

    @property
    def has_roles(self) -> bool:
        return bool(self.team_roles or self.facilitator_roles or self.reviews_written
                    or self.expertise)


class PrivacyService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    # --- erasing -------------------------------------------------------------------------------

    def people_roles(self) -> list[PersonRoles]:
        """Every living person with their teams, facilitator roles and reviews, by name."""
        from jalostamo.models import Facilitator, ProgrammeExpert, ReviewAuthor, Team, TeamMember

        entities = self.entities
        from jalostamo.services.teams import TeamService

        labels = TeamService(entities).labels()  # "Oulu: Lapsiperheet", "Espoo, Vantaa"
        teams = {t.id: labels.get(t.id, t.display_name) for t in entities.list(Team)}
        team_roles: dict[str, list[tuple[str, str]]] = {}
        for member in entities.list(TeamMember):
            if member.team_id in teams:
                team_roles.setdefault(member.person_id, []).append(
                    (teams[member.team_id], str(member.role)))
        facilitating: dict[str, list[str]] = {}
        for facilitator in entities.list(Facilitator):
            facilitating.setdefault(facilitator.person_id, []).append(facilitator.role or "")
        reviews: dict[str, int] = {}
        for author in entities.list(ReviewAuthor):
            reviews[author.person_id] = reviews.get(author.person_id, 0) + 1
        invited: dict[str, list[str]] = {}
        for expert in entities.list(ProgrammeExpert):
            invited.setdefault(expert.person_id, []).append(expert.expertise)
        return [PersonRoles(person, tuple(team_roles.get(person.id, ())),
                            tuple(facilitating.get(person.id, ())), reviews.get(person.id, 0),
                            tuple(invited.get(person.id, ())))
                for person in sorted(entities.list(Person), key=lambda p: p.name.casefold())]

    def erase_person(self, person_id: str, *, quotes: bool = True, photos: bool = True,
                     policy: BackupPolicy | None = None) -> ErasureReport:
        """Remove a person's name, attributions and (where asked) quotes and photos of them.

        Quotes and photos not asked to be erased stay, without the link to the person.
        Returns what was erased and which backups still hold the person.
        """
        person = self.entities.get(Person, person_id, include_deleted=True)
        name = person.name.strip()
        emails = [person.email] if person.email.strip() else []
        lang = self.entities.get(Programme, self.doc.programme_id).language
        report = ErasureReport(person_id, pseudonym(person_id, lang))
        holdings = self.backups_holding(person_id, name, policy or BackupPolicy.load(),
                                        emails=emails)
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
                    touched = eraser.run(person_id, name, quotes=quotes, photos=photos,
                                         emails=emails)
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

    def backups_holding(self, person_id: str, name: str, policy: BackupPolicy | None = None,
                        *, emails: Iterable[str] = ()) -> list[BackupHolding]:
        """Every copy in the backup folder of this programme that still holds the person (their
        row, or a mention found by :func:`name_pattern`) or may hold them (cannot be opened),
        newest first: rotated backups, leftover partial copies, copies under an earlier name."""
        policy = policy or BackupPolicy.load()
        finder = NameFinder.of(name, emails) if name.strip() else None
        rotated = {info.path.name: info for info in list_backups(self.doc.path)}
        found = []
        for path in programme_copies(self.doc.path, self.doc.programme_id):
            holds = _copy_holds(path, person_id, finder)
            if holds is False:
                continue
            info = rotated.get(path.name)
            if info is not None:
                found.append(BackupHolding(path, info.taken_at, expiry_of(info, policy),
                                           unreadable=holds is None))
            else:
                found.append(BackupHolding(path, _taken_at(path), None, unreadable=holds is None))
        found.sort(key=lambda h: h.taken_at, reverse=True)
        return found

    def delete_backups(self, holdings: Iterable[BackupHolding]) -> int:
        """Delete the copies that hold an erased person, after taking a new backup of the
        (erased) file, so that a good copy remains; returns how many were deleted."""
        from jalostamo.store.backups import backup_document

        backup_document(self.doc, reason="manual")
        deleted = 0
        for holding in holdings:
            deleted += delete_copy(Path(holding.path))
        return deleted

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

    def run(self, person_id: str, name: str, *, quotes: bool, photos: bool,
            emails: Iterable[str] = ()) -> dict[str, set[str]]:
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
            self.report.texts = self._scrub_texts(NameFinder.of(name, emails),
                                                  self.report.pseudonym)
        return self.touched

    def _scrub_texts(self, finder: NameFinder, replacement: str) -> int:
        """Replace every mention ``finder`` finds (:mod:`jalostamo.services.name_forms`) in
        every text column and JSON value with ``replacement``; returns the rows changed."""
        def scrub_text(value: str) -> str:
            if not finder.could(value):
                return value
            return finder.pattern.sub(lambda _m: replacement, value)

        def json_column(raw: str) -> str:
            try:
                return json.dumps(_map_strings(json.loads(raw), scrub_text))
            except ValueError:
                return scrub_text(raw)

        def has(value: Any) -> bool:
            return isinstance(value, str) and finder.search(value)

        def json_has(raw: Any) -> bool:
            return isinstance(raw, str) and _mentions(finder, raw)

        self.conn.create_function("jl_has", 1, has, deterministic=True)
        self.conn.create_function("jl_json_has", 1, json_has, deterministic=True)
        count = 0
        for table, column, is_json in text_columns():
            limit: int | None = getattr(column.type, "length", None)

            def fix_text(value: str, limit: int | None = limit) -> str:
                return scrub_text(value)[:limit] if limit else scrub_text(value)

            fix: Callable[[str], str] = json_column if is_json else fix_text
            fn = f"jl_fix_{table.name}_{column.name}"
            self.conn.create_function(fn, 1, fix, deterministic=True)
            test = "jl_json_has" if is_json else "jl_has"
            where = f"typeof(\"{column.name}\") = 'text' AND {test}(\"{column.name}\")"
            sets = f'"{column.name}" = {fn}("{column.name}")'
            if "updated_at" in table.columns:
                count += len(self._update(table.name, sets, where, {}))
            else:  # file_meta: facts about the file, no history columns
                count += self.conn.execute(
                    f'UPDATE "{table.name}" SET {sets} WHERE {where}').rowcount
        return count


def text_columns() -> list[tuple[Table, Any, bool]]:
    """``(table, column, is_json)`` of every column that may hold free text: the models' text
    and JSON columns, and ``file_meta``'s values; not the history columns, keys or references to
    rows."""
    found = []
    for table in [*Base.metadata.sorted_tables, file_meta]:
        if table.name == "erasures":  # the records hold salted hashes of name forms, no names
            continue
        for column in table.columns:
            if column.name in HISTORY_COLUMNS or column.primary_key or column.foreign_keys:
                continue
            kind = column.type
            if isinstance(kind, TypeDecorator):
                kind = kind.impl_instance
            if isinstance(kind, JSON):
                found.append((table, column, True))
            elif isinstance(kind, String):
                found.append((table, column, False))
    return found


def _nested(value: str) -> Any:
    """A JSON object or array kept as a string (a row's JSON column in the conflict log)."""
    if value[:1] not in ("{", "["):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict | list) else None


def _map_strings(value: Any, fix: Callable[[str], str]) -> Any:
    """``value`` with ``fix`` applied to every string in it (keys too), JSON inside strings
    included (written back as JSON in the same style)."""
    if isinstance(value, str):
        inner = _nested(value)
        if inner is not None:
            ascii_only = value.isascii()
            return json.dumps(_map_strings(inner, fix), ensure_ascii=ascii_only)
        return fix(value)
    if isinstance(value, list):
        return [_map_strings(v, fix) for v in value]
    if isinstance(value, dict):
        return {fix(k): _map_strings(v, fix) for k, v in value.items()}
    return value


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
        inner = _nested(value)
        if inner is not None:
            yield from _strings(inner)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)


def _mentions(finder: NameFinder, text: str) -> bool:
    """Whether ``text`` mentions the person, as it is or in the strings of JSON within it."""
    return any(finder.search(s) for s in _strings(text))


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


# --- copies of the programme in the backup folder -------------------------------------------------

_STAMP = re.compile(r"\d{8}T\d{12}Z")


def _programme_ids(path: Path) -> set[str] | None:
    """Ids in the copy's ``programmes`` table, or None when it cannot be read as ours."""
    try:
        conn = connect_ro(path)
    except sqlite3.Error:
        return None
    try:
        return {row[0] for row in conn.execute("SELECT id FROM programmes")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def programme_copies(path: Path, programme_id: str) -> list[Path]:
    """Every file in the backup folder that is a copy of the programme, or may be one.

    A file that opens and has a ``programmes`` table belongs when it holds ``programme_id``
    (whatever its name: copies made under an earlier name of the file too). A file that cannot
    be opened (a leftover ``.partial`` copy, its journal, a damaged copy) belongs when its name,
    without leading dots, starts with the programme file's name or holds the programme's id.
    """
    folder = backup_dir()
    prefix = f"{path.stem}."
    found = []
    for entry in sorted(folder.iterdir()):
        if not entry.is_file():
            continue
        owners = _programme_ids(entry)
        if owners is not None:
            if programme_id in owners:
                found.append(entry)
        elif entry.name.lstrip(".").startswith(prefix) or programme_id in entry.name:
            found.append(entry)
    return found


def _copy_holds(path: Path, person_id: str, finder: NameFinder | None) -> bool | None:
    """True if the copy holds the person (their row with a name, or a mention in any text),
    False if it does not, None if it cannot be read to the end (so it may)."""
    try:
        if path.stat().st_size == 0:
            return False
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        conn = connect_ro(path)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("SELECT 1 FROM people WHERE id = ? AND name != ''",
                        (person_id,)).fetchone():
            return True
        if finder is None:
            return False
        conn.create_function("jl_mentions", 1, lambda v: isinstance(v, str) and _mentions(
            finder, v), deterministic=True)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            for column in conn.execute(f'PRAGMA table_info("{table}")').fetchall():
                name, declared = column[1], str(column[2]).upper()
                if "BLOB" in declared:
                    continue
                if conn.execute(f'SELECT 1 FROM "{table}" WHERE typeof("{name}") = \'text\' '
                                f'AND jl_mentions("{name}") LIMIT 1').fetchone():
                    return True
        return False
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _taken_at(path: Path) -> datetime:
    """When a copy outside the rotation was taken: the time in its name, or its file time."""
    match = _STAMP.search(path.name)
    if match:
        with contextlib.suppress(ValueError):
            return datetime.strptime(match[0], STAMP_FORMAT).replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return utcnow()


def delete_copy(path: Path) -> int:
    """Delete one file of the backup folder (a backup, a partial copy); 1 if it was there."""
    folder = backup_dir().resolve()
    if path.resolve().parent != folder:
        raise UserError("safety.backup.not_a_backup", path=str(path))
    try:
        path.unlink()
    except FileNotFoundError:
        return 0
    except OSError as exc:
        raise UserError("safety.erase.copy_not_deleted", path=str(path),
                        detail=exc.strerror or str(exc)) from exc
    return 1
