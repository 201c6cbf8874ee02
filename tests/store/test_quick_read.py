"""The first screen's snapshot, read with plain sqlite3, shows what the live overview shows."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from jalostamo.errors import FileRefused
from jalostamo.store.quick_read import CARD_TEXT_FIELDS, read_snapshot


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from jalostamo.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.jalostamo"
    build_demo(path)
    return path


def _live(path: Path, today: date) -> tuple[str, str, object]:
    from jalostamo.services import Services
    from jalostamo.services.progress import ProgressService

    with Services.open(path, readonly=True) as svc:
        programme = svc.programme.get()
        return programme.name, programme.organiser, ProgressService(svc.entities).overview(today)


@pytest.mark.parametrize("today", [date(2000, 1, 1), date.today(), date(2100, 1, 1)])
def test_snapshot_equals_the_live_overview_of_the_demo(demo_file: Path, today: date) -> None:
    name, organiser, live = _live(demo_file, today)
    snap = read_snapshot(demo_file, today)

    assert snap.name == name and snap.organiser == organiser
    assert [t.name for t in snap.themes] == [t.name for t in live.themes]  # type: ignore[attr-defined]
    assert [(w.id, w.number, w.phase, w.held_on, w.venue) for w in snap.workshops] == [
        (w.id, w.number, w.phase, w.held_on, w.venue) for w in live.workshops]  # type: ignore[attr-defined]
    live_next = live.next_workshop  # type: ignore[attr-defined]
    assert (snap.next_workshop.id if snap.next_workshop else None) == (
        live_next.id if live_next else None)
    assert len(snap.teams) == len(live.teams) > 0  # type: ignore[attr-defined]
    interesting = 0
    for mine, theirs in zip(snap.teams, live.teams, strict=True):  # type: ignore[attr-defined]
        assert (mine.team_id, mine.name, mine.card_filled, mine.card_total, mine.theme_names) == (
            theirs.team_id, theirs.name, theirs.card_filled, theirs.card_total,
            theirs.theme_names)
        for wid, cell in theirs.workshops.items():
            got = mine.workshops[wid]
            assert (got.model_version, got.model_items, got.tests, got.reviews_given,
                    got.reviews_received) == (cell.model_version, cell.model_items, cell.tests,
                                              cell.reviews_given, cell.reviews_received)
            interesting += bool(cell.model_version or cell.tests or cell.reviews_given)
    assert interesting, "the demo should have models, tests and reviews to compare"


def test_snapshot_reflects_edits_and_deletions(services: object, programme_path: Path) -> None:
    from jalostamo.models import Team

    svc = services  # a fresh file with one programme
    theme = svc.programme.add_theme("Nuoret")  # type: ignore[attr-defined]
    team = svc.teams.add("Turku", theme_ids=[theme])  # type: ignore[attr-defined]
    gone = svc.teams.add("Vaasa")  # type: ignore[attr-defined]
    svc.programme.add_workshop()  # type: ignore[attr-defined]
    svc.teams.update_card(team, title="Kokeilu", risks="  ")  # type: ignore[attr-defined]
    svc.entities.delete(Team, gone)  # type: ignore[attr-defined]
    snap = read_snapshot(programme_path)
    assert snap.name == "Testijalostamo" and snap.organiser == "Kuntaliitto"
    assert [(t.name, t.theme_names, t.card_filled) for t in snap.teams] == [
        ("Turku", ("Nuoret",), 1)]
    assert len(snap.workshops) == 1


def test_card_fields_match_the_model() -> None:
    from jalostamo.models import CARD_TEXT_FIELDS as MODEL_FIELDS

    assert CARD_TEXT_FIELDS == MODEL_FIELDS


def test_reading_a_snapshot_does_not_load_sqlalchemy(demo_file: Path) -> None:
    # as the app does before its first paint: the probe, the lock and the snapshot load alone
    code = ("import sys; from pathlib import Path; "
            "from jalostamo.store.probe import read_header; "
            "from jalostamo.store.quick_read import read_snapshot; "
            "p = Path(sys.argv[1]); read_header(p); s = read_snapshot(p); "
            "import jalostamo.store.lock; "
            "print(len(s.teams), 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(demo_file)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert int(out[0]) > 0 and out[1:] == ["False", "False"]


def test_a_file_without_our_tables_is_refused_clearly(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.jalostamo"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(FileRefused) as info:
        read_snapshot(path)
    assert info.value.key == "file.damaged"
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"  # untouched
