"""What the room shows in the main window: the status indicator (both sides) and, on a team
laptop, the banner that follows the facilitator's timer, agenda step and announcement, and
the "eyes on the projector" overlay that pauses editing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from jalostamo.live.api import RoomBroadcast
from jalostamo.ui.timer import CountdownTimer, format_seconds

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from jalostamo.ui.live.controller import RoomController

#: window commands that stay usable while editing is paused (they change nothing)
KEPT_DURING_PAUSE = ("file.quit", "view.", "help.")

BANNER_STYLE = ("QWidget#liveBanner {background: #1C3D5A;} QLabel {color: white;}"
                " QWidget#liveBanner[over=\"true\"] {background: #C92A2A;}")


class RoomBanner(QWidget):
    """The facilitator's timer (counting down here between updates) and announcement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(BANNER_STYLE)
        self.activity = QLabel(self)
        self.activity.setObjectName("bannerActivity")
        self.clock = QLabel(self)
        self.clock.setObjectName("bannerClock")
        self.announcement = QLabel(self)
        self.announcement.setObjectName("bannerAnnouncement")
        self.announcement.setWordWrap(True)
        for label, scale in ((self.activity, 1.3), (self.clock, 2.4), (self.announcement, 1.3)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        self.countdown = CountdownTimer(self)
        self.countdown.ticked.connect(self._show_time)
        self.has_timer = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.activity)
        layout.addWidget(self.clock)
        layout.addSpacing(24)
        layout.addWidget(self.announcement, 1)
        self.clock.setAccessibleName(self.tr("Time left"))

    def follow(self, update: RoomBroadcast, host_now: int) -> None:
        timer = update.timer
        self.has_timer = timer is not None
        if timer is not None:
            elapsed = max(0, host_now - timer.updated_ms) if timer.running else 0
            ms = timer.remaining_ms - elapsed
            self.countdown.set_remaining(-((-ms) // 1000))
            if timer.running:
                self.countdown.start()
            else:
                self.countdown.pause()
            self.activity.setText(timer.label)
        else:
            self.countdown.pause()
            self.activity.setText("")
            self.clock.setText("")
        self.activity.setVisible(bool(self.activity.text()))
        self.clock.setVisible(self.has_timer)
        self.announcement.setText(update.announcement)
        self.announcement.setVisible(bool(update.announcement))

    def showing(self) -> bool:
        return self.has_timer or bool(self.announcement.text())

    def _show_time(self, seconds: int) -> None:
        if not self.has_timer:
            return
        self.clock.setText(format_seconds(seconds))
        over = "true" if seconds <= 0 else "false"
        if self.property("over") != over:
            self.setProperty("over", over)
            self.setStyleSheet(BANNER_STYLE)  # re-read the [over] rule


class EyesOverlay(QWidget):
    """Covers the window's screens while the facilitator has everyone look at the projector;
    the screens and the window's commands are disabled meanwhile."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("liveEyesOverlay")
        self.window_ = window
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#liveEyesOverlay {background: rgba(20, 30, 45, 225);}"
                           " QLabel {color: white;}")
        self.title = QLabel(self)
        self.title.setObjectName("eyesTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("eyesText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.text.setFont(font)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self._disabled: list[QAction] = []
        self.retranslate()
        self.hide()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Eyes on the projector"))
        self.text.setText(self.tr(
            "The facilitator has paused editing for a moment. Your work is safe; you can go "
            "on when the facilitator continues."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_on(self, on: bool) -> None:
        if on == self.isVisible():
            return
        central = self.window_.centralWidget()
        if on:
            self._place()
            central.setEnabled(False)
            self._disabled = [a for a in self.window_.actions() if a.isEnabled()
                              and not a.objectName().startswith(KEPT_DURING_PAUSE)]
            for action in self._disabled:
                action.setEnabled(False)
            self.show()
            self.raise_()
        else:
            self.hide()
            central.setEnabled(True)
            for action in self._disabled:
                action.setEnabled(True)
            self._disabled = []

    def _place(self) -> None:
        central = self.window_.centralWidget()
        self.setGeometry(central.geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


class RoomFollower(QObject):
    """The room's marks in ``window``: status bar text, banner, overlay."""

    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.room = room
        window = room.window
        self.status = QLabel(window)
        self.status.setObjectName("liveStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.status.hide()
        self.banner = RoomBanner(window)
        self.bar = QToolBar(window)
        self.bar.setObjectName("liveBannerBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.bar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.overlay = EyesOverlay(window)
        from jalostamo.ui.live.follow_banner import ViewFollower

        self.views = ViewFollower(room)
        self.status.installEventFilter(self)
        room.changed.connect(self.refresh)
        room.broadcast.connect(self.follow)
        room.notice.connect(self.tell)
        self.refresh()

    def follow(self, update: RoomBroadcast) -> None:
        on_team_side = self.room.client is not None
        self.banner.follow(update, self.room.host_now())
        self.bar.setVisible(on_team_side and self.banner.showing())
        self.overlay.set_on(on_team_side and update.eyes_on_projector)

    def tell(self, text: str) -> None:
        self.room.window.statusBar().showMessage(text, 10_000)

    def refresh(self) -> None:
        self.status.setText(self.status_text())
        self.status.setVisible(self.room.role is not None)
        if self.room.role is None:
            self.bar.hide()
            self.overlay.set_on(False)

    def status_text(self) -> str:
        room, state = self.room, self.room.state
        if room.role is None:
            return ""
        if room.host is not None:
            count = sum(1 for p in state.presences if p.connected) if state is not None else 0
            return self.tr("Room open · laptops: %1").replace("%1", str(count))
        if state is None or not state.connected:
            text = (self.tr("Offline — reconnecting…") if state is not None and state.last_sync_ms
                    else self.tr("Connecting to the room…"))
        else:
            text = self.tr("Connected to the room")
        pending = state.pending_changes if state is not None else 0
        if pending:
            text += " · " + self.tr("edits waiting: %1").replace("%1", str(pending))
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.status:
            self.refresh()
        return False
