"""The indicators tab: the team's indicators, the selected one's form, chart and measurements."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.ui.monitoring.chart import IndicatorChart
from jalostamo.ui.monitoring.indicator_editor import IndicatorEditor
from jalostamo.ui.monitoring.labels import STATUS_COLORS, track_name
from jalostamo.ui.monitoring.library_dialog import LibraryDialog
from jalostamo.ui.monitoring.measurements import MeasurementPanel
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation


class IndicatorsTab(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, team_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.team_id = team_id

        self.list = QListWidget(self)
        self.list.setObjectName("indicatorList")
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.add_button = QPushButton(self.tr("New indicator"), self)
        mark_edits(self.add_button)
        self.add_button.clicked.connect(self.add_custom)
        self.library_button = QPushButton(self.tr("From the library…"), self)
        mark_edits(self.library_button)
        self.library_button.clicked.connect(self.add_from_library)
        self.delete_button = QPushButton(self.tr("Delete indicator"), self)
        mark_edits(self.delete_button)
        self.delete_button.clicked.connect(self.delete_selected)

        self.editor = IndicatorEditor(services, undo_stack, self)
        self.chart = IndicatorChart(self)
        self.measurements = MeasurementPanel(services, undo_stack, self)
        self.measurements.edited.connect(self.refresh_measurements)
        self.editor.saved.connect(self.refresh)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.library_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.delete_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.chart, 2)
        right_layout.addWidget(self.measurements, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.refresh()

    # --- reading ------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select(self, indicator_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == indicator_id:
                self.list.setCurrentRow(row)

    def refresh(self) -> None:
        keep = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for chart in self.services.monitoring.team_charts(self.team_id):
            item = QListWidgetItem(chart.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, chart.indicator_id)
            item.setToolTip(track_name(chart.status))
            item.setForeground(STATUS_COLORS[chart.status])
        self.list.blockSignals(False)
        if keep:
            self.select(keep)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def refresh_measurements(self) -> None:
        self.measurements.refresh()
        self._update_chart()
        self._recolor()

    def _recolor(self) -> None:
        charts = {c.indicator_id: c for c in self.services.monitoring.team_charts(self.team_id)}
        for row in range(self.list.count()):
            item = self.list.item(row)
            chart = charts.get(str(item.data(Qt.ItemDataRole.UserRole)))
            if chart:
                item.setForeground(STATUS_COLORS[chart.status])
                item.setToolTip(track_name(chart.status))

    def _show_selected(self) -> None:
        indicator_id = self.selected_id()
        indicator = self.services.monitoring.find_indicator(indicator_id) if indicator_id else None
        self.editor.load(indicator)
        self.measurements.load(indicator.id if indicator else None, self.team_id)
        self.delete_button.setEnabled(indicator is not None)
        self._update_chart()

    def _update_chart(self) -> None:
        indicator_id = self.selected_id()
        self.chart.set_data(self.services.monitoring.chart_data(indicator_id)
                            if indicator_id else None)

    # --- editing ------------------------------------------------------------------------------

    def add_custom(self) -> str | None:
        mon = self.services.monitoring
        name = self.tr("New indicator")
        return self._create(lambda: mon.add_indicator(self.team_id, name))

    def add_from_library(self, key: str | None = None) -> str | None:
        if not key:
            dialog = LibraryDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            key = dialog.selected_key()
            if not key:
                return None
        chosen = key
        mon = self.services.monitoring
        return self._create(lambda: mon.add_library_indicator(self.team_id, chosen,
                                                              current_language()))

    def _create(self, first: Callable[[], str]) -> str | None:
        try:
            row_id = run_operation(self.undo_stack, self.tr("Add indicator"),
                                   self.services.entities.operations, first)
        except UserError as exc:
            self.editor.error.setText(exc.message(current_language()))
            return None
        self.refresh()
        self.select(row_id)
        return row_id

    def delete_selected(self) -> None:
        indicator_id = self.selected_id()
        if indicator_id is None:
            return
        mon = self.services.monitoring
        run_operation(self.undo_stack, self.tr("Delete indicator"),
                      self.services.entities.operations,
                      lambda: mon.delete_indicator(indicator_id))
        self.refresh()
