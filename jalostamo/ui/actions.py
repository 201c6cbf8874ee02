"""Every command of the main window as data (id, text, shortcut, handler), and the actions
made from it. Where each action stands in the menus is :mod:`jalostamo.ui.menu_structure`.

Texts are English source strings marked with ``QT_TRANSLATE_NOOP``; an action made from a spec
(:class:`SpecAction`) says its text again in the current language with ``retranslate()``, so a
language switch keeps the actions themselves (their shortcuts, checked and enabled states).
Handlers are names of methods of the object that receives the actions: the window for the
desk's own commands, an area's controller for its menu (Teamwork, Data safety, Room).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from jalostamo.ui.translate import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

CONTEXT = "Actions"


class Standard(str):
    """The name of a ``QKeySequence.StandardKey`` ("New", "Quit"): the platform's own keys.
    Kept as a name so that the first frame does not load QtGui's key tables."""


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    handler: str  # a method name of the receiver (the window, or an area's controller)
    shortcut: Standard | str | None = None  # a standard key or portable text ("Ctrl+E")
    needs_document: bool = False
    checkable: bool = False
    context: str = CONTEXT  # the translation context of ``text``


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

#: the undo history's two actions (HistoryAction): their text is this prefix and the step's
#: own text; they call the undo stack, not a handler
UNDO = ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "undo", Standard("Undo"))
REDO = ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "redo", Standard("Redo"))


def tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


class SpecAction(QAction):
    """An action made from an :class:`ActionSpec`; ``retranslate()`` says its text again."""

    def __init__(self, spec: ActionSpec, parent: QObject) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.id)
        set_shortcuts(self, spec.shortcut)
        self.setCheckable(spec.checkable)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(tr(self.spec.text, self.spec.context))


class HistoryAction(SpecAction):
    """Undo or Redo of an undo stack: "&Undo" and the text of the step it would undo, enabled
    when there is one (what ``QUndoStack.createUndoAction`` makes, but with a prefix that
    follows the language)."""

    def __init__(self, spec: ActionSpec, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(spec, parent)
        self.stack = stack
        self.redo = spec is REDO
        self.retranslate()
        if self.redo:
            stack.redoTextChanged.connect(self.retranslate)
            stack.canRedoChanged.connect(self.setEnabled)
            self.triggered.connect(stack.redo)
            self.setEnabled(stack.canRedo())
        else:
            stack.undoTextChanged.connect(self.retranslate)
            stack.canUndoChanged.connect(self.setEnabled)
            self.triggered.connect(stack.undo)
            self.setEnabled(stack.canUndo())

    def retranslate(self, *_changed: object) -> None:
        stack = getattr(self, "stack", None)  # None while SpecAction is being made
        step = "" if stack is None else stack.redoText() if self.redo else stack.undoText()
        prefix = tr(self.spec.text, self.spec.context)
        self.setText(f"{prefix} {step}" if step else prefix)


def set_shortcuts(action: QAction, shortcut: Standard | str | None) -> None:
    # setShortcuts, not setShortcut(QKeySequence(...)): resolving those overloads reads Qt's
    # enum namespace (see cheap_qt)
    from PySide6.QtGui import QKeySequence

    if isinstance(shortcut, Standard):  # every binding of the platform
        action.setShortcuts(getattr(QKeySequence.StandardKey, shortcut))
    elif shortcut is not None:
        action.setShortcuts([QKeySequence.fromString(shortcut)])


def create_actions(window: QWidget, specs: tuple[ActionSpec, ...],
                   target: object = None) -> dict[str, QAction]:
    """One :class:`SpecAction` per spec, added to ``window`` (so its shortcut works anywhere
    in it), calling ``target``'s (default: the window's) method named by the spec."""
    receiver = window if target is None else target
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = SpecAction(spec, window)
        handler: Callable[[], object] = getattr(receiver, spec.handler)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)
        actions[spec.id] = action
    return actions


def create_history_actions(window: QWidget, stack: QUndoStack) -> dict[str, QAction]:
    """The Undo and Redo actions of ``stack``, added to ``window``."""
    actions: dict[str, QAction] = {}
    for spec in (UNDO, REDO):
        action = HistoryAction(spec, stack, window)
        window.addAction(action)
        actions[spec.id] = action
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Say every action's text again in the current language (a language switch)."""
    for action in actions.values():
        if isinstance(action, SpecAction):
            action.retranslate()
