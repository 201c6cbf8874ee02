"""Programme overview: themes, the next workshop and the teams × workshops progress matrix.

Each cell leads to the thing it summarises: the card column to the team's card, a workshop's
model, tests and reviews columns to the team's board, tests and reviews.

While a file is still being opened, the page shows the snapshot read with plain sqlite3
(:mod:`jalostamo.store.quick_read`); ``attach`` turns it live and keeps the scroll position and
the selected cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.ui.cheap_qt import BACKGROUND_ROLE, KEY_ROLE, show_plain
from jalostamo.ui.vocabulary import phase_name

if TYPE_CHECKING:
    from jalostamo.services import Services
    from jalostamo.services.opening import Snapshot
    from jalostamo.services.progress import ProgrammeProgress, ProgressService
    from jalostamo.ui.bridge import ChangeBridge

DONE = QColor("#D3F9D8")
PARTLY = QColor("#FFF3BF")


class OverviewPage(QWidget):
    """Emits ``requested(page_key)`` when a cell is opened."""

    requested = Signal(str)

    def __init__(self, services: Services | None, undo_stack: QUndoStack,
                 bridge: ChangeBridge | None, parent: QWidget | None = None, *,
                 snapshot: Snapshot | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.services: Services | None = None
        self.progress: ProgressService | None = None
        self.snapshot = snapshot
        self.title = QLabel(self)
        self.title.setObjectName("overviewTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("overviewDetails")
        self.details.setWordWrap(True)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextWorkshop")
        self.table = QTableWidget(self)
        self.table.setObjectName("progressMatrix")
        self.table.setAccessibleName(self.tr("Progress of the teams in each workshop"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.cellActivated.connect(self._open_cell)
        self.table.cellDoubleClicked.connect(self._open_cell)
        self._open_hint = self.tr("Open a cell (double-click or Enter) to go to what it "
                                  "summarises.")
        self.legend = QLabel(self._open_hint, self)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.next_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._refresh_timer.timeout.connect(self.refresh)
        if services is not None:
            self.attach(services, bridge)
        else:
            self.refresh()

    @property
    def is_live(self) -> bool:
        return self.services is not None

    def attach(self, services: Services, bridge: ChangeBridge | None) -> None:
        """Show the open document from now on (replacing the snapshot), in place."""
        from jalostamo.services.progress import ProgressService

        self.services = services
        self.progress = ProgressService(services.entities)
        self.snapshot = None
        if bridge is not None:
            bridge.changed.connect(self._changed)  # a method: disconnected when the page goes
        self.refresh()

    def _changed(self, _change: object) -> None:
        self._refresh_timer.start()

    def _data(self) -> tuple[str, str, Any]:
        """Name, organiser and a ``ProgrammeProgress`` or a ``Snapshot`` (the same shape)."""
        data: ProgrammeProgress | Snapshot
        if self.services is not None and self.progress is not None:
            programme = self.services.programme.get()
            data = self.progress.overview()
            return programme.name, programme.organiser, data
        assert self.snapshot is not None, "an overview needs a document or a snapshot"
        data = self.snapshot
        return data.name, data.organiser, data

    def refresh(self) -> None:
        name, organiser, data = self._data()
        show_plain(self.title, name)
        parts = []
        if organiser:
            parts.append(self.tr("Organiser: %1").replace("%1", organiser))
        themes = ", ".join(t.name for t in data.themes) or self.tr("none yet")
        parts.append(self.tr("Themes: %1").replace("%1", themes))
        parts.append(self.tr("Teams: %1").replace("%1", str(len(data.teams))))
        show_plain(self.details, " · ".join(parts))
        nxt = data.next_workshop
        if nxt is not None and nxt.held_on is not None:
            self.next_label.setText(self.tr("Next workshop: %1 (%2), %3").replace(
                "%1", str(nxt.number)).replace("%2", phase_name(nxt.phase)).replace(
                "%3", nxt.held_on.strftime("%d.%m.%Y") + (f", {nxt.venue}" if nxt.venue else "")))
        else:
            self.next_label.setText(self.tr("No upcoming workshop is scheduled."))

        headers = [self.tr("Team"), self.tr("Themes"), self.tr("Experiment card")]
        model_word, tests_word, reviews_word = self.tr("model"), self.tr("tests"), \
            self.tr("reviews")
        for w in data.workshops:
            short = self.tr("W%1").replace("%1", str(w.number))
            headers += [f"{short}\n{model_word}", f"{short}\n{tests_word}",
                        f"{short}\n{reviews_word}"]
        row_now, col_now = self.table.currentRow(), self.table.currentColumn()
        h_scroll = self.table.horizontalScrollBar().value()
        v_scroll = self.table.verticalScrollBar().value()
        header = self.table.horizontalHeader()
        # sized once when filled, not again after every cell
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(data.teams))
        for row, team in enumerate(data.teams):
            base = f"team:{team.team_id}"
            self._set(row, 0, team.name, base)
            self._set(row, 1, ", ".join(team.theme_names), f"{base}:card")
            card_text = self.tr("%1/%2 fields").replace("%1", str(team.card_filled)).replace(
                "%2", str(team.card_total))
            self._set(row, 2, card_text, f"{base}:card",
                      DONE if team.card_missing == 0 else PARTLY if team.card_filled else None)
            for i, w in enumerate(data.workshops):
                cell = team.workshops[w.id]
                col = 3 + 3 * i
                model = f"✓ {cell.model_items}" if cell.model_version else "–"
                self._set(row, col, model, f"{base}:board", DONE if cell.model_version else None,
                          cell.model_version or "")
                self._set(row, col + 1, str(cell.tests), f"{base}:tests",
                          DONE if cell.tests else None)
                tip = self.tr("%1 given, %2 received").replace(
                    "%1", str(cell.reviews_given)).replace("%2", str(cell.reviews_received))
                self._set(row, col + 2, f"{cell.reviews_given} / {cell.reviews_received}",
                          f"{base}:reviews",
                          DONE if cell.reviews_given and cell.reviews_received else None, tip)
        legend = self.tr("model: items in the version saved for the workshop; tests: sessions "
                         "reported at the workshop; reviews: given / received")
        for col in range(3, len(headers)):
            header_item = self.table.horizontalHeaderItem(col)
            if header_item is not None:
                header_item.setToolTip(legend)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 180)
        self.legend.setText(self.tr("No teams yet: add them in the programme setup.")
                            if not data.teams else self._open_hint)
        if 0 <= row_now < self.table.rowCount() and 0 <= col_now < self.table.columnCount():
            self.table.setCurrentCell(row_now, col_now)
        self.table.horizontalScrollBar().setValue(h_scroll)
        self.table.verticalScrollBar().setValue(v_scroll)

    def _set(self, row: int, col: int, text: str, key: str,
             color: QColor | None = None, tip: str = "") -> None:
        item = QTableWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setToolTip(tip or text)
        if color is not None:
            item.setData(BACKGROUND_ROLE, color)  # not setBackground: see cheap_qt
        self.table.setItem(row, col, item)

    def _open_cell(self, row: int, col: int) -> None:
        item = self.table.item(row, col)
        if item is not None and item.data(KEY_ROLE):
            self.requested.emit(str(item.data(KEY_ROLE)))
