"""A menu that another area adds to the main window, and that outlives the window rebuilding
its menu bar (a language switch clears the bar and fills it again from the desk's actions)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMenu

#: object names of the menus added this way (they are not the anchor for the next one)
_ADDED: set[str] = set()


class WindowMenu(QObject):
    """Keeps ``menu`` in ``window``'s menu bar just before the last desk menu (Help).

    ``fill(menu)`` sets the title and actions; it runs again each time the menu is put back,
    so that the texts follow the current language.
    """

    def __init__(self, window: QMainWindow, name: str, fill: Callable[[QMenu], None]) -> None:
        super().__init__(window)
        self.window = window
        self._fill = fill
        self.menu = QMenu(window)
        self.menu.setObjectName(name)
        _ADDED.add(name)
        self._pending = False
        window.menuBar().installEventFilter(self)
        self.attach()

    def attach(self) -> None:
        self._pending = False
        bar = self.window.menuBar()
        self.menu.clear()
        self._fill(self.menu)
        if self.menu.menuAction() in bar.actions():
            return
        anchors = [a for a in bar.actions()
                   if a.menu() is None or a.menu().objectName() not in _ADDED]
        if anchors:
            bar.insertMenu(anchors[-1], self.menu)
        else:
            bar.addMenu(self.menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ActionRemoved and not self._pending \
                and getattr(event, "action", lambda: None)() is self.menu.menuAction():
            self._pending = True
            QTimer.singleShot(0, self.attach)
        return False
