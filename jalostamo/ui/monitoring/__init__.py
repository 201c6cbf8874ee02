"""Monitoring screens: indicators, measurements, charts, the roadmap, the decision, overview."""

from __future__ import annotations

from jalostamo.ui.monitoring.monitoring_page import MonitoringPage
from jalostamo.ui.monitoring.overview import OverviewWidget

__all__ = ["MonitoringPage", "OverviewWidget"]
