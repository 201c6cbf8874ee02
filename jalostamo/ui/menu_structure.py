"""Every menu of the main window as data, and the one builder that makes the menu bar from it.

A menu is its id (the ``QMenu``'s object name), its title (an English source text in the
"Actions" context) and its items: action ids, :data:`SEPARATOR` and submenus. The actions
themselves are made elsewhere from their specs (:mod:`jalostamo.ui.actions` for the desk's
commands; the Teamwork, Data safety and Room areas make theirs when they are installed) and
handed to :func:`build_menu_bar` by id; an action not made yet is left out, so the first
frame's bar shows the titles alone. A language switch runs the builder again: the menus are
filled anew from this structure in the new language, with the same actions (their shortcuts,
checked and enabled states kept).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from jalostamo.ui.translate import QT_TRANSLATE_NOOP

CONTEXT = "Actions"
SEPARATOR = "-"
_FILLED = "jalostamoFilledOnShow"


@dataclass(frozen=True)
class Menu:
    id: str
    title: str  # the English source, marked with QT_TRANSLATE_NOOP("Actions", …)
    items: tuple[str | Menu, ...] = ()  # action ids, SEPARATOR, submenus
    #: filled by the program each time it opens (recent files): the filler's name
    filled_by: str | None = None


MENU_BAR: tuple[Menu, ...] = (
    Menu("fileMenu", QT_TRANSLATE_NOOP("Actions", "&File"), (
        "file.new", "file.open",
        Menu("recentMenu", QT_TRANSLATE_NOOP("Actions", "Open &recent"), filled_by="recent"),
        "file.demo", SEPARATOR, "file.export", "file.export_tables", SEPARATOR, "file.close",
        "file.quit")),
    Menu("editMenu", QT_TRANSLATE_NOOP("Actions", "&Edit"), (
        "edit.undo", "edit.redo", SEPARATOR, "edit.settings")),
    Menu("goMenu", QT_TRANSLATE_NOOP("Actions", "&Go"), (
        "go.start", "go.overview", "go.setup", "go.guide", "go.agenda")),
    Menu("viewMenu", QT_TRANSLATE_NOOP("Actions", "&View"), (
        "view.zoom_in", "view.zoom_out", "view.zoom_reset", SEPARATOR, "view.presentation",
        "view.fullscreen")),
    Menu("teamworkMenu", QT_TRANSLATE_NOOP("Actions", "&Teamwork"), (
        "teamwork.team_file", "teamwork.send", "teamwork.merge", "teamwork.conflicts")),
    Menu("safetyMenu", QT_TRANSLATE_NOOP("Actions", "&Data safety"), (
        "safety.restore", "safety.settings", "safety.erase")),
    Menu("liveRoomMenu", QT_TRANSLATE_NOOP("Actions", "R&oom"), (
        "live.start", "live.join_screen", "live.console", "live.follow", "live.stop", SEPARATOR,
        "live.join", "live.rejoin", "live.leave")),
    Menu("helpMenu", QT_TRANSLATE_NOOP("Actions", "&Help"), (
        "help.guide", "help.start", SEPARATOR, "help.about")),
)


def action_ids(menus: tuple[Menu, ...] = MENU_BAR) -> list[str]:
    """Every action id in ``menus``, submenus included, in menu order."""
    found: list[str] = []
    for menu in menus:
        for item in menu.items:
            if isinstance(item, Menu):
                found += action_ids((item,))
            elif item != SEPARATOR:
                found.append(item)
    return found


def build_menu_bar(bar: QMenuBar, actions: Mapping[str, QAction], menus: dict[str, QMenu],
                   fillers: Mapping[str, Callable[[QMenu], None]]) -> None:
    """Fill ``bar`` from :data:`MENU_BAR` in the current language.

    ``menus`` holds the menus made so far by id: they are kept and filled again (and new ones
    added to it), so a menu's object stays the same across language switches. ``fillers``
    fill a menu marked ``filled_by`` each time it opens, and once now.
    """
    bar.clear()
    for spec in MENU_BAR:
        bar.addMenu(_build(spec, bar, actions, menus, fillers))


def _build(spec: Menu, parent: QMenuBar | QMenu, actions: Mapping[str, QAction],
           menus: dict[str, QMenu], fillers: Mapping[str, Callable[[QMenu], None]]) -> QMenu:
    menu = menus.get(spec.id)
    if menu is None:
        menu = menus[spec.id] = QMenu(parent)
        menu.setObjectName(spec.id)
    fill = fillers.get(spec.filled_by) if spec.filled_by is not None else None
    if fill is not None and not menu.property(_FILLED):  # once: the first frame has none
        menu.setProperty(_FILLED, True)
        menu.aboutToShow.connect(lambda m=menu, f=fill: f(m))
    menu.clear()
    menu.setTitle(QCoreApplication.translate(CONTEXT, spec.title))
    for item in spec.items:
        if isinstance(item, Menu):
            menu.addMenu(_build(item, menu, actions, menus, fillers))
        elif item == SEPARATOR:
            menu.addSeparator()
        elif item in actions:
            menu.addAction(actions[item])
    if fill is not None:
        fill(menu)
    return menu
