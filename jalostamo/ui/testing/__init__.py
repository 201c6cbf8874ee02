"""Tests with the target audience: sessions, the feedback capture grid, insights, learning cards."""

from __future__ import annotations

from jalostamo.ui.testing.tests_page import TestsPage

__all__ = ["TestsPage"]
