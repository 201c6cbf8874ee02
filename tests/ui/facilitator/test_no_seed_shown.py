"""Issue 16: the random seed of a review round ("Siemenluku") is not shown to facilitators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSpinBox

from jalostamo.models import ReviewRound
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.review.round_setup import RoundSetup
from tests.ui.testing.i18n_helpers import installed


def test_the_review_round_shows_no_seed(services: Services, qtbot, tmp_path: Path) -> None:
    services.teams.add("Turku")
    services.teams.add("Oulu")
    round_id = services.reviews.add_round(title="Vertaisarviointi")
    seed = services.entities.get(ReviewRound, round_id).seed
    for _ in installed("review", "fi", tmp_path):
        bridge = ChangeBridge(services)
        view = RoundSetup(services, QUndoStack(), bridge)
        qtbot.addWidget(view)
        view.show()
        view.set_round(round_id)
        labels = [w.text() for w in view.findChildren(QLabel) if w.isVisible()]
        assert labels and not any("Siemen" in t or "Seed" in t for t in labels)
        assert [b for b in view.findChildren(QSpinBox)
                if b.isVisible() and b.value() == seed and b.maximum() == 999_999] == []
        view.assign()  # assigning still uses the stored seed
        assert services.entities.get(ReviewRound, round_id).seed == seed
        bridge.detach()
