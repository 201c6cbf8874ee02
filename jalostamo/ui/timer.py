"""The countdown of a timeboxed activity, and the big display that shows it (on the laptop and,
full screen, on the projector)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


def format_seconds(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


def monotonic_ms() -> int:
    """Milliseconds of a clock that never jumps (not the wall clock)."""
    return time.monotonic_ns() // 1_000_000


def _colours(name: str, background: str) -> str:
    return f"QWidget#{name} {{background: {background};}} QLabel {{color: white;}}"


class CountdownTimer(QObject):
    """Counts down whole seconds; ``ticked(remaining)`` every second, ``expired()`` once at 0.

    Time is measured with a monotonic clock, so a busy event loop does not slow the countdown.
    After zero it keeps counting into negative time (the facilitator sees how much over they
    are) until the next activity is started. ``clock`` (milliseconds) can be replaced, e.g. by a
    test's clock that it moves by hand before calling :meth:`refresh`.
    """

    ticked = Signal(int)
    expired = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], int] = monotonic_ms) -> None:
        super().__init__(parent)
        self.clock = clock
        self._remaining_ms = 0
        self._since = 0
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self._expired = False
        self._last_whole = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def remaining(self) -> int:
        """Whole seconds left (negative when over time)."""
        ms = self._remaining_ms - (self._elapsed() if self.running else 0)
        return -((-ms) // 1000)  # up to the next whole second; towards zero when over

    def set_remaining(self, seconds: int) -> None:
        was_running = self.running
        self._remaining_ms = seconds * 1000
        self._expired = seconds <= 0
        if was_running:
            self._since = self.clock()
        self._emit()

    def start(self) -> None:
        if not self.running:
            self._since = self.clock()
            self._timer.start()
            self.running_changed.emit(True)

    def pause(self) -> None:
        if self.running:
            self._remaining_ms -= self._elapsed()
            self._timer.stop()
            self.running_changed.emit(False)
            self._emit()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        if self.running:
            self._remaining_ms -= self._elapsed()
            self._since = self.clock()
        self._remaining_ms += 60_000
        if self._remaining_ms > 0:
            self._expired = False
        self._emit()

    def _elapsed(self) -> int:
        return self.clock() - self._since

    def refresh(self) -> None:
        """Show the time left now, and signal ``expired`` when it reached zero (every 200 ms
        while running)."""
        self._emit()
        if not self._expired and self.remaining() <= 0:
            self._expired = True
            self.expired.emit()

    def _emit(self) -> None:
        self.ticked.emit(self.remaining())


class TimerDisplay(QWidget):
    """Activity title, a large countdown that scales with the widget, and the instructions.
    Turns red with "Time is up" at zero."""

    def __init__(self, parent: QWidget | None = None, *, projector: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("projectorDisplay" if projector else "timerDisplay")
        self.projector = projector
        self.setAutoFillBackground(True)
        # a QWidget subclass paints a style sheet's background only with this attribute: without
        # it the red "time is up" was white text on the window's light grey
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self)
        self.title.setObjectName("runTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.clock = QLabel("00:00", self)
        self.clock.setObjectName("runClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setObjectName("runStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions = QLabel(self)
        self.instructions.setObjectName("runInstructions")
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions.setWordWrap(True)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("runNext")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.clock, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.instructions, 1)
        layout.addWidget(self.next_label)
        self.over = False
        self._next_title = ""
        self._apply_colours()
        self.retranslate()

    def show_activity(self, title: str, instructions: str, next_title: str) -> None:
        self.title.setText(title)
        self.instructions.setText(instructions)
        self._next_title = next_title
        self.next_label.setText(self.tr("Next: %1").replace("%1", next_title) if next_title
                                else "")

    def show_time(self, seconds: int) -> None:
        self.clock.setText(format_seconds(seconds))
        over = seconds <= 0
        if over != self.over:
            self.over = over
            self._apply_colours()
        self.status.setText(self.tr("Time is up") if over else "")

    def retranslate(self) -> None:
        """Say the texts again in the current language (the projector window outlives a
        language switch that rebuilds the screens)."""
        self.clock.setAccessibleName(self.tr("Time left"))
        self.next_label.setText(self.tr("Next: %1").replace("%1", self._next_title)
                                if self._next_title else "")
        self.status.setText(self.tr("Time is up") if self.over else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        if self.over:
            self.setStyleSheet(_colours(self.objectName(), "#C92A2A"))
        elif self.projector:
            self.setStyleSheet(_colours(self.objectName(), "#212529"))
        else:
            self.setStyleSheet("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = max(24, min(self.height() // 3, self.width() // 5))
        font = self.clock.font()
        font.setPixelSize(size)
        font.setBold(True)
        self.clock.setFont(font)
        for label, share in ((self.title, 16), (self.status, 12), (self.instructions, 24),
                             (self.next_label, 28)):
            f = label.font()
            f.setPixelSize(max(12, self.height() // share))
            label.setFont(f)
        super().resizeEvent(event)


class ProjectorWindow(TimerDisplay):
    """The display as its own window, full screen on the second screen when there is one."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__(None, projector=True)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Jalostamo — timer"))

    def show_on_projector(self) -> None:
        screens = QApplication.screens()
        primary = QApplication.primaryScreen()
        target = next((s for s in screens if s is not primary), primary)
        if target is not None:
            self.setGeometry(target.geometry())
            self.show()
            self.windowHandle().setScreen(target)
        if len(screens) > 1:
            self.showFullScreen()
        else:
            self.resize(960, 600)
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
