"""A read-only snapshot of what the desk's first screen shows, read with plain ``sqlite3``.

The app paints the open programme (its name, themes, the next workshop and the teams ×
workshops progress matrix) from this snapshot before SQLAlchemy and the mapped models are
loaded. The live overview (:class:`jalostamo.services.progress.ProgressService`) runs the same
reader (:func:`read_overview`) on the open document's connection, so there is one reader of
the overview, not two kept equal. The file must already have passed
:func:`jalostamo.store.probe.read_header`. Nothing here writes to the file.

The records are named tuples rather than dataclasses: they are made before the first paint,
where every millisecond of import time shows.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path
from typing import NamedTuple

from jalostamo.errors import FileRefused
from jalostamo.models.enums import Phase
from jalostamo.models.naming import team_label
from jalostamo.store.connect import sqlite_uri

#: the experiment card's text fields (``jalostamo.models.CARD_TEXT_FIELDS``, which cannot be
#: imported without SQLAlchemy; a test keeps the two equal)
CARD_TEXT_FIELDS = (
    "title", "phenomenon", "problem", "hypothesis", "target_group", "place", "practice",
    "learning_goals", "carried_out_by", "budget", "resources", "schedule", "milestones",
    "risks", "success_criteria",
)


class ThemeInfo(NamedTuple):
    id: str
    name: str


class WorkshopInfo(NamedTuple):
    id: str
    number: int
    phase: Phase
    held_on: date | None
    venue: str


class CellInfo(NamedTuple):
    model_version: str | None
    model_items: int
    tests: int
    reviews_given: int
    reviews_received: int


class TeamRow(NamedTuple):
    team_id: str
    name: str
    card_filled: int
    card_total: int
    theme_names: tuple[str, ...]
    workshops: dict[str, CellInfo]

    @property
    def card_missing(self) -> int:
        return self.card_total - self.card_filled


class Snapshot(NamedTuple):
    """The programme and its progress matrix, shaped like ``ProgrammeProgress``."""

    path: Path
    programme_id: str
    name: str
    organiser: str
    workshops: list[WorkshopInfo]
    teams: list[TeamRow]
    themes: list[ThemeInfo]
    next_workshop: WorkshopInfo | None


def _day(value: object) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _in(ids: list[str]) -> str:
    return "(" + ", ".join("?" for _ in ids) + ")" if ids else "(NULL)"


def read_snapshot(path: Path, today: date | None = None) -> Snapshot:
    """The first screen's data of the programme in ``path`` (opened read-only, untouched)."""
    today = today or date.today()
    uri = sqlite_uri(Path(path), readonly=True)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise FileRefused("file.unreadable", path=str(path), detail=str(exc)) from None
    try:
        return read_overview(conn, Path(path), today)
    except sqlite3.DatabaseError as exc:
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)) from None
    except (ValueError, TypeError, AttributeError) as exc:
        # a value this app would not have written (edited outside it): name the first problem
        from jalostamo.store.check import ensure_sound
        from jalostamo.store.probe import read_header

        conn.close()
        ensure_sound(Path(path), read_header(Path(path)).user_version)
        raise FileRefused("file.damaged", path=str(path), detail=str(exc)[:200]) from None
    finally:
        conn.close()


def read_overview(conn: sqlite3.Connection, path: Path, today: date) -> Snapshot:
    """The overview of the programme in ``conn`` (any connection; nothing is written)."""
    row = conn.execute("SELECT id, name, organiser FROM programmes WHERE deleted_at IS NULL "
                       "LIMIT 1").fetchone()
    if row is None:
        raise FileRefused("file.damaged", path=str(path), detail="no programme")
    pid, name, organiser = str(row[0]), str(row[1]), str(row[2] or "")
    workshops = _workshops(conn, pid)
    teams = conn.execute(
        "SELECT id, city, name FROM teams WHERE programme_id = ? AND deleted_at IS NULL "
        "ORDER BY position, city, name", (pid,)).fetchall()
    themes = [ThemeInfo(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT id, name FROM themes WHERE programme_id = ? AND deleted_at IS NULL "
        "ORDER BY position, name", (pid,))]
    team_ids = [str(t[0]) for t in teams]
    filled = _card_fill(conn, team_ids)
    team_themes = _theme_names(conn, team_ids, themes)
    model = _model_versions(conn, team_ids)
    tests = _tests_per_workshop(conn, team_ids, workshops)
    given, received = _reviews(conn, pid)

    cities = _other_cities(conn, team_ids)
    rows = []
    for team_id_raw, city, team_name in teams:
        team_id = str(team_id_raw)
        cells = {}
        for w in workshops:
            key = (team_id, w.id)
            label, items = model.get(key, (None, 0))
            cells[w.id] = CellInfo(label, items, tests[key], given[key], received[key])
        shown = team_label(str(team_name or ""), [str(city or ""), *cities.get(team_id, [])])
        rows.append(TeamRow(team_id, shown or str(city or ""), filled.get(team_id, 0),
                            len(CARD_TEXT_FIELDS), tuple(sorted(team_themes.get(team_id, []))),
                            cells))
    upcoming = [w for w in workshops if w.held_on and w.held_on >= today]
    next_ws = min(upcoming, key=lambda w: w.held_on or today) if upcoming else None
    return Snapshot(path, pid, name, organiser, workshops, rows, themes, next_ws)


def _workshops(conn: sqlite3.Connection, pid: str) -> list[WorkshopInfo]:
    return [
        WorkshopInfo(str(r[0]), int(r[1]), Phase(r[2]) if r[2] else Phase.DISCOVER, _day(r[3]),
                     str(r[4] or ""))
        for r in conn.execute(
            "SELECT id, number, phase, held_on, venue FROM workshops "
            "WHERE programme_id = ? AND deleted_at IS NULL ORDER BY number, held_on", (pid,))]


def _card_fill(conn: sqlite3.Connection, team_ids: list[str]) -> dict[str, int]:
    """How many of each team's experiment card text fields have something written."""
    filled: dict[str, int] = {}
    for r in conn.execute(
            f"SELECT team_id, {', '.join(CARD_TEXT_FIELDS)} FROM experiment_cards "
            f"WHERE team_id IN {_in(team_ids)} AND deleted_at IS NULL", team_ids):
        filled[str(r[0])] = sum(1 for value in r[1:] if str(value).strip())
    return filled


def _other_cities(conn: sqlite3.Connection, team_ids: list[str]) -> dict[str, list[str]]:
    """The further cities of teams of several cities (none in a file older than schema 5)."""
    found: dict[str, list[str]] = {}
    if not team_ids:
        return found
    try:
        rows = conn.execute(
            f"SELECT team_id, city FROM team_cities WHERE team_id IN {_in(team_ids)} "
            "AND deleted_at IS NULL ORDER BY position, created_at", team_ids).fetchall()
    except sqlite3.OperationalError:  # no such table: a file of schema 4 or older
        return found
    for team_id, city in rows:
        found.setdefault(str(team_id), []).append(str(city))
    return found


def _theme_names(conn: sqlite3.Connection, team_ids: list[str], themes: list[ThemeInfo]
                 ) -> dict[str, list[str]]:
    names = {t.id: t.name for t in themes}
    team_themes: dict[str, list[str]] = {}
    for team_id, theme_id in conn.execute(
            f"SELECT team_id, theme_id FROM team_themes WHERE team_id IN {_in(team_ids)} "
            "AND deleted_at IS NULL", team_ids):
        if theme_id in names:
            team_themes.setdefault(str(team_id), []).append(names[theme_id])
    return team_themes


def _model_versions(conn: sqlite3.Connection, team_ids: list[str]
                    ) -> dict[tuple[str, str], tuple[str | None, int]]:
    """(team, workshop) → the label and item count of the newest model version saved for it."""
    model: dict[tuple[str, str], tuple[str | None, int]] = {}
    for team_id, workshop_id, label, items in conn.execute(
            "SELECT boards.team_id, board_versions.workshop_id, board_versions.label, "
            "board_versions.item_count FROM board_versions "
            "JOIN boards ON boards.id = board_versions.board_id "
            f"WHERE boards.team_id IN {_in(team_ids)} AND board_versions.deleted_at IS NULL "
            "AND boards.deleted_at IS NULL AND board_versions.workshop_id IS NOT NULL "
            "ORDER BY board_versions.created_at", team_ids):  # the newest wins
        if team_id and workshop_id:
            model[(str(team_id), str(workshop_id))] = (label or "✓", int(items or 0))
    return model


def _tests_per_workshop(conn: sqlite3.Connection, team_ids: list[str],
                        workshops: list[WorkshopInfo]) -> Counter[tuple[str, str]]:
    """A test session counts for the first workshop on or after its date (it is reported
    there); sessions after the last workshop count for the last one."""
    dated = sorted((w.held_on, w.id) for w in workshops if w.held_on)
    tests: Counter[tuple[str, str]] = Counter()
    for team_id, held in conn.execute(
            f"SELECT team_id, held_on FROM test_sessions WHERE team_id IN {_in(team_ids)} "
            "AND deleted_at IS NULL", team_ids):
        held_on = _day(held)
        if held_on is None or not dated:
            continue
        target = next((wid for day, wid in dated if held_on <= day), dated[-1][1])
        tests[(str(team_id), target)] += 1
    return tests


def _reviews(conn: sqlite3.Connection, pid: str
             ) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Submitted reviews given and received per (team, workshop of the round)."""
    given: Counter[tuple[str, str]] = Counter()
    received: Counter[tuple[str, str]] = Counter()
    for workshop_id, reviewer, reviewee, count in conn.execute(
            "SELECT review_rounds.workshop_id, review_assignments.reviewer_team_id, "
            "review_assignments.reviewee_team_id, count(reviews.id) FROM reviews "
            "JOIN review_assignments ON review_assignments.id = reviews.assignment_id "
            "JOIN review_rounds ON review_rounds.id = review_assignments.round_id "
            "WHERE reviews.deleted_at IS NULL AND reviews.submitted = 1 "
            "AND review_assignments.deleted_at IS NULL AND review_rounds.deleted_at IS NULL "
            "AND review_rounds.programme_id = ? GROUP BY review_rounds.workshop_id, "
            "review_assignments.reviewer_team_id, review_assignments.reviewee_team_id", (pid,)):
        if workshop_id is None:
            continue
        if reviewer:
            given[(str(reviewer), str(workshop_id))] += int(count)
        received[(str(reviewee), str(workshop_id))] += int(count)
    return given, received
