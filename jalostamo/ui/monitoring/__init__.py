"""Monitoring screens: indicators, measurements, charts, the roadmap, the decision, overview."""

from __future__ import annotations

from jalostamo.ui.monitoring.overview import OverviewWidget
from jalostamo.ui.monitoring.page import MonitoringPage

__all__ = ["MonitoringPage", "OverviewWidget"]
