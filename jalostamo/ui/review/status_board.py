"""Who has reviewed whom in a round, and what is missing: reviewers down, reviewees across."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from jalostamo.services import Change, Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.review.expert_dialog import expert_label, round_experts

STATE_LOOK = {
    "submitted": ("✓", "#B7E4C7"),
    "draft": ("…", "#FFE8A3"),
    "missing": ("○", "#F8D7DA"),
}


class StatusBoard(QWidget):
    def __init__(self, services: Services, bridge: ChangeBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBoard")
        self.svc = services
        self.round_id: str | None = None
        self.table = QTableWidget(self)
        self.table.setObjectName("statusTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self)
        self.summary.setObjectName("statusSummary")
        self.summary.setWordWrap(True)
        legend = QLabel(self.tr("✓ submitted · … started · ○ missing"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addWidget(self.summary)
        bridge.changed.connect(self._on_change)

    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in ("reviews", "review_assignments", "teams", "review_rounds", "people",
                            "review_authors"):
            self.refresh()

    def refresh(self) -> None:
        teams = self.svc.reviews.teams()
        names = [t.display_name for t in teams]
        index = {t.id: i for i, t in enumerate(teams)}
        rows = self.svc.reviews.status(self.round_id) if self.round_id is not None else []
        # invited experts get a row of their own each, below the teams
        experts = round_experts(self.svc, self.round_id) if self.round_id is not None else {}
        reviewer_row: dict[str, int] = {}  # assignment id -> row
        row_names = list(names)
        expert_rows: dict[str, int] = {}
        for status in rows:
            if status.reviewer_team_id is not None:
                if status.reviewer_team_id in index:
                    reviewer_row[status.assignment_id] = index[status.reviewer_team_id]
                continue
            person = experts.get(status.assignment_id)
            if person is None:
                continue
            if person.id not in expert_rows:
                expert_rows[person.id] = len(row_names)
                row_names.append(self.tr("Invited expert") + f": {expert_label(person)}")
            reviewer_row[status.assignment_id] = expert_rows[person.id]
        self.table.clear()
        self.table.setRowCount(len(row_names))
        self.table.setColumnCount(len(teams))
        self.table.setVerticalHeaderLabels(row_names)
        self.table.setHorizontalHeaderLabels(names)
        if self.round_id is None:
            self.summary.setText("")
            return
        missing: list[str] = []
        for status in rows:
            row = reviewer_row.get(status.assignment_id)
            if row is None or status.reviewee_team_id not in index:
                continue
            mark, colour = STATE_LOOK[status.state]
            item = QTableWidgetItem(mark)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(QBrush(QColor(colour)))
            item.setData(Qt.ItemDataRole.UserRole, status.state)
            self.table.setItem(row, index[status.reviewee_team_id], item)
            if status.state != "submitted":
                missing.append(f"{row_names[row]} → {names[index[status.reviewee_team_id]]}")
        done = sum(1 for s in rows if s.state == "submitted")
        text = self.tr("{done} of {total} reviews submitted.").replace(
            "{done}", str(done)).replace("{total}", str(len(rows)))
        if missing:
            text += " " + self.tr("Missing: {list}").replace("{list}", "; ".join(missing))
        self.summary.setText(text)

    def state_at(self, reviewer_row: int, reviewee_column: int) -> str | None:
        item = self.table.item(reviewer_row, reviewee_column)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
