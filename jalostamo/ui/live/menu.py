"""The "Room" menu and the room button of the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from jalostamo.ui.actions import ActionSpec, create_actions
from jalostamo.ui.live import memory
from jalostamo.ui.translate import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController


#: the Room menu's commands (their place: ``menu_structure``); handlers are methods here
ACTIONS = (
    ActionSpec("live.start", QT_TRANSLATE_NOOP("RoomMenu", "&Start the room"), "start_room",
               context="RoomMenu"),
    ActionSpec("live.join_screen", QT_TRANSLATE_NOOP("RoomMenu", "Show the join &code"),
               "show_join_screen", context="RoomMenu"),
    ActionSpec("live.console", QT_TRANSLATE_NOOP("RoomMenu", "Facilitator's c&onsole"),
               "show_console", context="RoomMenu"),
    ActionSpec("live.follow", QT_TRANSLATE_NOOP("RoomMenu", "&Follow me"), "toggle_follow",
               checkable=True, context="RoomMenu"),
    ActionSpec("live.stop", QT_TRANSLATE_NOOP("RoomMenu", "C&lose the room"), "close_room",
               context="RoomMenu"),
    ActionSpec("live.join", QT_TRANSLATE_NOOP("RoomMenu", "&Join a room…"), "open_join_dialog",
               context="RoomMenu"),
    ActionSpec("live.rejoin", QT_TRANSLATE_NOOP("RoomMenu", "&Rejoin the last room"), "rejoin",
               context="RoomMenu"),
    ActionSpec("live.leave", QT_TRANSLATE_NOOP("RoomMenu", "&Leave the room"), "leave",
               context="RoomMenu"),
)


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
        self.actions = create_actions(self.window, ACTIONS, self)
        self.window.add_menu_actions(self.actions)
        room.changed.connect(self._update)
        for name in ("documentOpened", "documentClosing"):
            getattr(self.window, name).connect(self._later)
        self._update()

    # --- the commands -------------------------------------------------------------------

    def start_room(self) -> None:
        from jalostamo.ui import live

        live.start_room(self.window)

    def show_join_screen(self) -> None:
        from jalostamo.ui import live

        live.show_join_screen(self.window)

    def show_console(self) -> None:
        from jalostamo.ui import live

        live.show_console(self.window)

    def close_room(self) -> None:
        self.room.close_room()

    def toggle_follow(self) -> None:
        from jalostamo.ui import errors

        errors.guarded(self.window, lambda: self.room.follow_link.set_on(
            not self.room.follow_link.on))
        self._update()

    def open_join_dialog(self) -> None:
        from jalostamo.ui import live

        live.open_join_dialog(self.window)

    def rejoin(self) -> None:
        from jalostamo.ui import live

        live.rejoin(self.window)

    def leave(self) -> None:
        self.room.leave()

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
        self.actions["live.follow"].setChecked(self.room.follow_link.on)
        if hosting:
            self.button.setText(self.tr("Facilitator's console"))
        elif can_host:
            self.button.setText(self.tr("Start the room"))
        self.button.setVisible(hosting or can_host)

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
