"""The agenda (reorder by drag and by keyboard, start times recalculated) and the run mode."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton

from jalostamo.ui.agenda_page import AgendaPage
from jalostamo.ui.timer import CountdownTimer
from tests.ui.desk.conftest import find


def agenda_lines(page: AgendaPage) -> list[str]:
    return [page.list.item(i).text().split("\n")[0] for i in range(page.list.count())]


def stored_titles(window) -> list[str]:
    [workshop] = window.services.programme.workshops()
    return [f"{s.starts} {s.item.title}" for s in window.services.programme.schedule(workshop.id)]


def open_agenda(window, sample_file) -> AgendaPage:
    window.open_file(sample_file)
    window.show_page("agenda")
    page = window.current_page()
    assert isinstance(page, AgendaPage)
    return page


def test_reorder_by_drag_recalculates_start_times_and_undoes(window, qtbot, sample_file):
    page = open_agenda(window, sample_file)
    assert agenda_lines(page) == ["09:00–09:10   Avaus   (10 min)",
                                  "09:10–09:55   Sidosryhmäkartta   (45 min)",
                                  "09:55–10:15   Purku   (20 min)"]
    # what a drop does inside the list: the model moves the row (last row to the top)
    page.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=2000)
    assert stored_titles(window) == ["09:00 Purku", "09:20 Avaus", "09:30 Sidosryhmäkartta"]
    assert agenda_lines(page)[0] == "09:00–09:20   Purku   (20 min)"
    assert window.undo_action.text() == "&Kumoa Järjestä esityslista"
    window.undo_action.trigger()
    assert stored_titles(window) == ["09:00 Avaus", "09:10 Sidosryhmäkartta", "09:55 Purku"]
    assert agenda_lines(page)[0] == "09:00–09:10   Avaus   (10 min)"
    window.undo_stack.redo()
    assert stored_titles(window) == ["09:00 Purku", "09:20 Avaus", "09:30 Sidosryhmäkartta"]


def test_reorder_from_the_keyboard(window, qtbot, sample_file):
    page = open_agenda(window, sample_file)
    page.list.setFocus()
    page.list.setCurrentRow(0)
    qtbot.keyClick(page.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_titles(window) == ["09:00 Sidosryhmäkartta", "09:45 Avaus", "09:55 Purku"]
    assert page.list.currentRow() == 1
    find(page, QPushButton, "moveDown").click()
    assert stored_titles(window) == ["09:00 Sidosryhmäkartta", "09:45 Purku", "10:05 Avaus"]
    window.undo_stack.undo()  # each move is a step of its own
    assert stored_titles(window) == ["09:00 Sidosryhmäkartta", "09:45 Avaus", "09:55 Purku"]
    window.undo_stack.undo()
    assert stored_titles(window) == ["09:00 Avaus", "09:10 Sidosryhmäkartta", "09:55 Purku"]


def test_changing_minutes_moves_the_later_start_times(window, sample_file):
    page = open_agenda(window, sample_file)
    page.list.setCurrentRow(0)
    page.minutes.setValue(30)
    page.minutes.editingFinished.emit()
    assert stored_titles(window) == ["09:00 Avaus", "09:30 Sidosryhmäkartta", "10:15 Purku"]
    assert page.summary.text() == "3 ohjelmanumeroa, 95 min, päättyy klo 10:35"


def test_run_mode_timer_start_pause_plus_minute_next_and_signal_at_zero(window, qtbot,
                                                                         sample_file):
    page = open_agenda(window, sample_file)
    find(page, QPushButton, "runWorkshop").click()
    panel = page.run_panel
    assert page.modes.currentWidget() is panel
    assert panel.display.clock.text() == "10:00"
    assert "Avaus" in panel.display.title.text()
    assert panel.display.next_label.text() == "Seuraavaksi: Sidosryhmäkartta"

    clock = FakeClock()
    panel.timer.clock = clock
    panel.start_button.click()
    assert panel.start_button.text() == "Keskeytä"
    clock.advance(1000)
    qtbot.waitUntil(lambda: panel.display.clock.text() == "09:59")  # the timer's own tick
    clock.advance(400)
    panel.start_button.click()  # pause
    assert panel.start_button.text() == "Käynnistä"
    paused = panel.timer.remaining()
    assert paused == 599
    clock.advance(5000)
    panel.timer.refresh()
    assert panel.timer.remaining() == paused and panel.display.clock.text() == "09:59"

    panel.more_button.click()
    assert panel.timer.remaining() == paused + 60
    panel.next_button.click()
    assert "Sidosryhmäkartta" in panel.display.title.text()
    assert panel.display.clock.text() == "45:00"

    # the last seconds: a clear signal at zero
    panel.timer.set_remaining(1)
    panel.timer.start()
    clock.advance(999)
    panel.timer.refresh()
    assert panel.display.status.text() != "Aika on loppu"
    clock.advance(1)
    with qtbot.waitSignal(panel.timer.expired):  # the timer's own tick sees zero
        pass
    assert panel.display.status.text() == "Aika on loppu"
    assert panel.display.over
    assert "#C92A2A" in panel.display.styleSheet()
    panel.timer.pause()
    panel.back_button.click()
    assert page.modes.currentWidget() is page.editor


def test_projector_window_mirrors_the_timer(window, qtbot, sample_file):
    page = open_agenda(window, sample_file)
    page.enter_run_mode()
    panel = page.run_panel
    panel.projector_button.setChecked(True)
    projector = panel.projector
    assert projector is not None and projector.isVisible()
    assert projector.clock.text() == "10:00"
    panel.next_button.click()
    assert "Sidosryhmäkartta" in projector.title.text()
    assert projector.clock.text() == "45:00"
    projector.close()  # Escape or closing the window turns the projector off
    assert not panel.projector_button.isChecked()
    assert panel.projector is None


class FakeClock:
    """Milliseconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


def test_countdown_counts_whole_seconds_and_goes_over_time(qtbot):
    timer = CountdownTimer(clock=FakeClock())
    timer.set_remaining(2)
    assert timer.remaining() == 2
    timer.add_minute()
    assert timer.remaining() == 62
    timer.set_remaining(0)
    assert timer.remaining() == 0


def _contrast(a, b) -> float:
    """WCAG contrast ratio of two QColors."""
    def luminance(c) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_countdown_at_zero_is_readable_on_the_main_window(window, qtbot, sample_file):
    """Real pixels: at zero the display turns red with white text, on the laptop's window as
    on the projector."""
    page = open_agenda(window, sample_file)
    page.enter_run_mode()
    display = page.run_panel.display
    qtbot.waitUntil(display.isVisible)
    page.run_panel.timer.set_remaining(0)
    assert display.over
    image = window.grab().toImage()  # as the window shows it, not the display painted alone
    corner = display.mapTo(window, display.rect().topLeft())
    background = image.pixelColor(corner.x() + 3, corner.y() + 3)
    assert (background.red(), background.green(), background.blue()) == (0xC9, 0x2A, 0x2A)
    clock = display.clock.geometry().translated(corner)
    text = [image.pixelColor(x, y) for x in range(clock.left(), clock.right(), 2)
            for y in range(clock.top(), clock.bottom(), 2)]
    best = max(_contrast(c, background) for c in text)
    assert best >= 4.5  # WCAG AA between the digits and the red
