"""Long words in report paragraphs and table cells break at a syllable with a hyphen, not in
the middle of a syllable ("Lapsiperhe|et")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jalostamo.models import FeedbackNote, Quadrant, TestSession
from jalostamo.reports import build_report
from jalostamo.reports.hyphenate import finnish_breaks, hyphenator
from jalostamo.services import Services
from tests.reports.pdfread import read_back

WORDS = {
    "fi": "Lapsiperheidenpalveluohjausjärjestelmät",
    "sv": "Barnfamiljernasservicehandledningsgranskningar",
}


def _split(word: str, points: list[int]) -> str:
    parts, last = [], 0
    for point in points:
        parts.append(word[last:point])
        last = point
    return "-".join([*parts, word[last:]])


def test_finnish_words_break_between_syllables() -> None:
    assert _split("Lapsiperheet", finnish_breaks("Lapsiperheet")) == "Lap-si-per-heet"
    assert _split("lauantai", finnish_breaks("lauantai")) == "lau-an-tai"
    assert _split("kokeilujalostamo", finnish_breaks("kokeilujalostamo")) == \
        "ko-kei-lu-ja-los-ta-mo"
    assert finnish_breaks("Hei") == []


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_long_word_in_a_feedback_cell_breaks_with_a_hyphen(services: Services, tmp_path: Path,
                                                           lang: str) -> None:
    word = WORDS[lang]
    team = services.teams.add("Oulu")
    session = services.entities.create(TestSession, team_id=team, held_on=date(2026, 3, 2))
    services.entities.create(FeedbackNote, session_id=session, quadrant=Quadrant.IDEAS,
                             text=f"Ajatus: {word} toimivat")
    out = tmp_path / f"{lang}.pdf"
    build_report(services, out, kind="team", team="Oulu", lang=lang)
    lines = [line.strip() for line in read_back(out).raw_text.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.endswith(word[:4]) or word[:6] in line)
    pieces: list[str] = []
    for line in lines[start:start + 6]:
        pieces.append(line.split()[-1] if not pieces else line.split()[0])
        if "".join(p.rstrip("-") for p in pieces).endswith(word[-6:]):
            break
    assert len(pieces) > 1  # the word did not fit one line
    assert all(p.endswith("-") for p in pieces[:-1])  # every break is marked with a hyphen
    heads = [len("".join(p.rstrip("-") for p in pieces[:n])) for n in range(1, len(pieces))]
    pairs = list(hyphenator(lang)(word))  # type: ignore[misc]
    allowed = {len(head) for head, _tail in pairs}
    assert set(heads) <= allowed  # and falls where the language allows one
