"""Peer review between teams: rounds and assignment, review forms, status board, summaries."""

from __future__ import annotations

from jalostamo.ui.review.reviews_page import ReviewsPage

__all__ = ["ReviewsPage"]
