"""A team laptop following the facilitator's view ("Follow me"): when the facilitator turns it
on, the laptop is brought to the board followed and shows what the facilitator sees (the same
area of the board, scaled to this window) as the facilitator pans and zooms. A banner says
so; its "Stop following" button or Esc on the board leaves (the host then sends this laptop
no more views) until the facilitator starts following anew."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from jalostamo.live.api import RoomBroadcast, SharedView
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.view import MAX_ZOOM, MIN_ZOOM, BoardView

if TYPE_CHECKING:
    from jalostamo.ui.live.controller import RoomController

STYLE = ("QWidget#followBanner {background: #0B5394;} QLabel {color: white;}"
         " QPushButton {background: white; color: #0B5394; font-weight: bold;"
         " padding: 4px 14px; border-radius: 4px;}")


class FollowBanner(QWidget):
    """"You are following the facilitator's view" and the button that stops it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.text = QLabel(self)
        self.text.setObjectName("followText")
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.text.setFont(font)
        self.stop = QPushButton(self)
        self.stop.setObjectName("followStop")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("You are following the facilitator's view. "
                                  "Esc or the button stops it."))
        self.stop.setText(self.tr("Stop following"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ViewFollower(QObject):
    """The laptop's side of "Follow me" in ``room``'s window."""

    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.room = room
        window = room.window
        self.banner = FollowBanner(window)
        self.banner.stop.clicked.connect(self.leave)
        self.bar = QToolBar(window)
        self.bar.setObjectName("followBannerBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.bar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.board: str | None = None  # the board followed now (None: not following)
        self.session = 0  # which "Follow me" of the facilitator
        self.left = False  # this laptop stopped following (until the next "Follow me")
        self.applied = 0  # views shown (tests wait on it)
        room.broadcast.connect(self.follow)
        room.view_shared.connect(self.apply)
        room.changed.connect(self._room_changed)

    def following(self) -> bool:
        return self.room.client is not None and self.board is not None and not self.left

    def follow(self, update: RoomBroadcast) -> None:
        board = update.follow_board if self.room.client is not None else None
        session = update.follow_session if board is not None else 0
        started = board is not None and session != self.session  # a new "Follow me"
        moved = board != self.board  # the facilitator went to another board
        self.board, self.session = board, session
        if started:
            self.left = False
            self.room.set_following(True)
        if board is not None and (started or moved) and not self.left:
            self._bring(board)
        self.bar.setVisible(self.following())

    def _bring(self, board_id: str) -> None:
        """Show the board followed (another team's too, read-only) and the view known."""
        services = self.room.window.services
        board = services.boards.find_board(board_id) if services is not None else None
        if board is None or board.team_id is None:
            return
        if self.editor_for(board_id) is None:
            self.room.window.show_page(f"team:{board.team_id}:board")
        editor = self.editor_for(board_id)
        if editor is not None:
            editor.view.setFocus()
        self.apply()

    def editor_for(self, board_id: str) -> BoardEditor | None:
        shown = [e for e in self.room.window.findChildren(BoardEditor)
                 if e.isVisible() and e.board_id == board_id]
        return shown[0] if shown else None

    def apply(self, view: SharedView | None = None) -> None:
        """Show the facilitator's view: its centre, zoomed so that the area the facilitator
        sees fits this laptop's view."""
        client = self.room.client
        if not self.following() or client is None:
            return
        view = view or client.state().view
        if view is None or view.board_id != self.board:
            return
        editor = self.editor_for(view.board_id)
        if editor is None:
            return
        board_view = editor.view
        if not board_view.property("followFiltered"):
            board_view.setProperty("followFiltered", True)
            board_view.installEventFilter(self)
        port = board_view.viewport().rect()
        zoom = min(port.width() / view.width, port.height() / view.height)
        board_view.zoom_to(min(MAX_ZOOM, max(MIN_ZOOM, zoom)))
        board_view.centerOn(QPointF(view.x, view.y))
        self.applied += 1

    def leave(self) -> None:
        if not self.following():
            return
        self.left = True
        self.room.set_following(False)
        self.bar.hide()
        self.room.notice.emit(self.tr("You stopped following the facilitator's view."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and self.following() \
                and isinstance(watched, BoardView) \
                and watched.board_scene().text_editor() is None:  # not typing into an item
            self.leave()
            return True
        return False

    def _room_changed(self) -> None:
        if self.room.client is None and self.board is not None:
            self.board, self.session, self.left = None, 0, False
            self.bar.hide()
