"""The facilitator's "Follow me": while it is on, the board the facilitator's window shows is
the one the laptops follow, and every pan and zoom of it is shared with the room (the host
sends the latest at most 10 times a second: ``live.protocol.VIEW_GAP_S``). Switching to
another board takes the laptops along; turning it off ends it on every laptop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from jalostamo.errors import UserError
from jalostamo.live.api import SharedView
from jalostamo.ui.canvas.board_view import BoardEditor

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController


class FollowLink(QObject):
    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.room = room
        self.editor: BoardEditor | None = None
        self._last: SharedView | None = None
        room.changed.connect(self._room_changed)

    @property
    def on(self) -> bool:
        return self.room.host is not None and self.room.sent.follow_board is not None

    def shown_editor(self) -> BoardEditor | None:
        """The board the facilitator's window shows now, if any."""
        shown = [e for e in self.room.window.findChildren(BoardEditor) if e.isVisible()]
        return shown[0] if shown else None

    def set_on(self, on: bool) -> None:
        """Start or end "Follow me"; starting needs a board on the facilitator's screen."""
        if on == self.on:
            return
        if not on:
            self._detach()
            self.room.send(follow_board=None)
            return
        if self.room.host is None:
            raise UserError("live_ui.no_programme")
        editor = self.shown_editor()
        if editor is None:
            raise UserError("live_follow.no_board")
        self._attach(editor)
        self.room.send(follow_board=editor.board_id, follow_session=self.room.clock())
        self.share()

    def page_changed(self) -> None:
        """The facilitator went to another page: another board takes the laptops along."""
        if not self.on:
            return
        editor = self.shown_editor()
        if editor is None or editor is self.editor:
            return
        self._attach(editor)
        if editor.board_id != self.room.sent.follow_board:
            self.room.send(follow_board=editor.board_id)
        self.share()

    def share(self) -> None:
        editor, host = self.editor, self.room.host
        if editor is None or host is None or not self.on:
            return
        rect = editor.view.visible_scene_rect()
        view = SharedView(editor.board_id, round(rect.center().x(), 1),
                          round(rect.center().y(), 1), round(rect.width(), 1),
                          round(rect.height(), 1))
        if view != self._last and view.width > 0 and view.height > 0:
            self._last = view
            host.share_view(view)

    def _attach(self, editor: BoardEditor) -> None:
        self._detach()
        self.editor = editor
        self._last = None
        editor.view.viewport_moved.connect(self.share)
        editor.destroyed.connect(self._forget)

    def _detach(self) -> None:
        if self.editor is not None:
            try:
                self.editor.view.viewport_moved.disconnect(self.share)
                self.editor.destroyed.disconnect(self._forget)
            except (RuntimeError, TypeError):  # already gone
                pass
        self.editor = None

    def _forget(self) -> None:
        self.editor = None

    def _room_changed(self) -> None:
        if self.room.host is None and self.editor is not None:
            self._detach()
