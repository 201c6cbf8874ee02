"""The editor's side column: the minimap and the dot vote (voter, results)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from jalostamo.services import Change, Services


class SidePanel(QWidget):
    def __init__(self, services: Services, board_id: str, minimap: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.board_id = board_id
        self.setFixedWidth(236)
        self.vote_title = QLabel(self)
        self.vote_title.setWordWrap(True)
        self.voter_edit = QLineEdit(self)
        self.voter_edit.setPlaceholderText(self.tr("Voter (name or team)"))
        self.results = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(minimap)
        layout.addWidget(self.vote_title)
        layout.addWidget(self.voter_edit)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        self.refresh()

    def voter(self) -> str:
        return self.voter_edit.text()

    def on_change(self, change: Change) -> None:
        if change.table in ("dots", "dot_votes", "board_items"):
            self.refresh()

    def refresh(self) -> None:
        boards = self.services.boards
        vote = boards.dot_votes.open_vote(self.board_id)
        self.results.clear()
        shown = vote is not None
        self.voter_edit.setVisible(shown)
        self.results.setVisible(shown)
        if vote is None:
            self.vote_title.setText(self.tr("No dot vote running."))
            return
        self.vote_title.setText(self.tr("Dot vote: %1 dots each").replace(
            "%1", str(vote.dots_per_voter)) + (f"\n{vote.title}" if vote.title else ""))
        results = boards.dot_votes.results(vote.id)
        texts = {r["id"]: r["text"] for r in boards.items_by_ids([i for i, _ in results])}
        for item_id, count in results:
            label = (texts.get(item_id) or self.tr("(no text)")).replace("\n", " ")[:60]
            self.results.addItem(f"{count} ● {label}")
