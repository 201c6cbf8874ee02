"""A team's monitoring page: indicators with their charts and measurements, the roadmap and
the decision. The desk embeds it in the team page with the document's undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jalostamo.services import Change, Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.monitoring.decision import DecisionForm
from jalostamo.ui.monitoring.indicators import IndicatorsTab
from jalostamo.ui.monitoring.roadmap import RoadmapEditor


class MonitoringPage(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringPage")
        self.services = services
        self.undo_stack = undo_stack
        self.team_id = team_id
        self.indicators = IndicatorsTab(services, undo_stack, team_id, self)
        self.roadmap = RoadmapEditor(services, undo_stack, team_id, self)
        self.decision = DecisionForm(services, undo_stack, team_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.tabs.addTab(self.roadmap, self.tr("Roadmap"))
        self.tabs.addTab(self.decision, self.tr("Decision"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        if bridge is not None:  # without one, the page still refreshes after its own edits
            bridge.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        """Views refresh from committed changes (edits here, undo/redo, imports, merges)."""
        if change.table == "indicators" or change.op == "reloaded":
            self.indicators.refresh()
        elif change.table == "measurements":
            self.indicators.refresh_measurements()
        if change.table == "roadmap_items" or change.op == "reloaded":
            self.roadmap.refresh()
        if change.table == "experiment_cards" or change.op == "reloaded":
            self.decision.refresh()
