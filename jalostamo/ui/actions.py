"""Every command of the main window as data (id, text, shortcut, handler); menus are built here.

Texts are English source strings marked with ``QT_TRANSLATE_NOOP`` and translated when the menus
are built, so a language switch only has to rebuild them. Handlers are names of methods of the
window that receives the actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from jalostamo.ui.translate import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

CONTEXT = "Actions"


class Standard(str):
    """The name of a ``QKeySequence.StandardKey`` ("New", "Quit"): the platform's own keys.
    Kept as a name so that the first frame does not load QtGui's key tables."""


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    handler: str  # method name on the window
    shortcut: Standard | str | None = None  # a standard key or portable text ("Ctrl+E")
    needs_document: bool = False
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", QT_TRANSLATE_NOOP("Actions", "&New programme…"), "new_programme", Standard("New")),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "&Open…"), "choose_and_open", Standard("Open")),
    ActionSpec("file.demo", QT_TRANSLATE_NOOP("Actions", "Open the &demo programme"), "open_demo"),
    ActionSpec("file.export", QT_TRANSLATE_NOOP("Actions", "&Export report…"), "export_report",
               "Ctrl+E", needs_document=True),
    ActionSpec("file.export_tables", QT_TRANSLATE_NOOP("Actions", "Export &tables (Excel, CSV)…"),
               "export_tables", needs_document=True),
    ActionSpec("file.close", QT_TRANSLATE_NOOP("Actions", "&Close programme"), "close_programme",
               Standard("Close"), needs_document=True),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "close", Standard("Quit")),
    ActionSpec("edit.settings", QT_TRANSLATE_NOOP("Actions", "&Settings…"), "open_settings",
               Standard("Preferences")),
    ActionSpec("go.start", QT_TRANSLATE_NOOP("Actions", "&Start"), "show_start", "Ctrl+0"),
    ActionSpec("go.overview", QT_TRANSLATE_NOOP("Actions", "Programme &overview"), "show_overview",
               "Ctrl+1", needs_document=True),
    ActionSpec("go.setup", QT_TRANSLATE_NOOP("Actions", "Programme se&tup"), "show_setup",
               "Ctrl+2", needs_document=True),
    ActionSpec("go.guide", QT_TRANSLATE_NOOP("Actions", "&Phase guide"), "show_guide", "Ctrl+3",
               needs_document=True),
    ActionSpec("go.agenda", QT_TRANSLATE_NOOP("Actions", "&Agenda and timer"), "show_agenda",
               "Ctrl+4", needs_document=True),
    ActionSpec("view.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "zoom_in", Standard("ZoomIn")),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "zoom_out", Standard("ZoomOut")),
    ActionSpec("view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Normal size"), "zoom_reset",
               "Ctrl+Shift+0"),
    ActionSpec("view.presentation", QT_TRANSLATE_NOOP("Actions", "&Presentation zoom"),
               "toggle_presentation", "F5", checkable=True),
    ActionSpec("view.fullscreen", QT_TRANSLATE_NOOP("Actions", "&Full screen"),
               "toggle_full_screen", Standard("FullScreen"), checkable=True),
    ActionSpec("help.guide", QT_TRANSLATE_NOOP("Actions", "&Help for this screen"), "show_help", "F1"),
    ActionSpec("help.start", QT_TRANSLATE_NOOP("Actions", "&Getting started"), "show_getting_started"),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Jalostamo"), "show_about"),
)

#: menu title and the ids in it; "-" is a separator, "recent" the recent-files submenu,
#: "undo"/"redo" the undo stack's own actions.
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "&File"),
     ("file.new", "file.open", "recent", "file.demo", "-", "file.export", "file.export_tables", "-",
      "file.close",
      "file.quit")),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"), ("undo", "redo", "-", "edit.settings")),
    (QT_TRANSLATE_NOOP("Actions", "&Go"),
     ("go.start", "go.overview", "go.setup", "go.guide", "go.agenda")),
    (QT_TRANSLATE_NOOP("Actions", "&View"),
     ("view.zoom_in", "view.zoom_out", "view.zoom_reset", "-", "view.presentation",
      "view.fullscreen")),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("help.guide", "help.start", "-", "help.about")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def create_actions(window: QMainWindow) -> dict[str, QAction]:
    from PySide6.QtGui import QAction, QKeySequence

    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(tr(spec.text), window)
        action.setObjectName(spec.id)
        # setShortcuts, not setShortcut(QKeySequence(...)): resolving those overloads reads
        # Qt's enum namespace (see cheap_qt)
        if isinstance(spec.shortcut, Standard):  # every binding of the platform
            action.setShortcuts(getattr(QKeySequence.StandardKey, spec.shortcut))
        elif spec.shortcut is not None:
            action.setShortcuts([QKeySequence.fromString(spec.shortcut)])
        action.setCheckable(spec.checkable)
        handler: Callable[[], object] = getattr(window, spec.handler)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)
        actions[spec.id] = action
    return actions


def build_menu_titles(menu_bar: QMenuBar) -> None:
    """The menu bar of a first frame: the titles alone (the commands follow right after it)."""
    menu_bar.clear()
    for title, _ids in MENUS:
        menu_bar.addMenu(tr(title))


def build_menus(menu_bar: QMenuBar, actions: dict[str, QAction],
                extra: dict[str, QAction | QMenu]) -> dict[str, QMenu]:
    """Fill ``menu_bar`` from :data:`MENUS`; ``extra`` supplies undo, redo and recent."""
    menu_bar.clear()
    menus: dict[str, QMenu] = {}
    for title, ids in MENUS:
        menu = menu_bar.addMenu(tr(title))
        menus[title] = menu
        for action_id in ids:
            if action_id == "-":
                menu.addSeparator()
                continue
            item = extra.get(action_id) or actions[action_id]
            if isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
    return menus
