"""The main window's menus come from one structure (ui/menu_structure.py); a language switch
fills them again in the new language with the same actions: shortcuts, checked and enabled
states kept, and the undo history's Undo and Redo said in the new language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu

from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.menu_structure import MENU_BAR, SEPARATOR, Menu, action_ids


def bar_layout(window: MainWindow) -> list[tuple[str, list[str]]]:
    """(menu id, its items' ids: action object names, "-" or a submenu's id) as shown."""
    layout = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        items = []
        for item in menu.actions():
            sub = item.menu()
            items.append(sub.objectName() if isinstance(sub, QMenu)
                         else SEPARATOR if item.isSeparator() else item.objectName())
        layout.append((menu.objectName(), items))
    return layout


def structure() -> list[tuple[str, list[str]]]:
    return [(m.id, [i.id if isinstance(i, Menu) else i for i in m.items]) for m in MENU_BAR]


def test_the_menu_bar_is_the_structure_in_every_language(window: MainWindow,
                                                         sample_file: Path) -> None:
    assert set(action_ids()) <= set(window.actions_by_id)  # every area's actions are made
    assert bar_layout(window) == structure()
    window.open_file(sample_file)
    menus = {m.objectName(): m for m in window.findChildren(QMenu) if m.objectName()}
    for lang in ("sv", "en", "fi"):
        window.switch_language(lang)
        assert bar_layout(window) == structure()
        # the same menus, none left over from the last build
        assert {m.objectName(): m for m in window.findChildren(QMenu) if m.objectName()} == menus
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Tiedosto", "&Muokkaa", "&Siirry", "&Näytä", "&Yhteistyö", "T&ietoturva",
                      "H&uone", "&Ohje"]


def test_a_language_switch_keeps_the_actions_and_their_states(window: MainWindow,
                                                              sample_file: Path) -> None:
    window.open_file(sample_file)
    window.toggle_presentation()
    window.undo_stack.push(QUndoCommand("Lisää tiimi Vaasa"))
    window.undo_action.trigger()  # one step to redo
    actions = dict(window.actions_by_id)
    before = {key: (a.shortcuts(), a.isChecked(), a.isEnabled()) for key, a in actions.items()}
    assert before["view.presentation"][1] and before["file.export"][2]
    assert not before["teamwork.send"][2] and not before["edit.undo"][2]
    window.switch_language("sv")
    assert window.actions_by_id == actions  # the same objects
    after = {key: (a.shortcuts(), a.isChecked(), a.isEnabled()) for key, a in actions.items()}
    assert after == before
    assert actions["file.export"].text() == "&Exportera rapport…"
    assert actions["teamwork.merge"].text() == "Sa&mmanfoga filer…"
    assert window.undo_action.text() == "&Ångra" and window.redo_action.isEnabled()
    window.switch_language("en")
    assert window.redo_action.text() == "&Redo Add team Vaasa"  # the step said again
    assert actions["live.start"].text() == "&Start the room"
    window.toggle_presentation()

