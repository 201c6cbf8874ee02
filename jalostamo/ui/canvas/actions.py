"""The board editor's actions as data: id, text, shortcut and the editor method they call.

The toolbar and the context menu are built from this table, and every action has a keyboard
way in (a shortcut here, or the menu the Menu key opens). ``edits=False`` marks the actions that
only look, copy or navigate: a read-only editor (another team's board in a team file, a
programme opened read-only) offers only those (:func:`offered`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

Std = QKeySequence.StandardKey
# Shift+1 and Shift+2 as tldraw has them: Qt sees the digit with Shift (a test's key event,
# and platforms that map keys back to the unshifted key) or the symbol the layout puts on it
# ("!" on Finnish, Swedish and US layouts; '"' on Finnish and Swedish, "@" on US for 2).
SHIFTED_1 = ("Shift+1", "Shift+!")
SHIFTED_2 = ('Shift+"', "Shift+@")


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: object  # the English source text, as QT_TRANSLATE_NOOP marked it
    handler: str
    shortcut: str | Std | None = None
    toolbar: bool = False
    checkable: bool = False
    args: tuple[object, ...] = ()
    edits: bool = True  # False: only looks, copies or navigates; offered on a read-only board
    more_keys: tuple[str, ...] = ()  # further shortcuts (tldraw's keys, shifted symbols)


def action_text(spec: ActionSpec) -> str:
    return QCoreApplication.translate("BoardActions", str(spec.text))


def offered(read_only: bool) -> tuple[ActionSpec, ...]:
    """The actions an editor offers: all of them, or on a read-only board the look-only ones."""
    return tuple(s for s in ACTIONS if not (read_only and s.edits))


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "add_note", QT_TRANSLATE_NOOP("BoardActions", "Sticky note"), "new_note", "N", toolbar=True
    ),
    ActionSpec(
        "add_text", QT_TRANSLATE_NOOP("BoardActions", "Text"), "add_text", "T", toolbar=True
    ),
    ActionSpec(
        "add_rectangle",
        QT_TRANSLATE_NOOP("BoardActions", "Rectangle"),
        "add_shape",
        "R",
        toolbar=True,
        args=("rectangle",),
    ),
    ActionSpec(
        "add_ellipse",
        QT_TRANSLATE_NOOP("BoardActions", "Ellipse"),
        "add_shape",
        "E",
        toolbar=True,
        args=("ellipse",),
    ),
    ActionSpec(
        "add_diamond",
        QT_TRANSLATE_NOOP("BoardActions", "Diamond"),
        "add_shape",
        "Shift+D",
        toolbar=True,
        args=("diamond",),
    ),
    ActionSpec(
        "add_frame", QT_TRANSLATE_NOOP("BoardActions", "Frame"), "add_frame", "F", toolbar=True
    ),
    ActionSpec(
        "connect",
        QT_TRANSLATE_NOOP("BoardActions", "Connect selected"),
        "connect_selected",
        "C",
        toolbar=True,
    ),
    ActionSpec(
        "add_photo",
        QT_TRANSLATE_NOOP("BoardActions", "Photo…"),
        "choose_photos",
        "Ctrl+Shift+I",
        toolbar=True,
    ),
    ActionSpec(
        "webcam",
        QT_TRANSLATE_NOOP("BoardActions", "Webcam snapshot"),
        "webcam_snapshot",
        "Ctrl+Shift+W",
    ),
    ActionSpec(
        "edit_text", QT_TRANSLATE_NOOP("BoardActions", "Edit text"), "edit_selected_text", "F2"
    ),
    ActionSpec(
        "delete", QT_TRANSLATE_NOOP("BoardActions", "Delete"), "delete_selected", Std.Delete
    ),
    ActionSpec(
        "duplicate", QT_TRANSLATE_NOOP("BoardActions", "Duplicate"), "duplicate_selected", "Ctrl+D"
    ),
    ActionSpec(
        "copy", QT_TRANSLATE_NOOP("BoardActions", "Copy"), "copy_selected", Std.Copy, edits=False
    ),
    ActionSpec("cut", QT_TRANSLATE_NOOP("BoardActions", "Cut"), "cut_selected", Std.Cut),
    ActionSpec("paste", QT_TRANSLATE_NOOP("BoardActions", "Paste"), "paste", Std.Paste),
    ActionSpec(
        "select_all", QT_TRANSLATE_NOOP("BoardActions", "Select all"), "select_all", Std.SelectAll,
        edits=False,
    ),
    ActionSpec("group", QT_TRANSLATE_NOOP("BoardActions", "Group"), "group_selected", "Ctrl+G"),
    ActionSpec(
        "ungroup", QT_TRANSLATE_NOOP("BoardActions", "Ungroup"), "ungroup_selected", "Ctrl+Shift+G"
    ),
    ActionSpec(
        "lock", QT_TRANSLATE_NOOP("BoardActions", "Lock"), "lock_selected", "Ctrl+L", args=(True,)
    ),
    ActionSpec(
        "unlock",
        QT_TRANSLATE_NOOP("BoardActions", "Unlock"),
        "lock_selected",
        "Ctrl+Shift+L",
        args=(False,),
    ),
    ActionSpec(
        "front", QT_TRANSLATE_NOOP("BoardActions", "Bring to front"), "bring_to_front", "Ctrl+]"
    ),
    ActionSpec("back", QT_TRANSLATE_NOOP("BoardActions", "Send to back"), "send_to_back", "Ctrl+["),
    ActionSpec(
        "rotate_left",
        QT_TRANSLATE_NOOP("BoardActions", "Rotate left"),
        "rotate_selected",
        "Ctrl+Shift+R",
        args=(-15.0,),
    ),
    ActionSpec(
        "rotate_right",
        QT_TRANSLATE_NOOP("BoardActions", "Rotate right"),
        "rotate_selected",
        "Ctrl+R",
        args=(15.0,),
    ),
    ActionSpec(
        "align_left",
        QT_TRANSLATE_NOOP("BoardActions", "Align left"),
        "align",
        "Alt+Shift+Left",
        args=("left",),
    ),
    ActionSpec(
        "align_right",
        QT_TRANSLATE_NOOP("BoardActions", "Align right"),
        "align",
        "Alt+Shift+Right",
        args=("right",),
    ),
    ActionSpec(
        "align_top",
        QT_TRANSLATE_NOOP("BoardActions", "Align top"),
        "align",
        "Alt+Shift+Up",
        args=("top",),
    ),
    ActionSpec(
        "align_bottom",
        QT_TRANSLATE_NOOP("BoardActions", "Align bottom"),
        "align",
        "Alt+Shift+Down",
        args=("bottom",),
    ),
    ActionSpec(
        "align_hcenter",
        QT_TRANSLATE_NOOP("BoardActions", "Align centres horizontally"),
        "align",
        "Alt+Shift+H",
        args=("hcenter",),
    ),
    ActionSpec(
        "align_vcenter",
        QT_TRANSLATE_NOOP("BoardActions", "Align centres vertically"),
        "align",
        "Alt+Shift+V",
        args=("vcenter",),
    ),
    ActionSpec(
        "distribute_h",
        QT_TRANSLATE_NOOP("BoardActions", "Distribute horizontally"),
        "distribute",
        "Alt+Shift+J",
        args=("horizontal",),
    ),
    ActionSpec(
        "distribute_v",
        QT_TRANSLATE_NOOP("BoardActions", "Distribute vertically"),
        "distribute",
        "Alt+Shift+K",
        args=("vertical",),
    ),
    ActionSpec(
        "next_colour", QT_TRANSLATE_NOOP("BoardActions", "Next colour"), "next_colour", "Ctrl+K"
    ),
    ActionSpec(
        "zoom_in", QT_TRANSLATE_NOOP("BoardActions", "Zoom in"), "zoom_in", Std.ZoomIn, edits=False,
        toolbar=True,
    ),
    ActionSpec(
        "zoom_out", QT_TRANSLATE_NOOP("BoardActions", "Zoom out"), "zoom_out", Std.ZoomOut,
        edits=False, toolbar=True,
    ),
    ActionSpec(
        "fit", QT_TRANSLATE_NOOP("BoardActions", "Fit board"), "fit", "Ctrl+0", toolbar=True,
        edits=False, more_keys=SHIFTED_1,
    ),
    ActionSpec(
        "zoom_selection", QT_TRANSLATE_NOOP("BoardActions", "Zoom to selection"),
        "zoom_to_selection", "Shift+2", edits=False, more_keys=SHIFTED_2,
    ),
    ActionSpec(
        "actual_size", QT_TRANSLATE_NOOP("BoardActions", "Actual size"), "actual_size", "Ctrl+1",
        edits=False,
    ),
    ActionSpec(
        "snap",
        QT_TRANSLATE_NOOP("BoardActions", "Snap to grid"),
        "set_snap",
        "Ctrl+'",
        checkable=True,
    ),
    ActionSpec("undo", QT_TRANSLATE_NOOP("BoardActions", "Undo"), "undo", Std.Undo, toolbar=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("BoardActions", "Redo"), "redo", Std.Redo, toolbar=True),
    ActionSpec(
        "template",
        QT_TRANSLATE_NOOP("BoardActions", "Template…"),
        "choose_template",
        "Ctrl+Shift+T",
    ),
    ActionSpec(
        "save_template",
        QT_TRANSLATE_NOOP("BoardActions", "Save board as template…"),
        "ask_save_template",
        "Ctrl+Alt+T",
    ),
    ActionSpec(
        "present",
        QT_TRANSLATE_NOOP("BoardActions", "Present frames"),
        "present",
        "Shift+F5",
        toolbar=True,
        edits=False,
    ),
    ActionSpec(
        "keep_version",
        QT_TRANSLATE_NOOP("BoardActions", "Keep version…"),
        "ask_keep_version",
        "Ctrl+Shift+S",
        toolbar=True,
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("BoardActions", "Compare versions…"),
        "compare_versions",
        "Ctrl+Shift+C",
        edits=False,
    ),
    ActionSpec(
        "export_png",
        QT_TRANSLATE_NOOP("BoardActions", "Export PNG…"),
        "ask_export",
        "Ctrl+Shift+E",
        args=("png",),
        edits=False,
    ),
    ActionSpec(
        "export_svg",
        QT_TRANSLATE_NOOP("BoardActions", "Export SVG…"),
        "ask_export",
        "Ctrl+Alt+E",
        args=("svg",),
        edits=False,
    ),
    ActionSpec(
        "start_vote",
        QT_TRANSLATE_NOOP("BoardActions", "Start dot vote…"),
        "ask_start_vote",
        "Ctrl+Shift+V",
        toolbar=True,
    ),
    ActionSpec(
        "place_dot", QT_TRANSLATE_NOOP("BoardActions", "Place dot"), "place_dot_on_selected", "V"
    ),
    ActionSpec(
        "end_vote", QT_TRANSLATE_NOOP("BoardActions", "End dot vote"), "end_vote", "Ctrl+Alt+V"
    ),
)
