"""One character never refuses a whole report: emoji, Chinese, Arabic, Hebrew, combining marks
and a 100 KB note all end in a PDF/A file, each drawn from a font that has it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jalostamo.models import Board, BoardItem, FeedbackNote, Insight, ItemKind, Quadrant, TestSession
from jalostamo.reports import build_report
from jalostamo.reports.build import Kind
from jalostamo.reports.font_runs import CJK, EMOJI, HEBREW, REPLACEMENT, markup, runs
from jalostamo.reports.fonts import FONT, register_fonts
from jalostamo.services import Services
from tests.reports.pdfread import read_back
from tests.reports.structread import check_accessible

EMOJI_NOTE = "Tosi hyvä 👍 ja 🎉, kiitos ❤️"
CJK_NOTE = "赫尔辛基的孩子们 – 图书馆"
ARABIC_NOTE = "مرحبا بالعالم"
HEBREW_NOTE = "שלום עולם"
COMBINING = "Cafe\u0301 ja n\u0303"  # é and ñ as combining marks


def _programme(services: Services) -> None:
    team = services.teams.add("Oulu 🚀 奥卢")
    board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                     team_id=team, title="Malli 🗺️")
    services.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, width=200,
                             height=160, text=f"{EMOJI_NOTE} {CJK_NOTE}")
    services.entities.create(BoardItem, board_id=board, kind=ItemKind.FRAME, x=0, y=-60,
                             width=500, height=300, text="Kehys ✨ " + ARABIC_NOTE)
    session = services.entities.create(TestSession, team_id=team, held_on=date(2026, 3, 2))
    for quadrant, text in ((Quadrant.LIKES, EMOJI_NOTE), (Quadrant.IDEAS, CJK_NOTE),
                           (Quadrant.QUESTIONS, ARABIC_NOTE + " / " + HEBREW_NOTE),
                           (Quadrant.CRITICISMS, COMBINING)):
        services.entities.create(FeedbackNote, session_id=session, quadrant=quadrant, text=text)
    big = ("Pitkä palaute 😀 jossa on sanoja. " * 3200)[:100_000]
    services.entities.create(Insight, team_id=team, title="Iso 🧠", text=big)


@pytest.mark.parametrize("kind", ["team", "programme"])
def test_report_with_emoji_cjk_arabic_and_a_100_kb_note_is_pdfa(services: Services,
                                                                tmp_path: Path,
                                                                kind: Kind) -> None:
    _programme(services)
    out = tmp_path / f"{kind}.pdf"
    build_report(services, out, kind=kind, team="Oulu 🚀 奥卢" if kind == "team" else None)
    back = read_back(out)
    assert back.pdfa_passed
    check_accessible(out, "fi", roles=("H1", "P", "Figure"))  # and tagged, PDF/UA-1
    assert all(back.fonts.values())  # every font embedded
    used = " ".join(back.fonts)
    assert "NotoEmoji" in used and "DroidSansFallback" in used and "NotoSansArabic" in used
    assert "👍" in back.text
    assert "赫尔辛基" in back.text


def test_workshop_report_with_an_emoji_note_builds(services: Services, tmp_path: Path) -> None:
    """The reported failure: one 👍 in one feedback note refused the workshop report."""
    services.programme.add_workshop(held_on=date(2026, 3, 10), title="Työpaja")
    team = services.teams.add("Oulu")
    session = services.entities.create(TestSession, team_id=team, held_on=date(2026, 3, 2))
    services.entities.create(FeedbackNote, session_id=session, quadrant=Quadrant.LIKES,
                             text="Hyvä 👍")
    out = tmp_path / "workshop.pdf"
    build_report(services, out, kind="workshop", workshop=1)
    assert read_back(out).pdfa_passed
    check_accessible(out, "fi", roles=("H1", "P"))


def test_runs_pick_a_font_per_character() -> None:
    register_fonts()
    assert runs("Hyvä", FONT) == [(FONT, "Hyvä")]
    fonts = [font for font, _ in runs(f"a👍b赫c{HEBREW_NOTE}", FONT)]
    assert fonts == [FONT, EMOJI, FONT, CJK, FONT, HEBREW]
    # the Hebrew run is drawn right to left: its first letter comes last
    assert runs(HEBREW_NOTE, FONT)[0][1].endswith("ש")
    # Arabic is shaped into the joined forms of its letters
    assert all(0xFE70 <= ord(c) <= 0xFEFF or c == " " for c in runs(ARABIC_NOTE, FONT)[0][1])
    # emoji sequences: the people of a family, a thumb without its skin tone
    assert runs("👨\u200d👩\u200d👧 👍🏽", FONT) == [(EMOJI, "👨👩👧"), (FONT, " "), (EMOJI, "👍")]
    # a character no bundled font has becomes the replacement character, never .notdef
    assert runs("x\U000E0100\U00010330y", FONT) == [(FONT, f"x{REPLACEMENT}y")]


def test_markup_keeps_tags_and_entities() -> None:
    register_fonts()
    text = markup("<b>Tom &amp; 👍</b><br/>ok", FONT)
    assert text == f'<b>Tom &amp; <font face="{EMOJI}">👍</font></b><br/>ok'
