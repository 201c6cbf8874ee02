"""Alembic migrations: the first migration's file opens with the newest code; migrations and
the models describe the same schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from jalostamo.models import Programme
from jalostamo.store import Document, migrate
from jalostamo.store.document import build_empty, make_engine
from jalostamo.store.schema import APPLICATION_ID, HEAD_REVISION, REVISIONS, SCHEMA_VERSION


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    columns = []
    for _type, name in rows:
        if _type == "table":
            columns += [(name, f"{c[1]}:{c[2]}:{c[3]}:{c[5]}")
                        for c in conn.execute(f"PRAGMA table_info('{name}')")]
    conn.close()
    return sorted(rows) + sorted(columns)


OLD_ID = "6615ccf3-1ab8-4cdf-a6f4-bad06c2ecd09"


def _file_at_first_revision(path: Path) -> None:
    engine = make_engine(path, pooled=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, REVISIONS[0])
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql("PRAGMA user_version = 1")
        conn.exec_driver_sql(
            "INSERT INTO programmes (id, name, organiser, description, venue, language, "
            "created_at, updated_at, device_id) VALUES (?, 'Vanha ohjelma', '', '', '', 'fi', "
            "'2019-03-13T08:00:00.000000Z', '2019-03-13T08:00:00.000000Z', '')", (OLD_ID,)
        )
    engine.dispose()


def test_file_from_first_migration_opens_with_newest_code(tmp_path: Path) -> None:
    path = tmp_path / "old.jalostamo"
    _file_at_first_revision(path)
    doc = Document.open(path)
    try:
        with doc.session() as session:
            assert session.get(Programme, OLD_ID).name == "Vanha ohjelma"  # type: ignore[union-attr]
        with doc.engine.connect() as conn:
            assert migrate.current_revision(conn) == HEAD_REVISION
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
    finally:
        doc.close()


def test_migrations_build_the_same_schema_as_the_models(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.begin() as conn:
        migrate.upgrade(conn, HEAD_REVISION)
    engine.dispose()
    built = tmp_path / "built.db"
    build_empty(built, name="x", device_id="d")
    assert _schema(migrated) == _schema(built)


def test_a_file_of_schema_4_opens_with_its_teams_and_people(tmp_path: Path) -> None:
    """Migration 0005 adds team_cities and programme_experts to a file of 0004: its teams keep
    their one city, its people stay, and the new tables work at once."""
    from jalostamo.services import Services

    TEAM, PERSON = "5d0c1a52-8f0e-4f7e-9d37-3c2b8a1e0a11", "0b7e3c8d-2a9f-4c51-8e6d-7f1a2b3c4d5e"
    path = tmp_path / "kevat2019.jalostamo"
    engine = make_engine(path, pooled=False)
    now = "'2019-03-13T08:00:00.000000Z'"
    with engine.begin() as conn:
        migrate.upgrade(conn, "0004")
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql("PRAGMA user_version = 4")
        conn.exec_driver_sql(
            "INSERT INTO programmes (id, name, organiser, description, venue, language, "
            f"created_at, updated_at, device_id) VALUES (?, 'Kevät 2019', '', '', '', 'fi', "
            f"{now}, {now}, '')", (OLD_ID,))
        conn.exec_driver_sql(
            "INSERT INTO teams (id, programme_id, city, name, description, color, position, "
            f"created_at, updated_at, device_id) VALUES (?, ?, 'Oulu', 'Lapsiperheet', '', "
            f"'#2F9E44', 0, {now}, {now}, '')", (TEAM, OLD_ID))
        conn.exec_driver_sql(
            "INSERT INTO people (id, name, organisation, title, email, notes, created_at, "
            f"updated_at, device_id) VALUES (?, 'Kaisa Virta', 'THL', '', '', '', {now}, "
            f"{now}, '')", (PERSON,))
    engine.dispose()
    with Services.open(path) as svc:
        assert svc.teams.labels() == {TEAM: "Oulu: Lapsiperheet"}
        assert svc.teams.cities(TEAM) == ["Oulu"]
        svc.teams.set_cities(TEAM, ["Oulu", "Kempele"])
        svc.people.add_expert("Kaisa Virta", organisation="THL", title="Erityisasiantuntija")
        assert [p.id for _x, p in svc.people.experts()] == [PERSON]  # the same person
    with Services.open(path) as svc:
        assert svc.teams.label(TEAM) == "Lapsiperheet (Oulu, Kempele)"
        with svc.doc.engine.connect() as conn:
            assert migrate.current_revision(conn) == HEAD_REVISION == "0005"


def test_a_new_file_has_exactly_the_schema_create_all_makes(tmp_path: Path) -> None:
    """New files run DDL compiled once per process; it must be what the models' own
    ``create_all`` makes, statement for statement (``sqlite_master.sql``)."""
    from jalostamo.models import Base
    from jalostamo.store.meta import FILE_META

    reference = tmp_path / "create_all.db"
    engine = make_engine(reference, pooled=False)
    Base.metadata.create_all(engine)
    FILE_META.create_all(engine)
    engine.dispose()
    built = tmp_path / "built.db"
    build_empty(built, name="x", device_id="d")

    def master(path: Path) -> list[tuple[str, str, str]]:
        conn = sqlite3.connect(path)
        try:
            return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master "
                                       "WHERE tbl_name != 'alembic_version'"))
        finally:
            conn.close()

    assert master(built) == master(reference)
    assert len(master(built)) > 100
