"""Accessible reports (PDF/UA-1 and PDF/A-2b) of the demo programme: every report kind in fi,
sv and en passes the ``pdfua`` package with no findings, pikepdf's PDF/A check, and the checks
of :mod:`tests.reports.structread` on the structure tree read back.

The default run checks every kind in every language on the compact demo
(``test_report_kinds.py``) and one kind per language on the normal demo
(``test_demo_reports.py``); the whole normal demo and the large demo are ``slow``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jalostamo.reports import build_report
from jalostamo.services import Services
from jalostamo.services.demo import build_demo
from tests.reports.structread import check_accessible

KINDS: dict[str, dict[str, object]] = {"programme": {}, "workshop": {"workshop": 3},
                                       "team": {"team": "Oulu"}}


@pytest.fixture(scope="module")
def normal_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("a11y") / "demo.jalostamo"
    build_demo(path, size="normal")
    svc = Services.open(path, readonly=True)
    yield svc
    svc.close()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_report_kind_is_tagged_pdf_ua(normal_demo: Services, tmp_path: Path, kind: str,
                                            lang: str) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    build_report(normal_demo, out, kind=kind, lang=lang, **KINDS[kind])  # type: ignore[arg-type]
    s = check_accessible(out, lang)
    if lang != "fi":  # the demo's content is Finnish
        assert len([e for e in s.root.walk() if e.lang == "fi"]) > 10
    # a table's header row names its columns
    assert all(c.scope == "Column" for c in s.elements("TH")
               if any(c in row.kids for head in s.elements("THead") for row in head.kids))
    if kind == "team":
        assert s.elements("L") and s.elements("LI")  # how-might-we questions, insights
        # a board drawing is described by its frames and notes, in reading order
        boards = [f.alt or "" for f in s.elements("Figure") if "board" in (f.alt or "").lower()
                  or "tavla" in (f.alt or "").lower() or "taulu" in (f.alt or "").lower()]
        assert boards


def test_a_board_drawing_is_described_by_its_frames_and_notes(tmp_path: Path) -> None:
    from jalostamo.i18n import translate
    from jalostamo.reports.alt_text import Item, board_alt

    items: list[Item] = [
        {"id": "f2", "kind": "frame", "x": 0, "y": 400, "width": 400, "height": 300,
         "text": "Ratkaisut"},
        {"id": "f1", "kind": "frame", "x": 0, "y": 0, "width": 400, "height": 300,
         "text": "Ongelmat"},
        {"id": "n2", "kind": "note", "x": 200, "y": 40, "width": 100, "height": 100,
         "text": "Jonot"},
        {"id": "n1", "kind": "note", "x": 20, "y": 40, "width": 100, "height": 100,
         "text": "Yksinäisyys"},
        {"id": "n3", "kind": "note", "x": 20, "y": 450, "width": 100, "height": 100,
         "text": "Kerhot"},
        {"id": "p", "kind": "photo", "x": 600, "y": 0, "width": 100, "height": 100,
         "media_id": "m"},
        {"id": "c", "kind": "connector", "source_id": "n1", "target_id": "n3"},
    ]
    alt = board_alt("Malli", items, lambda key, **p: translate(key, "en", **p),
                    {"m": "Post-its on a wall"})
    assert alt == ("Drawing of the board: Malli. Frame Ongelmat: Yksinäisyys; Jonot. "
                   "Frame Ratkaisut: Kerhot. Outside the frames: photo: Post-its on a wall; "
                   "connector Yksinäisyys → Kerhot.")


@pytest.fixture(scope="module")
def large_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("a11y-large") / "large.jalostamo"
    build_demo(path, size="large")
    svc = Services.open(path, readonly=True)
    yield svc
    svc.close()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_large_demo_reports_are_tagged_pdf_ua(large_demo: Services, tmp_path: Path,
                                              kind: str, lang: str) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    build_report(large_demo, out, kind=kind, lang=lang, **KINDS[kind])  # type: ignore[arg-type]
    check_accessible(out, lang)


def test_a_photo_is_described_by_its_alt_text_else_its_caption(services: Services,
                                                               tmp_path: Path) -> None:
    from jalostamo.models import Board, BoardItem, Person
    from tests.reports.conftest import jpeg

    e = services.entities
    team = services.teams.add("Kotka")
    e.create(Person, name="Kaisa Kuvaaja")
    photos = []
    for n, (caption, alt) in enumerate((("Lego-malli", "Perhe, neuvola ja päiväkoti legoista"),
                                        ("Seinä täynnä lappuja, Kaisa Kuvaaja", ""))):
        data = jpeg(300, 200, (n * 90, 90, 200))
        photos.append(services.media.import_bytes(data, f"{n}.jpg", team_id=team,
                                                  caption=caption))
        services.media.describe(photos[-1], alt_text=alt)
    board = e.create(Board, programme_id=services.doc.programme_id, team_id=team, title="Malli")
    for n, media_id in enumerate(photos):
        e.create(BoardItem, board_id=board, kind="photo", x=n * 400, y=0, width=300, height=200,
                 media_id=media_id)
    for pseudonymise in (False, True):
        out = tmp_path / f"team-{pseudonymise}.pdf"
        build_report(services, out, kind="team", team="Kotka", lang="en",
                     pseudonymise=pseudonymise)
        s = check_accessible(out, "en", roles=("H1", "P", "Figure"))
        (alt,) = {f.alt or "" for f in s.elements("Figure") if "board" in (f.alt or "")}
        # each photo is a Figure of its own inside the board's, with its description
        figure = next(f for f in s.elements("Figure") if f.alt == alt)
        described = {k.alt or "" for k in figure.kids if k.role == "Figure"}
        assert "Perhe, neuvola ja päiväkoti legoista" in described and len(described) == 2
        assert "photo: Perhe, neuvola ja päiväkoti legoista" in alt
        assert "Lego-malli" not in alt  # the alt text stands for the caption
        assert ("Kaisa Kuvaaja" in alt) is not pseudonymise  # names are replaced there too
        assert "photo: Seinä täynnä lappuja" in alt


def test_content_split_over_pages_keeps_its_language(services: Services,
                                                     tmp_path: Path) -> None:
    services.programme.update(description="Kuvaus " * 2500)
    out = tmp_path / "programme.pdf"
    build_report(services, out, kind="programme", lang="sv")
    s = check_accessible(out, "sv", roles=("H1", "P"))
    parts = [e for e in s.elements("P") if "Kuvaus" in e.text]
    assert len({page for e in parts for page, _mcid in e.mcids}) >= 2  # over pages
    assert {e.lang for e in parts} == {"fi"}
