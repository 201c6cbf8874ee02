"""Find key sequences that Qt would call ambiguous: two enabled actions or shortcuts with the
same keys that are both active for the same focus widget (Qt then runs neither and prints
"Ambiguous shortcut overload").

The context rules are Qt's (``qWidgetShortcutContextMatcher``): a ``WidgetShortcut`` is active
when its widget has focus, ``WidgetWithChildrenShortcut`` when the focus is in its widget,
``WindowShortcut`` in its widget's window, ``ApplicationShortcut`` always; an action counts
through each widget it was added to, a menu's action through the window of the menu bar.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from jalostamo.ui.shortcut_claims import ShortcutArbiter

Owner = QAction | QShortcut


def ambiguous(window: QWidget) -> dict[str, list[str]]:
    """For each key sequence that is ambiguous somewhere in ``window``: the names of the
    actions or shortcuts that compete (for the first focus widget where they do)."""
    found: dict[str, list[str]] = {}
    focusables = [w for w in [window, *window.findChildren(QWidget)]
                  if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    arbiter = window.findChild(ShortcutArbiter)
    for focus in focusables:
        if arbiter is not None:  # as if the focus were there: claimed keys step aside
            arbiter.update_for(focus)
        bindings = _bindings(window)
        by_keys: dict[str, set[Owner]] = defaultdict(set)
        for keys, owner, widget, context in bindings:
            if _active(owner, widget, context, focus):
                by_keys[keys].add(owner)
        for keys, owners in by_keys.items():
            if len(owners) > 1 and keys not in found:
                found[keys] = sorted(f"{_name(o)} (focus: {_name(focus)})" for o in owners)
    if arbiter is not None:
        arbiter.update_for(QApplication.focusWidget())
    return found


def _bindings(window: QWidget) -> list[tuple[str, Owner, QWidget, Qt.ShortcutContext]]:
    bindings: list[tuple[str, Owner, QWidget, Qt.ShortcutContext]] = []
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and shortcut.isEnabled():
            for keys in _keys([shortcut.key()]):
                bindings.append((keys, shortcut, parent, shortcut.context()))
    actions = {id(a): a for a in window.findChildren(QAction)}
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            actions[id(action)] = action
    for action in actions.values():
        if not action.isEnabled() or not action.shortcuts():
            continue
        for widget in _widgets_of(action):
            for keys in _keys(action.shortcuts()):
                bindings.append((keys, action, widget, action.shortcutContext()))
    return bindings


def _widgets_of(action: QAction) -> list[QWidget]:
    widgets = []
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu):
            bar = _menu_bar_of(obj)
            if bar is not None:
                widgets.append(bar)
        elif isinstance(obj, QWidget):
            widgets.append(obj)
    return widgets


def _menu_bar_of(menu: QMenu) -> QWidget | None:
    seen: set[int] = set()
    todo: list[QWidget] = [menu]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for obj in current.menuAction().associatedObjects() if isinstance(current, QMenu) else []:
            if isinstance(obj, QMenuBar):
                return obj
            if isinstance(obj, QMenu):
                todo.append(obj)
    return None


def _active(owner: Owner, widget: QWidget, context: Qt.ShortcutContext, focus: QWidget) -> bool:
    if isinstance(owner, QAction) and not owner.isVisible() and not isinstance(widget, QMenuBar):
        return False
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    if not widget.isVisible() and not isinstance(widget, QMenuBar):
        return False
    if context == Qt.ShortcutContext.WidgetShortcut:
        return widget is focus
    if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
        return widget is focus or widget.isAncestorOf(focus)
    return widget.window() is focus.window()


def _keys(sequences: list[QKeySequence]) -> list[str]:
    return [s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences
            if not s.isEmpty()]


def _name(obj: object) -> str:
    name = obj.objectName() if hasattr(obj, "objectName") else ""
    text = obj.text() if isinstance(obj, QAction) else ""
    return f"{type(obj).__name__}:{name or text.replace('&', '') or '?'}"


def top_level_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
