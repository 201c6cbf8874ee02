"""A text as long as an import allows (1,000,000 characters) keeps reports bounded in time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pikepdf

from jalostamo.models import Board, BoardItem, FeedbackNote, Insight, ItemKind, Quadrant, TestSession
from jalostamo.services import Services

ROOT = Path(__file__).resolve().parents[2]
LONGEST = 1_000_000  # the JSON import's own limit for a text


def test_a_million_character_note_does_not_stall_the_team_report(services: Services,
                                                                  tmp_path: Path) -> None:
    team = services.teams.add("Oulu")
    board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                     team_id=team, title="Malli")
    one_word = "a" * LONGEST
    many_words = ("sana " * (LONGEST // 5))[:LONGEST]
    services.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, width=160,
                             height=160, text=one_word)
    services.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, x=200, width=160,
                             height=160, text=many_words)
    session = services.entities.create(TestSession, team_id=team)
    services.entities.create(FeedbackNote, session_id=session, quadrant=Quadrant.LIKES,
                             text=one_word)
    services.entities.create(Insight, team_id=team, title="Pitkä", text=many_words)
    path = services.doc.path
    services.close()
    out = tmp_path / "tiimi.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "jalostamo", "report", str(path), "--kind", "team", "--team",
         "Oulu", "--out", str(out)],
        capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    with pikepdf.open(out) as pdf:
        assert 1 <= len(pdf.pages) < 40  # what is shown is bounded too
