"""Issue 16: switching the language while the run mode's countdown runs keeps it running, on the
main window and on the projector, and says its texts in the new language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jalostamo.ui.agenda_page import AgendaPage
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.run_mode import RunPanel
from tests.ui.desk.test_agenda_and_timer import FakeClock

#: what the run panel and the projector say, by language
SAID = {
    "fi": {"pause": "Keskeytä", "next": "Seuraavaksi: Sidosryhmäkartta", "over": "Aika on loppu",
           "title": "Jalostamo – ajastin"},
    "sv": {"pause": "Pausa", "next": "Nästa: Sidosryhmäkartta", "over": "Tiden är ute",
           "title": "Jalostamo – timer"},
    "en": {"pause": "Pause", "next": "Next: Sidosryhmäkartta", "over": "Time is up",
           "title": "Jalostamo — timer"},
}


def says(label: QLabel, text: str) -> Callable[[], bool]:
    return lambda: label.text() == text


def run_panel(window: MainWindow) -> RunPanel:
    agenda = window.current_page()
    assert isinstance(agenda, AgendaPage)
    assert agenda.modes.currentWidget() is agenda.run_panel  # still in run mode
    return agenda.run_panel


def test_the_countdown_keeps_running_through_language_switches(
        window: MainWindow, qtbot: QtBot, sample_file: Path) -> None:
    window.open_file(sample_file)
    window.show_page("agenda")
    agenda = window.current_page()
    assert isinstance(agenda, AgendaPage)
    agenda.enter_run_mode()
    panel = agenda.run_panel
    clock = FakeClock()
    panel.timer.clock = clock
    panel.projector_button.setChecked(True)
    projector = panel.projector
    assert projector is not None
    panel.start_button.click()
    clock.advance(1000)
    qtbot.waitUntil(lambda: panel.display.clock.text() == "09:59")
    assert panel.start_button.text() == SAID["fi"]["pause"]

    left = 599
    for lang in ("sv", "en"):
        window.switch_language(lang)
        clock.advance(60_000)
        left -= 60
        panel = run_panel(window)
        shown = f"{left // 60:02d}:{left % 60:02d}"
        # counted down by the timer's own tick, on the laptop and on the projector
        qtbot.waitUntil(says(panel.display.clock, shown))
        qtbot.waitUntil(says(projector.clock, shown))
        assert panel.timer.running and panel.projector is projector and projector.isVisible()
        assert panel.projector_button.isChecked()
        assert panel.start_button.text() == SAID[lang]["pause"]
        assert "Avaus" in panel.display.title.text()
        assert panel.display.next_label.text() == SAID[lang]["next"]
        qtbot.waitUntil(says(projector.next_label, SAID[lang]["next"]))
        assert projector.windowTitle() == SAID[lang]["title"]

    # past zero in English: "Time is up" on both
    clock.advance(left * 1000 + 2000)
    qtbot.waitUntil(lambda: panel.display.status.text() == SAID["en"]["over"])
    assert projector.status.text() == SAID["en"]["over"]
    assert panel.display.clock.text() == projector.clock.text() == "-00:02"

    # switched back to Finnish on another screen: the projector still counts (over time now)
    # and the agenda comes back in run mode
    window.show_page("overview")
    window.switch_language("fi")
    clock.advance(3000)
    qtbot.waitUntil(lambda: projector.clock.text() == "-00:05")
    qtbot.waitUntil(lambda: projector.status.text() == SAID["fi"]["over"])
    window.show_page("agenda")
    panel = run_panel(window)
    assert panel.timer.running and panel.display.clock.text() == "-00:05"
    assert panel.display.status.text() == SAID["fi"]["over"]
    panel.back_button.click()  # leaving run mode pauses
    assert not panel.timer.running
    panel.projector_button.setChecked(False)
    assert not projector.isVisible()
