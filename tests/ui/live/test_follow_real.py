""""Follow me" through the real core on 127.0.0.1: the facilitator's window in this process
hosts the room; a team laptop's window runs in its own process (tests/ui/live/follow_laptop.py)
with its own data folder. The facilitator's pan and zoom reach the laptop, whose board view
centre follows; after Esc on the laptop no more views reach it. Every wait is for a
condition, bounded."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from jalostamo.services import Services
from jalostamo.ui import live
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.live.backend import real_backend, set_backend
from jalostamo.ui.main_window import MainWindow
from tests.live.conftest import ROOT, Proc
from tests.ui.live.conftest import room, wait_for

pytestmark = [pytest.mark.timeout(180)]

LAPTOP = Path(__file__).with_name("follow_laptop.py")
WAIT_MS = 60_000


@pytest.fixture
def real_core() -> Iterator[None]:
    set_backend(real_backend(bind="127.0.0.1", announce=False))
    yield
    set_backend(None)


def centres(proc: Proc) -> list[tuple[float, float, float]]:
    found = []
    for line in list(proc.out):
        match = re.fullmatch(r"centre (\S+) (\S+) (\S+)", line)
        if match:
            found.append((float(match[1]), float(match[2]), float(match[3])))
    return found


def test_the_facilitators_view_reaches_a_laptop_process_until_it_leaves(
        make_window: Callable[..., MainWindow], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, real_core: None) -> None:
    monkeypatch.setenv("JALOSTAMO_DATA_DIR", str(tmp_path / "facilitator-data"))
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo", device_id="dev-facilitator") as svc:
        turku = svc.teams.add("Turku")
        svc.teams.add("Oulu")
        board = svc.boards.create_board(turku, "Turku", "stakeholder_map")
        for x in (0.0, 1400.0, 2800.0):
            svc.boards.add_item(board, "note", x=x, y=0.0, text=f"Lappu {x}")
    facilitator = make_window()
    laptop: Proc | None = None
    try:
        assert facilitator.open_file(path)
        assert live.start_room(facilitator)
        state = room(facilitator).state
        assert state is not None and state.join_code is not None
        code_file = tmp_path / "code.txt"
        code_file.write_text(state.join_code.text(), "ascii")
        data = tmp_path / "laptop-data"
        data.mkdir()
        env = dict(os.environ, PYTHONPATH=str(ROOT), JALOSTAMO_DATA_DIR=str(data),
                   JALOSTAMO_NO_ZEROCONF="1", JALOSTAMO_LANG="en", QT_QPA_PLATFORM="offscreen")
        laptop = Proc([sys.executable, str(LAPTOP), "--code-file", str(code_file),
                       "--team", turku], env)
        wait_for(lambda: laptop.saw("^joined$") or laptop.saw("^error"), WAIT_MS)
        assert laptop.saw("^joined$"), laptop.out
        wait_for(lambda: any(p.connected for p in (room(facilitator).state or state).presences),
                 WAIT_MS)

        # the facilitator shows Turku's board and turns "Follow me" on
        facilitator.show_page(f"team:{turku}:board")
        mine = next(e for e in facilitator.findChildren(BoardEditor) if e.isVisible())
        room(facilitator).follow_link.set_on(True)
        wait_for(lambda: bool(centres(laptop)), WAIT_MS)  # brought to the board, shown

        # pan and zoom: the laptop's centre follows
        mine.view.zoom_to(1.0)
        mine.view.centerOn(QPointF(1480.0, 80.0))
        for step in range(30):  # a drag: many moves, throttled to 10 messages a second
            mine.view.pan_by(10, 0)
            del step
        target = mine.view.visible_scene_rect().center()

        def there() -> bool:
            got = centres(laptop)
            return bool(got) and abs(got[-1][0] - target.x()) < 3 and \
                abs(got[-1][1] - target.y()) < 3

        wait_for(there, WAIT_MS)
        assert 0.5 < centres(laptop)[-1][2] < 2.0  # the same area, scaled to its window

        # Esc on the laptop: no more views reach it (an announcement sent after them does)
        laptop.send("esc")
        wait_for(lambda: laptop.saw("^left$") or laptop.saw("^still following$"), WAIT_MS)
        assert laptop.saw("^left$")
        wait_for(lambda: not next(iter(room(facilitator).host._peers.values())).following,  # type: ignore[union-attr]
                 WAIT_MS)
        seen = len(centres(laptop))
        mine.view.pan_by(-500, 300)
        room(facilitator).send(announcement="merkki")
        wait_for(lambda: laptop.saw("^announcement merkki$"), WAIT_MS)
        assert len(centres(laptop)) == seen
    finally:
        if laptop is not None:
            if laptop.popen.poll() is None:
                laptop.send("quit")
            laptop.stop()
        room(facilitator).leave()
