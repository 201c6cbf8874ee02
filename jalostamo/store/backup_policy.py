"""Which backups are kept, listing them for "Restore from backup", and restoring one.

A programme's backups are the files ``<stem>.<UTC stamp>.<reason><suffix>`` in the user's
backup folder. Rotation keeps the newest ``keep`` good copies that are younger than
``max_age_days``, and no more of them than fit in ``max_total_times`` times the size of the
newest copy: when they do not fit, copies are thinned where they lie closest together for
their age, so the kept ones still reach back in time. A copy that fails ``quick_check`` is
never counted as one of them, so a bad copy cannot push a good one out, and the newest good
copy is never deleted. Verdicts are remembered (``backup_verdicts``): rotation reads a copy
only when it has never been checked.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from jalostamo import settings_file
from jalostamo.errors import FileRefused, UserError
from jalostamo.paths import backup_dir
from jalostamo.store.backups import (
    REASONS,
    copy_database,
    parse_backup_name,
    programme_id_of,
    programme_of_backup,
)
from jalostamo.store.connect import connect_ro
from jalostamo.store.probe import quick_check, read_header

log = logging.getLogger(__name__)

POLICY_FILE = "backup-policy.json"  # where versions before the one settings file kept it
SECTION = "backup_policy"
REASON_KEYS = frozenset(REASONS)
FIELDS = ("keep", "max_age_days", "interval_minutes", "max_total_times", "size_floor_mb")


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups of each programme to keep, for how long, and how often to take one."""

    keep: int = 20
    max_age_days: int = 30
    interval_minutes: int = 10
    #: all copies of a programme together take at most this many times its size on disk
    #: (photos are stored in the file: twenty copies of a 1 GB file would take 20 GB)
    max_total_times: int = 5
    #: ... unless they fit in this many megabytes anyway (small programmes keep every copy)
    size_floor_mb: int = 256

    def __post_init__(self) -> None:
        if self.keep < 1 or self.max_age_days < 1 or self.interval_minutes < 1 \
                or self.max_total_times < 1 or self.size_floor_mb < 0:
            raise UserError("safety.policy.bad", keep=self.keep, days=self.max_age_days,
                            minutes=self.interval_minutes)

    def size_budget(self, file_size: int) -> int:
        """How many bytes the copies of a programme of ``file_size`` bytes may take."""
        return max(self.max_total_times * file_size, self.size_floor_mb * 1024 * 1024)

    @property
    def max_age(self) -> timedelta:
        return timedelta(days=self.max_age_days)

    @classmethod
    def load(cls) -> BackupPolicy:
        """The user's policy (section ``backup_policy`` of the settings file; an older
        version's ``backup-policy.json`` is still read), defaults otherwise."""
        raw = settings_file.read_section(SECTION) or settings_file.legacy(POLICY_FILE)
        try:
            return cls(**{k: int(raw[k]) for k in FIELDS
                          if k in raw and isinstance(raw[k], int) and not isinstance(raw[k], bool)})
        except (TypeError, UserError) as exc:
            log.warning("backup policy unreadable (%s); using defaults", exc)
            return cls()

    def save(self) -> None:
        settings_file.write_section(SECTION, {k: getattr(self, k) for k in FIELDS})
        settings_file.forget_legacy(POLICY_FILE)  # moved into the one settings file


@dataclass(frozen=True)
class BackupSummary:
    teams: int
    items: int
    notes: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    #: what the copy holds, or None when it cannot be read (damaged)
    summary: BackupSummary | None

    @property
    def good(self) -> bool:
        return self.summary is not None

    @property
    def taken_local(self) -> str:
        return self.taken_at.astimezone().strftime("%d.%m.%Y %H:%M")


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    #: where the file that was in the way now lies (never deleted), if there was one
    kept_aside: Path | None


# --- finding backups ----------------------------------------------------------------------------

def candidates(programme: str | Path) -> list[tuple[Path, datetime, str]]:
    """Backups of a programme, newest first: by its id, or by the path of its file.

    A path stands for the programme its file holds (or held, by the backup index, when it
    cannot be read). Copies named before ids were part of the name are matched by the file's
    stem, unless they can be read and hold another programme."""
    if isinstance(programme, Path):
        path: Path | None = programme
        programme_id = programme_id_of(programme)
    else:
        path, programme_id = None, programme
    folder = backup_dir()
    found = []
    for entry in folder.iterdir():
        parsed = parse_backup_name(entry.name)
        if parsed is None or entry.name.startswith(".") or not entry.is_file():
            continue
        stem, taken, reason, suffix = parsed
        named = programme_of_backup(entry.name)
        if programme_id is not None and named is not None:
            keep = named == programme_id
        elif path is None:
            keep = False
        else:
            keep = stem == path.stem and suffix == path.suffix
            if keep and named is None and programme_id is not None:
                holds = _programme_in(entry)
                keep = holds is None or holds == programme_id
        if keep:
            found.append((entry, taken, reason))
    found.sort(key=lambda c: c[1], reverse=True)
    return found


_held: dict[tuple[str, int, int], str | None] = {}


def _programme_in(backup: Path) -> str | None:
    """The programme id a (legacy-named) copy holds; None when it cannot be read."""
    try:
        stat = backup.stat()
    except OSError:
        return None
    key = (str(backup), stat.st_size, stat.st_mtime_ns)
    if key not in _held:
        held = None
        try:
            conn = connect_ro(backup)
            try:
                row = conn.execute("SELECT id FROM programmes LIMIT 1").fetchone()
                held = row[0] if row else None
            finally:
                conn.close()
        except sqlite3.Error:
            held = None
        _held[key] = held
    return _held[key]


_candidates = candidates


def is_good(backup: Path) -> bool:
    """A readable Jalostamo file that passes ``quick_check`` (remembered per size and time)."""
    from jalostamo.store.backup_verdicts import cached_verdict, remember_verdict

    known = cached_verdict(backup)
    if known is not None:
        return known
    try:
        read_header(backup)
        quick_check(backup)
        good = True
    except FileRefused:
        good = False
    remember_verdict(backup, good)
    return good


def summarise(backup: Path) -> BackupSummary | None:
    """Counts of live teams, board items and feedback notes; None when the copy is damaged."""
    if not is_good(backup):
        return None
    try:
        conn = connect_ro(backup)
    except sqlite3.Error:
        return None
    try:
        counts = [conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
                  for table in ("teams", "board_items", "feedback_notes")]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return BackupSummary(*counts)


def list_backups(path: Path) -> list[BackupInfo]:
    """Backups of the programme file ``path``, newest first, with what each holds."""
    return [BackupInfo(p, taken, reason, summarise(p)) for p, taken, reason in _candidates(path)]


def newest_good_backup(path: Path) -> BackupInfo | None:
    """The newest backup of ``path`` that is sound (damaged copies are skipped)."""
    for candidate, taken, reason in _candidates(path):
        summary = summarise(candidate)
        if summary is not None:
            return BackupInfo(candidate, taken, reason, summary)
    return None


# --- rotating -------------------------------------------------------------------------------------

def rotate(path: Path, policy: BackupPolicy, *, now: datetime | None = None) -> list[Path]:
    """Delete good backups of ``path`` beyond the policy's count, age or total size; return
    those deleted.

    Damaged copies are not counted (and are left for the user to look at until they pass the
    age limit); the newest good copy always stays. A copy is checked only when its fate
    depends on it and its verdict is not remembered.
    """
    now = now or datetime.now(UTC)
    kept: list[tuple[Path, datetime, int]] = []
    doomed: list[Path] = []
    for candidate, taken, _reason in _candidates(path):
        too_old = now - taken > policy.max_age
        if too_old and kept:
            doomed.append(candidate)  # good or not, it goes: no need to read it
        elif is_good(candidate):
            if not kept or (len(kept) < policy.keep and not too_old):
                kept.append((candidate, taken, _size(candidate)))
            else:
                doomed.append(candidate)
        elif too_old:
            doomed.append(candidate)
    doomed.extend(thin_to_size(kept, policy.size_budget(kept[0][2]) if kept else 0, now))
    deleted: list[Path] = []
    for candidate in doomed:
        try:
            candidate.unlink()
            deleted.append(candidate)
        except OSError as exc:  # a locked copy on Windows: try again at the next rotation
            log.warning("could not remove old backup %s: %s", candidate, exc)
    return deleted


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def thin_to_size(kept: list[tuple[Path, datetime, int]], budget: int,
                 now: datetime) -> list[Path]:
    """The copies to drop (from ``kept``, newest first: path, taken, size) so that the rest
    fit in ``budget`` bytes. The newest always stays; each step drops the copy that lies
    closest to its newer neighbour for its age, so that what is left thins out with age
    (one from a few minutes ago, one from an hour ago, one from yesterday) instead of
    losing the oldest ones first."""
    kept = list(kept)
    total = sum(size for _p, _t, size in kept)
    dropped: list[Path] = []
    while len(kept) > 1 and total > budget:
        def crowding(index: int) -> float:
            _path, taken, _size = kept[index]
            gap = (kept[index - 1][1] - taken).total_seconds()
            age = max((now - taken).total_seconds(), 1.0)
            return gap / age

        victim = min(range(1, len(kept)), key=crowding)
        path, _taken, size = kept.pop(victim)
        total -= size
        dropped.append(path)
    return dropped


def expiry_of(info: BackupInfo, policy: BackupPolicy) -> datetime:
    """When rotation removes ``info`` at the latest (sooner once ``keep`` newer copies exist)."""
    return info.taken_at + policy.max_age


def delete_backup(backup: Path) -> None:
    """Remove one backup for good (e.g. after erasing a person, when the user asks)."""
    if parse_backup_name(backup.name) is None or backup.resolve().parent != backup_dir().resolve():
        raise UserError("safety.backup.not_a_backup", path=str(backup))
    with contextlib.suppress(FileNotFoundError):
        backup.unlink()


# --- restoring ------------------------------------------------------------------------------------

def restore_backup(backup: Path, target: Path) -> RestoreResult:
    """Put a copy of ``backup`` at ``target``. A file already at ``target`` (e.g. the damaged
    one) is moved aside next to it, with its journal files, never overwritten."""
    if not is_good(backup):
        raise FileRefused("safety.backup.damaged", path=str(backup))
    target.parent.mkdir(parents=True, exist_ok=True)
    kept_aside: Path | None = None
    if target.exists() or any(Path(f"{target}{x}").exists() for x in ("-wal", "-journal")):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept_aside = target.with_name(f"{target.stem}.damaged-{stamp}{target.suffix}")
        if target.exists():
            os.replace(target, kept_aside)
        for extra in ("-wal", "-shm", "-journal"):  # none may be replayed into the copy
            side = Path(f"{target}{extra}")
            if side.exists():
                os.replace(side, Path(f"{kept_aside}{extra}"))
    holder: list[sqlite3.Connection] = []

    def open_source() -> sqlite3.Connection:
        conn = connect_ro(backup)
        holder.append(conn)
        return conn

    try:
        copy_database(open_source, target)
    except BaseException:
        if kept_aside is not None and kept_aside.exists() and not target.exists():
            os.replace(kept_aside, target)  # put things back as they were
            kept_aside = None
        raise
    finally:
        for conn in holder:
            conn.close()
    return RestoreResult(target, kept_aside)


# --- texts for the UI ------------------------------------------------------------------------------

def backup_line(info: BackupInfo, lang: str | None = None) -> str:
    """One line of the "Restore from backup" list: time, why it was taken, what it holds."""
    from jalostamo.i18n import translate

    reason = translate(f"safety.reason.{info.reason}", lang) \
        if info.reason in REASON_KEYS else info.reason
    if info.summary is None:
        return translate("safety.backup.line_damaged", lang, when=info.taken_local, reason=reason)
    return translate("safety.backup.line", lang, when=info.taken_local, reason=reason,
                     teams=info.summary.teams, items=info.summary.items, notes=info.summary.notes)


def damaged_file_offer(path: Path, lang: str | None = None) -> tuple[str, BackupInfo | None]:
    """The question to ask when ``path`` is damaged, and the backup to restore on "yes" (with
    :func:`restore_backup`, which keeps the damaged file aside). No backup: a plain notice."""
    from jalostamo.i18n import translate

    best = newest_good_backup(path)
    if best is None or best.summary is None:
        return translate("safety.damaged.no_backup", lang, path=str(path)), None
    return translate("safety.damaged.offer", lang, path=str(path), when=best.taken_local,
                     teams=best.summary.teams, items=best.summary.items,
                     notes=best.summary.notes), best
