"""The board editor the team page embeds: toolbar, canvas view, minimap and dot-vote panel.

``BoardEditor(services, undo_stack, bridge, board_id, read_only=False)``. Every edit goes
through :class:`BoardCommands` (one undo step each); the scene refreshes from the bridge's change
events. ``read_only=True`` (another team's board, a programme opened read-only) offers only the
actions that look, copy or navigate, and its items cannot be moved: the view still pans, zooms,
selects and copies, and follows changes (a merge). Methods named in :mod:`actions` are the
editor's public verbs; the ones that open a dialog have a dialog-free twin that tests and other
screens call.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import InvalidInput, UserError
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas import clipboard, editor_dialogs, icons
from jalostamo.ui.canvas.actions import action_text, offered
from jalostamo.ui.canvas.commands import BoardCommands
from jalostamo.ui.canvas.context_menu import MENU_SECTIONS, SEP
from jalostamo.ui.canvas.context_menu import plan as context_plan
from jalostamo.ui.canvas.items import BoardItem, ConnectorItem
from jalostamo.ui.canvas.items.note import NOTE_COLORS
from jalostamo.ui.canvas.minimap import Minimap
from jalostamo.ui.canvas.placement import free_place
from jalostamo.ui.canvas.presentation import PresentationWindow
from jalostamo.ui.canvas.scene import BoardScene
from jalostamo.ui.canvas.side_panel import SidePanel
from jalostamo.ui.canvas.view import BoardView
from jalostamo.ui.canvas.webcam import camera_available
from jalostamo.ui.shortcut_claims import claim

if TYPE_CHECKING:
    from jalostamo.services.board_templates import BoardTemplate
    from jalostamo.ui.canvas.photo_import import PhotoBatch
    from jalostamo.ui.workers import Job

PHOTO_WIDTH = 420.0
READ_ONLY_TOOLBAR = ("zoom_in", "zoom_out", "copy")  # with "fit", on a board only looked at
TOOLBAR_GROUPS_START = ("zoom_in", "undo", "present")  # a separator before each


class BoardEditor(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 board_id: str, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.read_only = read_only
        self.undo_stack = undo_stack
        self.board_id = board_id
        board = services.boards.board(board_id)
        self.team_id = board.team_id
        self.commands = BoardCommands(services, undo_stack, board_id)
        self.scene = BoardScene(services, board_id, None if read_only else self.commands,
                                template_key=board.template_key)
        self.scene.setParent(self)
        self.scene.detail = False  # faces are made when the view's zoom shows them (fit)
        self.scene.lazy = not read_only  # plain notes are made when needed (lazy.py)
        self.scene.load(services.boards.items(board_id))
        self.scene.refresh_votes()
        self.bridge = bridge
        self._released = False
        self._photo_jobs: list[Job] = []  # photo imports under way (tests wait on them)
        bridge.changed.connect(self.scene.on_change)
        self.view = BoardView(self.scene, self)
        self.minimap = Minimap(self.view, self)
        self.side = SidePanel(services, board_id, self.minimap, self)
        bridge.changed.connect(self.side.on_change)
        self.side.shown_vote_changed.connect(self.scene.show_vote)
        self.status = QLabel(self)
        self.status.setObjectName("boardStatus")
        self.status.setWordWrap(True)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("boardSelection")
        self.colour = NOTE_COLORS[0]
        self.actions_by_id: dict[str, QAction] = {}
        self.presentation: PresentationWindow | None = None
        self.toolbar = QToolBar(self)
        self._build_actions()

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 1)
        body.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(6, 2, 8, 2)  # the count off the window's edge
        footer.addWidget(self.status, 1)
        footer.addWidget(self.selection_label)
        layout.addLayout(footer)
        self.scene.selectionChanged.connect(self._show_selection_count)
        self.scene.contents_changed.connect(self._show_selection_count)  # e.g. reloaded

        self.scene.failed.connect(self.show_error)
        self.view.menu_requested.connect(self._show_context_menu)
        if read_only:  # looked at, not changed: no nudges, no dropped photos, no voting
            self.view.setAcceptDrops(False)
            self.side.voter_edit.setReadOnly(True)
            self._say("")
        else:
            self.view.nudge_requested.connect(self.nudge)
            self.view.edit_requested.connect(self.edit_selected_text)
            self.view.files_dropped.connect(self._dropped)
            self.actions_by_id["webcam"].setVisible(camera_available())
        self.view.fit()  # and refitted as the layouts give the view its size (view.resizeEvent)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)

    def release(self) -> None:
        """Let go of the board when the editor closes: no more change events, and the items
        (with their cached pixmaps) go now, while Qt still runs, not at interpreter exit."""
        if self._released:
            return
        self._released = True
        if self.presentation is not None:
            self.presentation.close()
        self.bridge.changed.disconnect(self.scene.on_change)
        self.bridge.changed.disconnect(self.side.on_change)
        self.scene.close_editor()
        self.scene.load([])

    def _build_actions(self) -> None:
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.setIconSize(QSize(24, 24))
        for spec in offered(self.read_only):
            action = QAction(action_text(spec), self)
            if spec.shortcut is not None:
                action.setShortcuts([QKeySequence(spec.shortcut),
                                     *(QKeySequence(k) for k in spec.more_keys)])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(spec.checkable)
            action.setIcon(icons.icon(spec.id))
            action.setToolTip(tooltip(action))
            handler: Callable[..., Any] = getattr(self, spec.handler)
            if spec.checkable:
                action.toggled.connect(handler)
            else:
                action.triggered.connect(lambda _=False, h=handler, a=spec.args: self._run(h, *a))
            self.addAction(action)
            self.actions_by_id[spec.id] = action
            if spec.toolbar or (self.read_only and spec.id in READ_ONLY_TOOLBAR):
                if spec.id in TOOLBAR_GROUPS_START and self.toolbar.actions():
                    self.toolbar.addSeparator()
                self.toolbar.addAction(action)
        self.board_menu = self._build_board_menu()
        # the board's own undo, zoom, fit and actual size win over the window's while it has
        # the focus (the window's actions with the same keys step aside: shortcut_claims)
        claim(self, [keys for a in self.actions_by_id.values() for keys in a.shortcuts()])

    def _build_board_menu(self) -> QMenu:
        """The toolbar's last button: every action that is not a button of its own."""
        on_toolbar = set(self.toolbar.actions())
        menu = QMenu(self)
        for title, ids in MENU_SECTIONS:
            actions = [self.actions_by_id[i] for i in ids if i in self.actions_by_id
                       and self.actions_by_id[i] not in on_toolbar]
            if actions:
                sub = menu.addMenu(QCoreApplication.translate("BoardMenus", str(title)))
                sub.addActions(actions)
        button = QToolButton(self.toolbar)
        button.setObjectName("boardMenu")
        button.setIcon(icons.icon("menu"))
        button.setText(self.tr("Board menu"))
        button.setToolTip(self.tr("Board menu: arrange, align, view, versions, export"))
        button.setAccessibleName(self.tr("Board menu"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        self.toolbar.addWidget(button)
        return menu

    def offered_actions(self) -> set[QAction]:
        """Every action a person reaches with the mouse: the toolbar and its board menu."""
        found = set(self.toolbar.actions())
        for sub in self.board_menu.findChildren(QMenu):
            found.update(sub.actions())
        return found & set(self.actions_by_id.values())

    # --- the context menu ---------------------------------------------------------------------

    def context_menu(self, clicked: QGraphicsItem | None, *, of_selection: bool = False
                     ) -> QMenu:
        """The short menu of the clicked item (selected first, when it was not), of the
        board itself (``clicked`` None), or of the selection (``of_selection``: the Menu
        key)."""
        owner = board_item_of(clicked)
        if not of_selection:
            if owner is None:
                self.scene.clearSelection()
            elif not owner.isSelected():
                self.scene.select_items([owner])
        rows = [self.scene.by_id[i].row for i in self.selected_ids()]
        vote_open = (not self.read_only
                     and self.services.boards.dot_votes.open_vote(self.board_id) is not None)
        menu = QMenu(self)
        menu.setObjectName("boardContextMenu")
        for entry in context_plan(rows, vote_open=vote_open):
            if entry == SEP:
                if menu.actions() and not menu.actions()[-1].isSeparator():
                    menu.addSeparator()
            elif isinstance(entry, tuple):
                title, ids = entry
                sub = QMenu(QCoreApplication.translate("BoardMenus", title), menu)
                sub.addActions([self.actions_by_id[i] for i in ids if i in self.actions_by_id])
                if sub.actions():
                    menu.addMenu(sub)
            elif entry in self.actions_by_id:
                menu.addAction(self.actions_by_id[entry])
        if menu.actions() and menu.actions()[-1].isSeparator():
            menu.removeAction(menu.actions()[-1])
        return menu

    def _show_context_menu(self, clicked: object, where: QPoint, of_selection: bool) -> None:
        menu = self.context_menu(clicked if isinstance(clicked, QGraphicsItem) else None,
                                 of_selection=of_selection)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    # --- plumbing -----------------------------------------------------------------------------

    def _run(self, handler: Callable[..., Any], *args: Any) -> Any:
        try:
            return handler(*args)
        except UserError as exc:
            self.show_error(exc)
            return None

    def show_error(self, error: UserError) -> None:
        self._say(error.message())

    def _say(self, text: str) -> None:
        """A message in the status line; a read-only board goes on saying that it is one."""
        if self.read_only:
            note = self.tr("Read-only: you can pan, zoom, select and copy, "
                           "but not change this board.")
            text = f"{text}\n{note}" if text else note
        self.status.setText(text)

    def selected_ids(self) -> list[str]:
        return self.scene.selected_ids()

    def _show_selection_count(self) -> None:
        count = self.scene.selection_count()
        self.selection_label.setText(self.tr("Selected: %1").replace("%1", str(count))
                                     if count else "")

    def _selected_or_fail(self) -> list[str]:
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("Select one or more items first."))
        return ids

    def _drop_point(self, width: float, height: float,
                    in_frames: bool = True) -> tuple[float, float]:
        """The top-left corner of a free place for a new item near the centre of the view."""
        return free_place(self.scene, self.view.visible_scene_rect(), width, height,
                          in_frames=in_frames)

    def select(self, ids: list[str]) -> None:
        by_id = self.scene.by_id
        self.scene.select_items(by_id[i] for i in ids if i in by_id)

    # --- adding -------------------------------------------------------------------------------

    def new_note(self) -> str:
        """A new empty note, open for typing at once (the "N" key, the toolbar button)."""
        item_id = self.add_note()
        self.edit_item(item_id)
        return item_id

    def edit_item(self, item_id: str) -> None:
        item = self.scene.by_id.get(item_id)
        if item is not None:
            self.view.setFocus()
            self.scene.edit_text(item)

    def add_note(self, text: str = "") -> str:
        x, y = self._drop_point(160, 160)
        item_id = self.commands.add("note", x=x, y=y, width=160.0, height=160.0, text=text,
                                    color=self.colour)
        self.select([item_id])
        return item_id

    def add_text(self, text: str = "") -> str:
        x, y = self._drop_point(320, 60)
        item_id = self.commands.add("text", x=x, y=y, width=320.0, height=60.0,
                                    text=text or self.tr("Text"), color="#202124")
        self.select([item_id])
        return item_id

    def add_shape(self, shape: str = "rectangle") -> str:
        x, y = self._drop_point(200, 140)
        item_id = self.commands.add("shape", x=x, y=y, width=200.0, height=140.0, shape=shape,
                                    color="#FFFFFF")
        self.select([item_id])
        return item_id

    def add_frame(self, title: str = "") -> str:
        x, y = self._drop_point(800, 560, in_frames=False)
        item_id = self.commands.add("frame", x=x, y=y, width=800.0, height=560.0,
                                    text=title or self.tr("Frame"), color="#E8EAED",
                                    z=self._below_all())
        self.select([item_id])
        return item_id

    def _below_all(self) -> float:
        return min((r["z"] for r in self.scene.all_rows()), default=0.0) - 1.0

    def connect_selected(self, label: str = "") -> str | None:
        ends = [i for i in self.scene.selectedItems() if isinstance(i, BoardItem)]
        if len(ends) != 2:
            raise InvalidInput("boards.connector_ends")
        ends.sort(key=lambda i: (i.pos().x(), i.pos().y()))
        return self.commands.add("connector", source_id=ends[0].item_id,
                                 target_id=ends[1].item_id, label=label)

    def choose_photos(self) -> Job | None:
        paths = editor_dialogs.ask_photo_files(self)
        if not paths:
            return None
        job = self.import_photos(paths)
        if len(paths) == 1:  # offered at once: what does the photo show?
            job.succeeded.connect(lambda _batch: self.describe_selected_photo()
                                  if job.result else None)
        return job

    def import_photos(self, paths: list[Path], at: QPointF | None = None) -> Job:
        """Import photo files off the UI thread (progress, Cancel), then put them on the board
        as one undo step. Returns the job; its result is the ids of the new board items."""
        from jalostamo.ui import workers
        from jalostamo.ui.canvas.photo_import import import_files
        from jalostamo.ui.progress import with_progress

        media, team_id, paths = self.services.media, self.team_id, [Path(p) for p in paths]
        job = workers.start("photoImport",
                            lambda task: import_files(media, paths, team_id, task),
                            on_error=self._photos_failed)
        job.succeeded.connect(lambda batch: self._photos_ready(job, batch, at))
        self._photo_jobs.append(job)
        job.finished.connect(lambda: self._photo_jobs.remove(job))
        with_progress(job, self.tr("Adding photos to the board…"), self.window())
        return job

    def _photos_ready(self, job: Job, batch: PhotoBatch, at: QPointF | None) -> None:
        from shiboken6 import isValid

        if not isValid(self):  # the board was closed meanwhile: the photos are stored
            return
        rows: list[dict[str, Any]] = []
        for media_id, (image, tiny) in batch.images.items():
            self.scene.photos.put(media_id, image, tiny)
        places: dict[tuple[float, float], tuple[float, float]] = {}
        for photo in batch.photos:
            rows.append(self._photo_row(photo.id, at, len(rows), size=(photo.width, photo.height),
                                        places=places))
        ids = self.commands.add_many(rows, self.tr("Add photo")) if rows else []
        if ids:
            self.select(ids)
        job.result = ids
        if batch.refused:
            self._say(" ".join(error.message() for _name, error in batch.refused))

    def _photos_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.show_error(error)
        else:
            from jalostamo.ui import errors

            errors.report(self, error)

    def import_photo_bytes(self, data: bytes, name: str) -> str:
        media_id = self.services.media.import_bytes(data, name, team_id=self.team_id)
        (item_id,) = self.commands.add_many([self._photo_row(media_id, None, 0)],
                                            self.tr("Add photo"))
        self.select([item_id])
        return item_id

    def _photo_row(self, media_id: str, at: QPointF | None, index: int, *,
                   size: tuple[int, int] | None = None,
                   places: dict[tuple[float, float], tuple[float, float]] | None = None
                   ) -> dict[str, Any]:
        if size is None:
            media = self.services.media.get(media_id)
            size = (media.width, media.height)
        width = PHOTO_WIDTH
        height = PHOTO_WIDTH * size[1] / max(1, size[0])
        if at is None:  # side by side from a free place (the ones before are not added yet)
            places = {} if places is None else places
            if (width, height) not in places:  # the same free place for photos of one shape
                places[(width, height)] = self._drop_point(width, height)
            x, y = places[(width, height)]
            x += (width + 24) * index
        else:
            x, y = at.x() - width / 2 + 24 * index, at.y() - height / 2 + 24 * index
        return {"kind": "photo", "media_id": media_id, "x": x, "y": y, "width": width,
                "height": height}

    def _dropped(self, paths: list[Path], at: QPointF) -> None:
        self._run(self.import_photos, paths, at)

    def selected_photo(self) -> str | None:
        """The media id of the one selected photo, else None."""
        selected = [i for i in self.scene.selectedItems() if hasattr(i, "row")]
        if len(selected) == 1 and selected[0].row.get("kind") == "photo":
            return str(selected[0].row.get("media_id") or "") or None
        return None

    def describe_selected_photo(self) -> dict[str, Any] | None:
        """Show and edit the selected photo's caption and alt text (one undo step)."""
        media_id = self.selected_photo()
        if media_id is None:
            self._say(self.tr("Select one photo first."))
            return None
        return self._run(self._describe_photo, media_id)

    def _describe_photo(self, media_id: str) -> dict[str, Any] | None:
        media = self.services.media.get(media_id)
        answer = editor_dialogs.ask_photo_description(self, media.caption, media.alt_text)
        if answer is None:
            return None
        return self.commands.describe_photo(media_id, *answer)

    def webcam_snapshot(self) -> None:
        editor_dialogs.take_snapshot(self)

    # --- editing ------------------------------------------------------------------------------

    def edit_selected_text(self) -> None:
        selected = self.scene.selectedItems()
        if len(selected) == 1 and hasattr(selected[0], "item_id"):
            self.scene.edit_text(selected[0])  # type: ignore[arg-type]

    def delete_selected(self) -> list[str]:
        ids = self._selected_or_fail()
        return self.commands.delete(ids) if ids else []

    def duplicate_selected(self) -> list[str]:
        ids = self._selected_or_fail()
        new_ids = self.commands.duplicate(ids) if ids else []
        self.select(new_ids)
        return new_ids

    def copy_selected(self) -> dict[str, Any] | None:
        ids = self._selected_or_fail()
        if not ids:
            return None
        payload = self.services.boards.copy(ids)
        clipboard.put_items(payload)
        return payload

    def cut_selected(self) -> None:
        if self.copy_selected() is not None:
            self.delete_selected()

    def paste(self) -> list[str]:
        """Paste board items (from any board or programme), an image, or text as a note."""
        offered = clipboard.take()
        if offered is None:
            return []
        kind, value = offered
        if kind == "items":
            ids = self.commands.paste(value, offset=24.0)
        elif kind == "image":
            ids = [self.import_photo_bytes(value, "clipboard.png")]
        else:
            ids = [self.add_note(value)]
        self.select(ids)
        return ids

    def select_all(self) -> None:
        self.scene.select_items(self.scene.by_id.values())

    def group_selected(self) -> None:
        if ids := self._selected_or_fail():
            self.commands.group(ids)

    def ungroup_selected(self) -> None:
        if ids := self._selected_or_fail():
            self.commands.ungroup(ids)

    def lock_selected(self, locked: bool = True) -> None:
        if ids := self._selected_or_fail():
            self.commands.set_locked(ids, locked)

    def bring_to_front(self) -> None:
        if ids := self._selected_or_fail():
            self.commands.bring_to_front(ids)

    def send_to_back(self) -> None:
        if ids := self._selected_or_fail():
            self.commands.send_to_back(ids)

    def rotate_selected(self, degrees: float) -> None:
        if ids := self._selected_or_fail():
            self.commands.rotate(ids, degrees)

    def align(self, edge: str) -> None:
        if ids := self._selected_or_fail():
            self.commands.align(ids, edge)

    def distribute(self, axis: str) -> None:
        if ids := self._selected_or_fail():
            self.commands.distribute(ids, axis)

    def nudge(self, dx: float, dy: float) -> None:
        if ids := self.selected_ids():
            self._run(self.commands.nudge, ids, dx, dy)

    def next_colour(self) -> None:
        self.colour = NOTE_COLORS[(NOTE_COLORS.index(self.colour) + 1) % len(NOTE_COLORS)]
        ids = [i for i in self.selected_ids()
               if self.scene.by_id[i].row["kind"] in ("note", "shape", "frame")]
        if ids:
            self.commands.set_color(ids, self.colour)

    # --- view ---------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.view.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.view.zoom_by(0.8)

    def fit(self) -> None:
        self.view.fit()

    def zoom_to_selection(self) -> None:
        if self._selected_or_fail():
            self.view.zoom_to_items(self.scene.selectedItems())

    def actual_size(self) -> None:
        self.view.zoom_to(1.0)

    def set_snap(self, on: bool) -> None:
        self.scene.snap = on

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    # --- template, versions, export, votes (dialogs in editor_dialogs) ------------------------

    def choose_template(self) -> None:
        """Ctrl+Shift+T: every template with its preview (the built-in ones and the
        facilitator's own); the one chosen goes on this board."""
        from jalostamo.ui.canvas.template_chooser import ask_board_template

        background = self.services.boards.board(self.board_id).template_key
        chosen = ask_board_template(self, for_board=True, current=f"builtin:{background}")
        if chosen is not None:
            self.apply_template(chosen)

    def apply_template(self, chosen: BoardTemplate) -> list[str]:
        """Put ``chosen`` on the board as one undo step: its items at a free place near the
        centre of the view, beside what is there (``board_templates.apply_template``); a
        template of zones only becomes the background. Returns the new items' ids."""
        from jalostamo.services import board_templates
        from jalostamo.ui.undo import run_operation

        bounds = board_templates.items_bounds(chosen)
        at = self._drop_point(bounds[2], bounds[3], in_frames=False) if bounds else None
        ids: list[str] = run_operation(
            self.undo_stack, self.tr("Apply template: %1").replace("%1", chosen.title),
            self.services.entities.operations,
            lambda: board_templates.apply_template(self.services.boards, self.board_id,
                                                   chosen, at))
        if ids:
            self.select(ids)
            self.view.zoom_to_items([self.scene.by_id[i] for i in ids if i in self.scene.by_id])
        return ids

    def set_template(self, key: str) -> None:
        self.commands.set_template(key)

    def ask_save_template(self) -> None:
        name = editor_dialogs.ask_template_name(self)
        if name is not None:
            self.save_as_template(name)

    def save_as_template(self, name: str) -> Path:
        """Save the board (its background and every item) as the facilitator's template,
        offered when a board is created (``board_templates``)."""
        from jalostamo.services.board_templates import save_board_as_template

        path = save_board_as_template(self.services.boards, self.board_id, name)
        self._say(self.tr("Template saved: %1").replace("%1", name.strip()))
        return path

    def present(self) -> PresentationWindow:
        """Show the board's frames one at a time on the projector (Esc ends)."""
        if self.presentation is not None:
            self.presentation.close()
        self.presentation = PresentationWindow(self.scene)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.closed.connect(self._presentation_ended)
        self.side.result_changed.connect(self.presentation.show_result)
        self.side.refresh()  # the shown vote's result on the projector too
        self.presentation.show_on_projector()
        return self.presentation

    def _presentation_ended(self) -> None:
        self.presentation = None

    def ask_keep_version(self) -> None:
        answer = editor_dialogs.ask_version(self, self.services)
        if answer is not None:
            self.keep_version(*answer)

    def keep_version(self, workshop_id: str | None, label: str) -> str:
        version_id = self.commands.keep_version(workshop_id, label)
        self._say(self.tr("Version kept: %1").replace("%1", label))
        return version_id

    def compare_versions(self) -> None:
        editor_dialogs.open_compare(self, self.services, self.board_id)

    def ask_export(self, fmt: str) -> None:
        editor_dialogs.ask_export(self, self.services, self.board_id, fmt)

    def ask_start_vote(self) -> None:
        dots = editor_dialogs.ask_dots(self)
        if dots is not None:
            self.start_vote(dots)

    def start_vote(self, dots: int, title: str = "") -> str:
        return self.commands.start_vote(dots, title)

    def place_dot_on_selected(self, voter: str | None = None) -> list[str]:
        vote = self.services.boards.dot_votes.open_vote(self.board_id)
        if vote is None:
            raise InvalidInput("boards.no_vote")
        voter = voter if voter is not None else self.side.voter()
        return [self.commands.place_dot(vote.id, item_id, voter)
                for item_id in self._selected_or_fail()
                if self.scene.by_id[item_id].row["kind"] != "connector"]

    def end_vote(self) -> None:
        vote = self.services.boards.dot_votes.open_vote(self.board_id)
        if vote is None:
            raise InvalidInput("boards.no_vote")
        self.commands.close_vote(vote.id)


def tooltip(action: QAction) -> str:
    """The action's name and its key as the platform writes it: "Sticky note (N)"."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    name = action.text().replace("&", "").rstrip("…")
    return f"{name} ({keys})" if keys else name


def board_item_of(item: QGraphicsItem | None) -> BoardItem | ConnectorItem | None:
    """The board item a clicked graphics item belongs to (a face is its item's child)."""
    while item is not None and not isinstance(item, BoardItem | ConnectorItem):
        item = item.parentItem()
    return item
