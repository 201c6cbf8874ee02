"""The "Room" menu and the room button of the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from jalostamo.ui.live import memory
from jalostamo.ui.teamwork.menu_slot import WindowMenu

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController


class RoomMenu(QObject):
    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.setObjectName("liveMenu")
        self.room = room
        self.window = room.window
        self.actions: dict[str, QAction] = {}
        from jalostamo.ui.live.follower import RoomFollower

        self.follower = RoomFollower(room)
        self.button = QPushButton(self.window)
        self.button.setObjectName("liveRoomButton")
        self.button.setFlat(True)
        self.button.clicked.connect(self._button_clicked)
        self.button.installEventFilter(self)
        self.window.statusBar().addPermanentWidget(self.button)
        self.slot = WindowMenu(self.window, "liveRoomMenu", self._fill)
        self.slot.menu.aboutToShow.connect(self._update)
        room.changed.connect(self._update)
        for name in ("documentOpened", "documentClosing"):
            getattr(self.window, name).connect(self._later)
        self._update()

    def _fill(self, menu: QMenu) -> None:
        from jalostamo.ui import live

        menu.setTitle(self.tr("R&oom"))
        specs = (("live.start", self.tr("&Start the room"), lambda: live.start_room(self.window)),
                 ("live.join_screen", self.tr("Show the join &code"),
                  lambda: live.show_join_screen(self.window)),
                 ("live.console", self.tr("Facilitator's c&onsole"),
                  lambda: live.show_console(self.window)),
                 ("live.follow", self.tr("&Follow me"), self._toggle_follow),
                 ("live.stop", self.tr("C&lose the room"), self.room.close_room),
                 ("-", "", None),
                 ("live.join", self.tr("&Join a room…"), lambda: live.open_join_dialog(self.window)),
                 ("live.rejoin", self.tr("&Rejoin the last room"), lambda: live.rejoin(self.window)),
                 ("live.leave", self.tr("&Leave the room"), self.room.leave))
        self.actions = {}
        for action_id, text, handler in specs:
            if action_id == "-":
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.setObjectName(action_id)
            action.setCheckable(action_id == "live.follow")
            action.triggered.connect(lambda _c=False, h=handler: h())
            self.actions[action_id] = action
        self._update()

    def _later(self, _services: object) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._update)

    def _update(self) -> None:
        services = self.window.services
        hosting, joined = self.room.host is not None, self.room.client is not None
        can_host = (services is not None and not services.doc.readonly
                    and services.doc.role != "team" and not joined)
        enabled = {"live.start": can_host and not hosting, "live.join_screen": hosting,
                   "live.console": hosting, "live.stop": hosting, "live.follow": hosting,
                   "live.join": not hosting, "live.leave": joined,
                   "live.rejoin": not hosting and not joined and bool(memory.last_join()[1])}
        for action_id, action in self.actions.items():
            action.setEnabled(enabled[action_id])
        if "live.follow" in self.actions:
            self.actions["live.follow"].setChecked(self.room.follow_link.on)
        if hosting:
            self.button.setText(self.tr("Facilitator's console"))
        elif can_host:
            self.button.setText(self.tr("Start the room"))
        self.button.setVisible(hosting or can_host)

    def _toggle_follow(self) -> None:
        from jalostamo.ui import errors

        errors.guarded(self.window, lambda: self.room.follow_link.set_on(
            not self.room.follow_link.on))
        self._update()

    def _button_clicked(self) -> None:
        from jalostamo.ui import live

        if self.room.host is not None:
            live.show_console(self.window)
        else:
            live.start_room(self.window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.button:
            self._update()
        return False
