"""Live venue mode in the main window: the "Room" menu, the facilitator's join screen and
console, and a team laptop's join dialog, banner and overlay.

``install(window)`` adds the menu and the room's controller (:class:`RoomController`, one per
window); the network core is reached only through :mod:`jalostamo.ui.live.backend`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jalostamo.ui.live.console import FacilitatorConsole
    from jalostamo.ui.live.controller import RoomController
    from jalostamo.ui.live.join_dialog import JoinDialog
    from jalostamo.ui.live.join_screen import JoinScreen


def install(window: Any) -> RoomController:
    from jalostamo.ui.live.controller import RoomController
    from jalostamo.ui.live.menu import RoomMenu

    room = window.findChild(RoomController, "liveRoom")
    if room is None:  # once per window
        room = RoomController(window)
        RoomMenu(room)
    return room


def _screen(window: Any, kind: type, name: str) -> Any:
    room = install(window)
    screen = window.findChild(kind, name)
    if screen is None:
        screen = kind(room, window)
    screen.show()
    screen.raise_()
    screen.activateWindow()
    return screen


def show_join_screen(window: Any) -> JoinScreen:
    from jalostamo.ui.live.join_screen import JoinScreen

    return _screen(window, JoinScreen, "liveJoinScreen")


def show_console(window: Any) -> FacilitatorConsole:
    from jalostamo.ui.live.console import FacilitatorConsole

    return _screen(window, FacilitatorConsole, "liveConsole")


def start_room(window: Any) -> bool:
    """Host the open programme and show the join screen; a refusal is shown, never raised."""
    from jalostamo.errors import UserError
    from jalostamo.ui import errors

    room = install(window)
    try:
        room.open_room()
    except UserError as exc:
        errors.show_user_error(window, exc)
        return False
    except Exception as exc:
        errors.report(window, exc)
        return False
    show_join_screen(window)
    return True


def open_join_dialog(window: Any) -> JoinDialog:
    from jalostamo.ui.cheap_qt import open_and_forget
    from jalostamo.ui.live.join_dialog import JoinDialog

    dialog = JoinDialog(install(window), window)
    open_and_forget(dialog)
    return dialog


def rejoin(window: Any) -> bool:
    """Join the room joined last (Room → Rejoin); a refusal is shown, never raised."""
    from jalostamo.errors import UserError
    from jalostamo.ui import errors

    room = install(window)

    def finished(error: UserError | None) -> None:
        room.join_finished.disconnect(finished)
        if error is not None:
            errors.show_user_error(window, error)

    room.join_finished.connect(finished)
    try:
        started = room.rejoin_last()
    except UserError as exc:
        started = False
        errors.show_user_error(window, exc)
    if not started:
        room.join_finished.disconnect(finished)
    return started
