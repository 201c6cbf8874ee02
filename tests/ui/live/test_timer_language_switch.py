"""Issue 16: the facilitator switches the language while the room's countdown runs: the
facilitator's timer goes on (as the laptops' do), and what they do with it next still reaches
the laptops."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from jalostamo.ui import live
from jalostamo.ui.agenda_page import AgendaPage
from jalostamo.ui.live.follower import RoomBanner
from jalostamo.ui.main_window import MainWindow
from tests.ui.live.conftest import Venue, join, wait_for


def test_the_room_keeps_the_countdown_through_a_language_switch(
        facilitator: MainWindow, team_window: MainWindow, venue: Venue) -> None:
    assert live.start_room(facilitator)
    join(team_window, facilitator, venue.turku)
    QApplication.processEvents()
    bar = team_window.findChild(RoomBanner, "liveBanner")
    assert bar is not None
    console = live.show_console(facilitator)
    console.timer_button.click()  # the agenda's run mode starts its first activity
    wait_for(lambda: bar.isVisible() and bar.countdown.running)

    facilitator.show_page("agenda")
    facilitator.switch_language("sv")
    agenda = facilitator.current_page()
    assert isinstance(agenda, AgendaPage)
    panel = agenda.run_panel
    assert agenda.modes.currentWidget() is panel and panel.timer.running
    assert panel.start_button.text() == "Pausa"
    wait_for(lambda: console.timer_button.text() == "Pausa för alla")  # its LanguageChange
    # +1 min on the rebuilt run panel still reaches the laptop, and so does the pause
    panel.more_button.click()
    wait_for(lambda: bar.countdown.remaining() > 600)
    console.timer_button.click()
    wait_for(lambda: not bar.countdown.running)
    assert not panel.timer.running
    facilitator.switch_language("fi")
