"""Board drawings look like the board: the template's zones with their labels, the dots of a
vote, readable note text; dot-vote results and feedback severity appear in the reports."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pikepdf

from jalostamo.models import Board, BoardItem, Dot, DotVote, FeedbackNote, Quadrant, TestSession
from jalostamo.reports import build_report
from jalostamo.services import Services
from tests.reports.pdfread import read_back


def _font_sizes(path: Path) -> list[float]:
    sizes = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for instruction in pikepdf.parse_content_stream(page):
                if str(instruction.operator) == "Tf":
                    sizes.append(float(instruction.operands[1]))
    return sizes


def _board(services: Services) -> str:
    team = services.teams.add("Oulu")
    board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                     team_id=team, title="Sidosryhmät",
                                     template_key="stakeholder_map")
    notes = [services.entities.create(BoardItem, board_id=board, kind="note", x=x, y=700,
                                      width=160, height=160, text=text)
             for x, text in ((900, "Kirjasto"), (1200, "Nuorisotalo"), (300, "Seurakunta"))]
    vote = services.entities.create(DotVote, board_id=board, title="Tärkein", status="closed")
    for item, voter in ((notes[1], "a"), (notes[1], "b"), (notes[1], "c"), (notes[0], "d")):
        services.entities.create(Dot, vote_id=vote, item_id=item, voter=voter)
    session = services.entities.create(TestSession, team_id=team, held_on=date(2026, 3, 2))
    services.entities.create(FeedbackNote, session_id=session, quadrant=Quadrant.CRITICISMS,
                             text="Ovi on liian raskas", severity=3)
    return team


def test_board_drawing_shows_the_template_votes_and_readable_text(services: Services,
                                                                  tmp_path: Path) -> None:
    _board(services)
    out = tmp_path / "oulu.pdf"
    build_report(services, out, kind="team", team="Oulu")
    back = read_back(out)
    text = " ".join(back.text.split())
    # the stakeholder map's rings are labelled as on the board
    assert "Ydintoimijat" in text and "Suorat sidosryhmät" in text
    assert "Nuorisotalo" in text  # note text is drawn...
    assert min(_font_sizes(out)) >= 4.9  # ...at a size that can be read
    # the vote's result: Nuorisotalo first with 3 dots, then Kirjasto with 1
    assert "Pisteäänestys: Tärkein" in text
    assert re.search(r"1\s*\.\s*Nuorisotalo\s*3", text)
    assert re.search(r"2\s*\.\s*Kirjasto\s*1", text)
    # the feedback note's severity
    assert "!!! Ovi on liian raskas" in text
    assert back.pdfa_passed
