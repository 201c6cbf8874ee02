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


def test_the_live_overview_reads_the_open_document_with_the_same_reader(
        demo_file: Path, tmp_path: Path) -> None:
    """One reader: the first frame's snapshot and the live overview agree on the demo, and the
    live one sees an edit made through the open document at once."""
    import shutil

    from jalostamo.services import Services
    from jalostamo.services.progress import ProgressService

    copy = tmp_path / "copy.jalostamo"
    shutil.copy(demo_file, copy)
    snap = read_snapshot(copy, date(2000, 1, 1))
    with Services.open(copy) as svc:
        progress = ProgressService(svc.entities)
        live = progress.overview(date(2000, 1, 1))
        assert live.teams == snap.teams and live.workshops == snap.workshops
        assert any(c.model_version for t in live.teams for c in t.workshops.values())
        team = next(t for t in live.teams if t.card_filled)
        card = svc.teams.card(team.team_id)
        filled = next(f for f in CARD_TEXT_FIELDS if str(getattr(card, f)).strip())
        svc.teams.update_card(team.team_id, **{filled: ""})
        after = {t.team_id: t for t in progress.overview(date(2000, 1, 1)).teams}
        assert after[team.team_id].card_filled == team.card_filled - 1


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


def test_the_first_paint_names_teams_as_the_programme_has_them(tmp_path: Path) -> None:
    """Two teams of one city by their names, a team of several cities by its cities."""
    from jalostamo.services import Services
    from jalostamo.store.quick_read import read_snapshot

    path = tmp_path / "kevat2019.jalostamo"
    with Services.create(path, "Kevät 2019") as svc:
        svc.teams.add("Oulu", name="Lapsiperheet")
        svc.teams.add("Oulu", name="Nuoret aikuiset")
        svc.teams.add("Helsinki", cities=["Espoo", "Vantaa"])
    assert [t.name for t in read_snapshot(path).teams] == [
        "Oulu: Lapsiperheet", "Oulu: Nuoret aikuiset", "Helsinki, Espoo, Vantaa"]
