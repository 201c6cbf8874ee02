"""Board drawings kept between reports (reports/board_cache.py): an edited board is drawn as it
is now, a kept drawing is never one of an older board, and a damaged one is never replayed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

from jalostamo.models import Board, BoardItem, Media
from jalostamo.reports import build_report
from jalostamo.reports.board_cache import DRAWINGS, Recorder, valid
from jalostamo.services import Services
from tests.reports.conftest import jpeg
from tests.reports.pdftext import plain_text
from tests.reports.structread import read_structure


@pytest.fixture(autouse=True)
def no_drawings_kept() -> Iterator[None]:
    DRAWINGS.clear()
    yield
    DRAWINGS.clear()


def _board(services: Services) -> dict[str, str]:
    team = services.teams.add("Kuopio")
    board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                     team_id=team, title="Ideaseinä")
    media = services.media.import_bytes(jpeg(640, 480, (200, 90, 40)), "seina.jpg",
                                        team_id=team, caption="Seinä")
    ids = {"team": team, "board": board, "media": media}
    for name, x, text in (("first", 0, "Kirjaston iltapäivät"), ("second", 300, "Kerhot")):
        ids[name] = services.entities.create(BoardItem, board_id=board, kind="note", x=x, y=0,
                                             width=200, height=160, text=text)
    ids["photo"] = services.entities.create(BoardItem, board_id=board, kind="photo", x=0,
                                            y=260, width=400, height=300, media_id=media)
    return ids


def _report(services: Services, path: Path, lang: str = "fi") -> Path:
    build_report(services, path, kind="team", team="Kuopio", lang=lang)
    return path


def _figure_text(path: Path) -> str:
    """The text drawn inside the board's figure (its own marked content)."""
    boards = [e for e in read_structure(path).elements("Figure")
              if e.alt and "Ideaseinä" in e.alt]
    assert len(boards) == 1
    return " ".join(boards[0].all_text().split())


def _drawn(path: Path) -> list[bytes]:
    """Every page's content stream, the image XObjects' names (random) left out."""
    pages = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            parts = page.obj.Contents
            raw = b"".join(p.read_bytes() for p in parts) if isinstance(parts, pikepdf.Array) \
                else parts.read_bytes()
            pages.append(re.sub(rb"/FormXob\.[0-9a-f]+", b"/FormXob", raw))
    return pages


def _fresh(services: Services, path: Path) -> list[bytes]:
    """The report drawn with nothing kept."""
    DRAWINGS.clear()
    return _drawn(_report(services, path))


def test_a_board_edited_between_two_reports_shows_its_new_drawing(services: Services,
                                                                  tmp_path: Path) -> None:
    ids = _board(services)
    first = _report(services, tmp_path / "first.pdf")
    assert "Kirjaston iltapäivät" in _figure_text(first)
    assert len(DRAWINGS) == 1

    services.entities.update(BoardItem, ids["first"], text="Kirjasto auki iltaisin")
    second = _report(services, tmp_path / "second.pdf")

    drawn = _figure_text(second)
    assert "Kirjasto auki iltaisin" in drawn and "Kirjaston iltapäivät" not in drawn
    text = plain_text(second)
    assert "Kirjasto auki iltaisin" in text and "Kirjaston iltapäivät" not in text
    assert _drawn(second) == _fresh(services, tmp_path / "fresh.pdf")


def test_an_unchanged_board_is_drawn_from_the_kept_drawing_exactly_as_anew(
        services: Services, tmp_path: Path) -> None:
    _board(services)
    first = _drawn(_report(services, tmp_path / "first.pdf"))
    hits = DRAWINGS.hits
    again = _drawn(_report(services, tmp_path / "again.pdf"))
    assert DRAWINGS.hits == hits + 1  # replayed, not worked out again
    assert again == first


def test_a_kept_drawing_is_never_served_for_a_changed_board(services: Services,
                                                            tmp_path: Path) -> None:
    ids = _board(services)
    _report(services, tmp_path / "start.pdf")
    edits = [
        lambda: services.entities.update(BoardItem, ids["second"], x=320.5),  # moved
        lambda: services.entities.update(BoardItem, ids["second"], color="#74C0FC"),
        lambda: services.entities.update(BoardItem, ids["first"], width=260),
        lambda: services.entities.delete(BoardItem, ids["second"]),
        lambda: services.entities.create(BoardItem, board_id=ids["board"], kind="text", x=10,
                                         y=-120, width=300, height=60, text="Otsikko"),
        lambda: services.entities.update(Board, ids["board"], template_key="empathy_map"),
        lambda: services.entities.delete(Media, ids["media"]),  # the photo can't be drawn
    ]
    for n, edit in enumerate(edits):
        before = _drawn(_report(services, tmp_path / f"before{n}.pdf"))
        edit()
        kept = _drawn(_report(services, tmp_path / f"kept{n}.pdf"))
        assert kept != before, f"edit {n} not drawn"
        assert kept == _fresh(services, tmp_path / f"fresh{n}.pdf"), f"edit {n}: stale drawing"


def test_another_language_draws_the_board_anew(services: Services, tmp_path: Path) -> None:
    _board(services)
    services.entities.delete(Media, _only_media(services))  # a placeholder with a text
    _report(services, tmp_path / "fi.pdf")
    kept = len(DRAWINGS)
    sv = _drawn(_report(services, tmp_path / "sv.pdf", lang="sv"))
    assert len(DRAWINGS) == kept + 1  # the placeholder speaks Swedish
    assert sv == _fresh_sv(services, tmp_path / "sv-fresh.pdf")


def _only_media(services: Services) -> str:
    (media,) = services.entities.list(Media)
    return str(media.id)


def _fresh_sv(services: Services, path: Path) -> list[bytes]:
    DRAWINGS.clear()
    return _drawn(_report(services, path, lang="sv"))


def test_a_damaged_kept_drawing_is_ignored(services: Services, tmp_path: Path) -> None:
    _board(services)
    good = _drawn(_report(services, tmp_path / "good.pdf"))
    (key,) = list(DRAWINGS._entries)
    for n, damage in enumerate(([["drawString", 10, 10]],  # an argument missing
                   [["setFont", "DejaVuSans", float("nan")]],
                   [["__import__", "os"]],  # no such drawing call
                   [["drawString", 10, 10, b"bytes"]],
                   "not a list", [[]], [["rect", 0, 0, "1", 1, 1, 1]])):
        DRAWINGS._entries[key] = damage  # type: ignore[assignment]
        again = _drawn(_report(services, tmp_path / f"again{n}.pdf"))
        assert again == good, damage
        entry = DRAWINGS.entry(key)
        assert entry is not None and valid(entry)  # worked out again and kept


def test_only_drawing_calls_are_valid() -> None:
    recorder = Recorder()
    recorder.saveState()
    recorder.setFont("DejaVuSans", 9)
    recorder.drawString(1, 2, "Moi")
    path = recorder.beginPath()
    path.moveTo(0, 0)
    path.lineTo(1, 1)
    path.close()
    recorder.drawPath(path, stroke=0, fill=1)
    recorder.photo("abc", 0, 0, 10, 10)
    recorder.restoreState()
    assert valid(recorder.ops)
    assert not valid([*recorder.ops, ["drawImage", "/etc/passwd", 0, 0, 1, 1]])
    assert not valid([["line", 0, 0, 1, float("inf")]])
    assert not valid(None)


def test_the_cache_is_bounded() -> None:
    from jalostamo.reports.board_cache import Drawings

    drawings = Drawings(max_drawings=3, max_calls=10)
    for n in range(5):
        drawings.put(str(n), [["saveState"], ["restoreState"]])
    assert len(drawings) == 3 and "0" not in drawings and "4" in drawings
    drawings.put("big", [["saveState"]] * 9)
    assert len(drawings) == 1 and "big" in drawings
