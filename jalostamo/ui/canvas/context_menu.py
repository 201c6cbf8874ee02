"""What the board's right-click menu offers, and where the other actions live.

The context menu is short and about the clicked thing (as in tldraw and Miro): the empty
board offers adding and pasting, an item its own verbs, a selection of several the verbs of
many (align as one submenu). Every action is also in the toolbar or in the toolbar's board
menu (:data:`MENU_SECTIONS`), and has its key.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: a separator in a menu plan
SEP = "-"
#: an action id, a separator, or (submenu title, ids)
Entry = str | tuple[str, tuple[str, ...]]

TEXT_KINDS = ("note", "text", "shape", "frame")
COLOUR_KINDS = ("note", "shape", "frame")
ALIGN = ("align_left", "align_hcenter", "align_right", "align_top", "align_vcenter",
         "align_bottom", "distribute_h", "distribute_v")
ALIGN_TITLE = QT_TRANSLATE_NOOP("BoardMenus", "Align")

#: the toolbar's board menu: every action that is not a toolbar button, by theme
MENU_SECTIONS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("BoardMenus", "Edit"),
     ("edit_text", "duplicate", "copy", "cut", "paste", "delete", "select_all")),
    (QT_TRANSLATE_NOOP("BoardMenus", "Arrange"),
     ("group", "ungroup", "front", "back", "lock", "unlock", "rotate_left", "rotate_right",
      "next_colour", "snap")),
    (ALIGN_TITLE, ALIGN),
    (QT_TRANSLATE_NOOP("BoardMenus", "View"), ("zoom_selection", "actual_size")),
    (QT_TRANSLATE_NOOP("BoardMenus", "Board"),
     ("webcam", "template", "save_template", "compare", "export_png", "export_svg")),
    (QT_TRANSLATE_NOOP("BoardMenus", "Dot vote"), ("place_dot", "end_vote")),
)


def plan(selected: Sequence[dict[str, object]], *, vote_open: bool) -> list[Entry]:
    """The context menu for the selected rows (empty: a click on the board itself)."""
    if not selected:
        return ["paste", SEP, "add_note", "add_text", "add_frame", SEP, "select_all", "fit"]
    locked = all(bool(r.get("locked")) for r in selected)
    if locked:
        return ["unlock", SEP, "copy", "duplicate", "zoom_selection"]
    lock = ["lock"]
    grouped = ["ungroup"] if any(r.get("group_id") for r in selected) else []
    kinds = {str(r["kind"]) for r in selected}
    if len(selected) == 1:
        kind = str(selected[0]["kind"])
        if kind == "connector":
            return ["edit_text", SEP, "copy", SEP, "front", "back", *lock, SEP, "delete"]
        entries: list[Entry] = []
        if kind in TEXT_KINDS:
            entries.append("edit_text")
        if kind in COLOUR_KINDS:
            entries.append("next_colour")
        if vote_open:
            entries.append("place_dot")
        return [*entries, SEP, "duplicate", "copy", "cut", SEP, "front", "back", *lock,
                *grouped, SEP, "delete"]
    shapes = [r for r in selected if r["kind"] != "connector"]
    entries = ["connect"] if len(shapes) == 2 else []
    entries += ["group", *grouped]
    if len(shapes) > 1:
        entries.append((str(ALIGN_TITLE), ALIGN))
    if vote_open and kinds - {"connector"}:
        entries.append("place_dot")
    return [*entries, SEP, "duplicate", "copy", "cut", SEP, "front", "back", *lock, SEP,
            "delete"]
