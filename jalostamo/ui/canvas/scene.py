"""The board scene: a view of one board's stored rows, refreshed from change events.

The scene never owns the truth. A drag moves items on screen only; on release the scene hands
the new positions to :class:`BoardCommands` (one ``update_many``, one undo step) and the change
event that follows brings every affected item (also the ones a frame carried) to its stored
state.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from jalostamo.errors import UserError
from jalostamo.services import Change, Op, Services
from jalostamo.services.boards import paused_gc, template
from jalostamo.ui.canvas.commands import BoardCommands
from jalostamo.ui.canvas.guides import MAX_TARGETS, TOLERANCE_PX, Guides
from jalostamo.ui.canvas.inline_editor import InlineEditor
from jalostamo.ui.canvas.items import AnyItem, BoardItem, ConnectorItem, PhotoItem, make_item
from jalostamo.ui.canvas.items.base import GRID, brush
from jalostamo.ui.canvas.items.connector import LABEL_SIZES, label_size
from jalostamo.ui.canvas.lazy import MATERIALISE_ZOOM, VIEW_MARGIN, LazyItems, RowGrid, waits
from jalostamo.ui.canvas.photo_cache import PhotoCache
from jalostamo.ui.canvas.template_background import draw_template, template_rect

MARGIN = 2000.0
BACKGROUND = QGraphicsScene.SceneLayer.BackgroundLayer  # where rows that wait are drawn
GUIDE = "#E8336D"
GUIDES_ZOOM = 0.1  # below this zoom a drag shows no alignment guides
CONTAINERS = ("frame", "photo")


def row_rect(row: dict[str, Any]) -> QRectF:
    return QRectF(row["x"], row["y"], row["width"], row["height"])


@cache
def guide_pen() -> QPen:
    pen = QPen(QColor(GUIDE), 1.5)
    pen.setCosmetic(True)
    return pen


class BoardScene(QGraphicsScene):
    """``failed(UserError)`` reports an edit the services refused; ``contents_changed()``
    follows every change of the items shown (loaded, added, changed, removed)."""

    failed = Signal(object)
    template_changed = Signal()
    contents_changed = Signal()

    def __init__(self, services: Services, board_id: str | None,
                 commands: BoardCommands | None = None, photos: PhotoCache | None = None,
                 template_key: str = "empty") -> None:
        super().__init__()
        self.services = services
        self.board_id = board_id
        self.chosen_vote_id: str | None = None  # a past dot vote chosen in the side panel
        self.commands = commands
        self.photos = photos or PhotoCache(services)
        #: ``lazy``: a board's plain notes wait as rows until they are needed (see lazy.py)
        self.lazy = False
        self.grid = RowGrid()
        self.by_id = LazyItems(self.grid, self._make_waiting)
        self.snap = False
        self.template: dict[str, Any] | None = template(template_key)
        self._drag_start: dict[str, QPointF] = {}
        self._carried: dict[str, QPointF] = {}
        self._guides: Guides | None = None  # while dragging: the edges of the items in view
        self._drag_rect = QRectF()
        self.guide_lines: list[QLineF] = []
        self._editor: InlineEditor | None = None
        self._expanding = False
        self._selected: set[AnyItem] = set()
        self.detail = True  # items show their faces (text, outlines); see items/base.py
        self._content_rect: QRectF | None = None  # the items' bounding rect, kept until a change
        self._dotted: set[str] = set()  # items showing dots (the others need no refresh)
        self.label_px = LABEL_SIZES[0]  # connector labels' font size at the editor's zoom
        self.force_detail = 0  # > 0: faces stay shown (a presentation of the frames)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._faces_follow_selection)  # first: it keeps _selected
        self.selectionChanged.connect(self._select_whole_groups)

    # --- loading and refreshing -----------------------------------------------------------------

    def load(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows`` (all of a board, or a version's snapshot), replacing what was shown."""
        self._content_rect = None
        self._dotted.clear()
        blocked = self.blockSignals(True)
        try:
            for item in self.by_id.made():
                self.removeItem(item)
            self.by_id.clear()
            self._selected.clear()
            self.photos.load(r["media_id"] for r in rows if r.get("media_id"))
            with paused_gc():
                self._add_rows(rows)
        finally:
            self.blockSignals(blocked)
        self._fit_scene_rect()
        self.contents_changed.emit()

    def _add_rows(self, rows: list[dict[str, Any]]) -> None:
        if self.lazy:  # plain notes wait as rows; connectors' ends are made at once
            ends = {r.get(end) for r in rows if r["kind"] == "connector"
                    for end in ("source_id", "target_id")}
            waiting = [r for r in rows if waits(r) and r["id"] not in ends]
            if waiting:
                self.grid.add_many(waiting)
                if len(waiting) > 100:
                    self.invalidate(QRectF(), BACKGROUND)
                else:
                    for row in waiting:
                        self.invalidate(row_rect(row), BACKGROUND)
                ids = {r["id"] for r in waiting}
                rows = [r for r in rows if r["id"] not in ids]
        connectors: list[ConnectorItem] = []
        for row in rows:
            item = make_item(row, detail=self.detail)
            item.detail = self.detail
            self.by_id[item.item_id] = item
            if isinstance(item, ConnectorItem):
                item.label_px = self.label_px
                connectors.append(item)
            elif isinstance(item, PhotoItem):
                self._show_photo(item, row.get("media_id"))
            if self.commands is None and isinstance(item, BoardItem):  # a read-only view
                item.read_only = True
                item.apply(row)
            self.addItem(item)
        for connector in connectors:
            self._attach(connector)

    def _make_waiting(self, ids: list[str]) -> None:
        """Make the items of waiting rows (``by_id`` asks for them); their flat drawing in
        the background goes (one invalidation for all)."""
        shown = QRectF()
        with paused_gc():
            for row in self.grid.pop_many(ids):
                item = make_item(row, detail=self.detail)
                dict.__setitem__(self.by_id, row["id"], item)
                self.addItem(item)
                shown = shown.united(row_rect(row))
        if not shown.isEmpty():
            self.invalidate(shown, BACKGROUND)

    def materialise_in(self, rect: QRectF) -> None:
        """Make the items of the waiting rows in ``rect`` (clicked, caught by the rubber
        band, or shown close enough to read)."""
        if self.grid.rows:
            self._make_waiting(self.grid.ids_in(rect))

    def show_view(self, visible: QRectF, zoom: float) -> None:
        """A view is about to paint ``visible`` at ``zoom``: from the zoom at which notes
        show their text on, make the items in it and in a margin around it."""
        if self.grid.rows and zoom >= MATERIALISE_ZOOM:
            dx, dy = visible.width() * VIEW_MARGIN, visible.height() * VIEW_MARGIN
            self.materialise_in(visible.adjusted(-dx, -dy, dx, dy))

    def all_rows(self) -> list[dict[str, Any]]:
        """The rows of every item shown, made or waiting."""
        return [*(i.row for i in self.by_id.made()), *self.grid.rows.values()]

    def _show_photo(self, item: PhotoItem, media_id: str | None) -> None:
        item.set_pixmap(self.photos.get(media_id), self.photos.tiny(media_id))

    def set_detail(self, on: bool) -> None:
        """Show every item's face (text, outlines) or, zoomed out, only flat fills (faces of
        selected, locked and voted items stay)."""
        if on == self.detail:
            return
        self.detail = on
        for item in self.by_id.made():
            item.detail = on
            if isinstance(item, BoardItem):
                item.sync_face()
            else:
                item.update()

    def set_label_zoom(self, zoom: float) -> None:
        """Size connector labels to be readable at the editor's ``zoom`` (a few sizes only:
        the connectors are walked when the size changes, not at every zoom step)."""
        px = label_size(zoom)
        if px == self.label_px:
            return
        self.label_px = px
        for item in self.by_id.made():
            if isinstance(item, ConnectorItem):
                item.set_label_px(px)

    def _attach(self, connector: ConnectorItem) -> None:
        source = self.by_id.get(connector.row.get("source_id") or "")
        target = self.by_id.get(connector.row.get("target_id") or "")
        connector.attach(source if isinstance(source, BoardItem) else None,
                         target if isinstance(target, BoardItem) else None)

    def content_rect(self) -> QRectF:
        """The bounding rect of every item, measured once after each change (fitting the view,
        the minimap and the scene rect all ask for it; Qt walks every item each time)."""
        if self._content_rect is None:
            self._content_rect = self.itemsBoundingRect().united(self.grid.bounds())
        return QRectF(self._content_rect)

    def _fit_scene_rect(self) -> None:
        rect = self.content_rect()
        if self.template is not None:
            rect = rect.united(template_rect(self.template))
        self.setSceneRect(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def set_template(self, template_key: str) -> None:
        self.template = template(template_key)
        self._fit_scene_rect()
        self.template_changed.emit()
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def on_change(self, change: Change) -> None:
        """Bring the scene up to date with a committed change of the document."""
        if self.board_id is None:
            return
        if change.table == "*":  # a merge or an import changed many tables at once
            board = self.services.boards.find_board(self.board_id)
            if board is None:
                self.load([])
                return
            self.set_template(board.template_key)
            self.load(self.services.boards.items(self.board_id))
            self.refresh_votes()
        elif change.table == "boards" and self.board_id in change.ids:
            if change.op == Op.DELETED:  # e.g. undoing the creation of the team's board
                self.load([])
                return
            self.set_template(self.services.boards.board(self.board_id).template_key)
        elif change.table in ("dots", "dot_votes"):
            self.refresh_votes()
        elif change.table == "board_items":
            if change.op == Op.RELOADED:
                self.load(self.services.boards.items(self.board_id))
            elif change.op == Op.DELETED:
                self._remove(change.ids)
            else:
                rows = [r for r in self.services.boards.items_by_ids(change.ids)
                        if r["board_id"] == self.board_id]
                self._upsert(rows)

    def _remove(self, ids: tuple[str, ...]) -> None:
        self._content_rect = None
        deselected = False
        # Qt emits selectionChanged for every selected item removed, and each emission walks
        # the selection: deleting 5,000 selected items took 40 s. One emission at the end.
        blocked = self.blockSignals(True)
        try:
            for item_id in ids:
                waiting = self.grid.rows.get(item_id)
                if waiting is not None:
                    self.grid.pop(item_id)
                    self.invalidate(row_rect(waiting), BACKGROUND)
                    continue
                item = self.by_id.pop(item_id, None)
                if item is None:
                    continue
                if item in self._selected:
                    self._selected.discard(item)
                    deselected = True
                if isinstance(item, ConnectorItem):
                    item.attach(None, None)
                else:
                    for connector in list(item.connectors):
                        connector.attach(None if connector.source is item else connector.source,
                                         None if connector.target is item else connector.target)
                self.removeItem(item)
        finally:
            self.blockSignals(blocked)
        if deselected:
            self.selectionChanged.emit()
        self.contents_changed.emit()

    def _upsert(self, rows: list[dict[str, Any]]) -> None:
        self._content_rect = None
        fresh = [r for r in rows if r["id"] not in self.by_id]
        for row in rows:
            waiting = self.grid.pop(row["id"])
            if waiting is not None:  # a row that waits: redrawn flat, or made if it must be
                self.invalidate(row_rect(waiting), BACKGROUND)
                self.grid.add(row)
                self.invalidate(row_rect(row), BACKGROUND)
                if not waits(row):
                    self._make_waiting([row["id"]])
                continue
            item = self.by_id.get(row["id"])
            if item is None:
                continue
            ends = (item.row.get("source_id"), item.row.get("target_id"))
            if isinstance(item, PhotoItem) and row.get("media_id") != item.row.get("media_id"):
                self._show_photo(item, row.get("media_id"))
            item.apply(row)
            if isinstance(item, ConnectorItem) and ends != (row["source_id"], row["target_id"]):
                self._attach(item)
        if fresh:
            self.photos.load(r["media_id"] for r in fresh if r.get("media_id"))
            self._add_rows(fresh)
            for item in self.by_id.made():  # a restored end brings its connectors back
                if isinstance(item, ConnectorItem) and (item.source is None
                                                        or item.target is None):
                    self._attach(item)
        self._grow_scene_rect(rows)
        self.contents_changed.emit()

    def _grow_scene_rect(self, rows: list[dict[str, Any]]) -> None:
        """Keep room around changed items without walking all items (itemsBoundingRect)."""
        rect = self.sceneRect()
        for row in rows:
            item = dict.get(self.by_id, row["id"])
            found = item.sceneBoundingRect() if item is not None else row_rect(row)
            rect = rect.united(found.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if rect != self.sceneRect():
            self.setSceneRect(rect)

    def refresh_votes(self) -> None:
        """Show the dots of the running vote, else the result of a past one (the vote chosen
        in the side panel, else the one that ended last): counts, and the most-voted items
        highlighted."""
        counts: dict[str, int] = {}
        top: set[str] = set()
        if self.board_id is not None:
            dot_votes = self.services.boards.dot_votes
            vote = dot_votes.shown_vote(self.board_id, self.chosen_vote_id)
            if vote is not None:
                ranked = dot_votes.ranked(vote.id)
                counts = {item_id: count for _, item_id, count in ranked}
                top = {item_id for rank, item_id, _ in ranked if rank == 1}
        for item_id in set(counts) | self._dotted:  # not every item of a big board
            item = self.by_id.get(item_id)
            if isinstance(item, BoardItem):
                item.set_dots(counts.get(item_id, 0), top=item_id in top)
        self._dotted = set(counts)

    def show_vote(self, vote_id: str) -> None:
        """Show a past vote's result on the board."""
        self.chosen_vote_id = vote_id or None
        self.refresh_votes()

    # --- selection ----------------------------------------------------------------------------

    def select_items(self, items: Iterable[QGraphicsItem], *, add: bool = False) -> None:
        """Select ``items`` (in place of the selection, or ``add``ed to it) with one
        ``selectionChanged``: Qt emits it for every ``setSelected``, and each emission walks
        the whole selection (faces, groups, the count), which made select-all quadratic."""
        blocked = self.blockSignals(True)
        try:
            if not add:
                self.clearSelection()
            for item in items:
                item.setSelected(True)
        finally:
            self.blockSignals(blocked)
        self.selectionChanged.emit()

    def selection_count(self) -> int:
        """How many items are selected (kept as the selection changes: no walk over it)."""
        return len(self._selected)

    def selected_ids(self) -> list[str]:
        return [i.item_id for i in self.selectedItems()
                if isinstance(i, BoardItem | ConnectorItem)]

    def _faces_follow_selection(self) -> None:
        """Repaint the faces whose selection changed (the outline and handle are theirs)."""
        now = {i for i in self.selectedItems() if isinstance(i, BoardItem | ConnectorItem)}
        changed, self._selected = now ^ self._selected, now
        for item in changed:
            item.selection_changed()

    def _select_whole_groups(self) -> None:
        if self._expanding:
            return
        groups = {i.row.get("group_id") for i in self._selected
                  if isinstance(i, BoardItem)} - {None}
        if not groups:
            return
        members = [self.by_id[row["id"]] for row in self.all_rows()
                   if row.get("group_id") in groups]
        members = [item for item in members if not item.isSelected()]
        if not members:
            return
        self._expanding = True
        try:
            self.select_items(members, add=True)
        finally:
            self._expanding = False

    # --- dragging, resizing, editing ----------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        moving = [i for i in self.selectedItems() if isinstance(i, BoardItem) and not i.locked]
        self._drag_start = {i.item_id: i.pos() for i in moving}
        carriers = {i.item_id for i in moving if i.row["kind"] in CONTAINERS}
        self._carried = {}
        while carriers:
            inside = [r["id"] for r in self.all_rows() if r.get("frame_id") in carriers
                      and r["id"] not in self._drag_start and r["id"] not in self._carried]
            inner = {iid: item for iid in inside
                     if isinstance(item := self.by_id[iid], BoardItem) and not item.locked}
            self._carried.update({iid: item.pos() for iid, item in inner.items()})
            carriers = {iid for iid, item in inner.items() if item.row["kind"] in CONTAINERS}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not self._drag_start or self.mouseGrabberItem() is None:
            return
        some_id, start = next(iter(self._drag_start.items()))
        delta = self.by_id[some_id].pos() - start
        snapped = delta
        if self.snap:  # the grabbed group lands on the grid as a whole
            target = start + delta
            snapped = QPointF(round(target.x() / GRID) * GRID - start.x(),
                              round(target.y() / GRID) * GRID - start.y())
        elif not event.modifiers() & Qt.KeyboardModifier.AltModifier:  # Alt: no guides
            snapped = self._align_to_guides(delta)
        else:
            self._show_guides([])
        if snapped != delta:
            delta = snapped
            for item_id, origin in self._drag_start.items():
                self.by_id[item_id].setPos(origin + delta)
        for item_id, origin in self._carried.items():
            self.by_id[item_id].setPos(origin + delta)
        connectors = set()
        for item_id in (*self._drag_start, *self._carried):
            item = self.by_id[item_id]
            if isinstance(item, BoardItem):
                connectors.update(item.connectors)
        for connector in connectors:
            connector.follow()

    def _align_to_guides(self, delta: QPointF) -> QPointF:
        """Snap the dragged items to the edges and centres of the items in view (measured
        when the drag starts), and show the guides."""
        views = self.views()
        if not views:
            return delta
        zoom = views[0].transform().m11() or 1.0
        if self._guides is None:
            moving = set(self._drag_start) | set(self._carried)
            rect = QRectF()
            for item_id in self._drag_start:
                rect = rect.united(self.by_id[item_id].sceneBoundingRect())
            self._drag_rect = rect.translated(-delta)
            seen = views[0].mapToScene(views[0].viewport().rect()).boundingRect()
            # zoomed far out (thousands of items in view) there is nothing to align by eye
            found = self.items(seen) if zoom >= GUIDES_ZOOM else []
            targets = [i.sceneBoundingRect() for i in found
                       if isinstance(i, BoardItem) and i.item_id not in moving]
            if zoom >= GUIDES_ZOOM:  # and the notes in view that wait as rows
                targets += [row_rect(self.grid.rows[i]) for i in self.grid.ids_in(seen)]
            self._guides = Guides(targets if len(targets) <= MAX_TARGETS else [])
        dx, dy, lines = self._guides.snap(self._drag_rect.translated(delta),
                                          TOLERANCE_PX / zoom)
        self._show_guides(lines)
        return QPointF(delta.x() + dx, delta.y() + dy)

    def _show_guides(self, lines: list[QLineF]) -> None:
        for line in (*self.guide_lines, *lines):
            self.update(QRectF(line.p1(), line.p2()).normalized().adjusted(-4, -4, 4, 4))
        self.guide_lines = lines

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.guide_lines:
            painter.setPen(guide_pen())
            painter.drawLines(self.guide_lines)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        starts, self._drag_start = self._drag_start, {}
        self._carried = {}
        self._guides = None
        self._show_guides([])
        moves = {}
        for item_id, start in starts.items():
            item = self.by_id.get(item_id)
            if item is not None and item.pos() != start:
                moves[item_id] = (item.pos().x(), item.pos().y())
        if moves and self.commands is not None:
            self.run(lambda: self.commands.move(moves) if self.commands else None)

    def run(self, edit: Any) -> Any:
        """Run an edit; a refused one is reported and the items go back to their rows."""
        try:
            return edit()
        except UserError as exc:
            for item in self.by_id.made():
                item.apply(item.row)
            self.failed.emit(exc)
            return None

    def resize_requested(self, item: BoardItem, width: float, height: float) -> None:
        if self.commands is not None:
            commands = self.commands
            if self.snap:
                width, height = max(20.0, round(width / 20) * 20), max(20.0, round(height / 20) * 20)
            self.run(lambda: commands.resize(item.item_id, width, height))

    def edit_text(self, item: BoardItem | ConnectorItem) -> None:
        """Open the in-place editor over ``item``; the edit is one undo step when it closes."""
        if self.commands is None or item.locked:
            return
        self.close_editor()
        is_connector = isinstance(item, ConnectorItem)
        text = item.row.get("label" if is_connector else "text", "")
        rect: QRectF = item.sceneBoundingRect()
        editor = InlineEditor(text, min(rect.width(), 400.0) if not is_connector else 240.0)
        editor.setPos(rect.center() - editor.boundingRect().center() if is_connector
                      else rect.topLeft())
        self.addItem(editor)
        self._editor = editor
        commands = self.commands
        item_id = item.item_id

        def finished(new_text: str) -> None:
            self.close_editor()
            if new_text != text:
                self.run(lambda: commands.set_text(item_id, new_text, label=is_connector))

        editor.finished.connect(finished)
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)  # the caret after the text, ready to go on typing

    def text_editor(self) -> InlineEditor | None:
        """The open in-place text editor, if any."""
        return self._editor

    def close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None and editor.scene() is self:
            self.removeItem(editor)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, Qt.GlobalColor.white)
        if self.template is not None and self.template["zones"]:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_template(painter, self.template)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self.grid.rows:  # the notes that wait as rows, flat (as made notes look zoomed
            # out), below every made item (frames are translucent; connectors, texts on top)
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            for colour, rects in self.grid.flat(QRectF(rect)):
                painter.setBrush(brush(colour))
                painter.drawRects(rects)
            painter.restore()
