"""The editor's side column: the minimap and the dot vote (voter, results).

While a vote runs the panel shows its dots as they come; when it ends, its result stays: the
items ranked by dots (most first, with counts). Every ended vote of the board is listed, and
choosing one shows its result here and on the board (the scene follows ``shown_vote_changed``).
Results are counted from the stored dots, so they are the same after a restart."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from jalostamo.services import Change, Services

RESULT_TEXT = 60  # characters of an item's text in the result list


class SidePanel(QWidget):
    #: the id of the past vote the facilitator chose to show
    shown_vote_changed = Signal(str)
    #: what the panel shows of a vote: its title, the ranked lines and the items they count
    #: (empty when no vote is shown); the projector shows the same
    result_changed = Signal(str, list, list)

    def __init__(self, services: Services, board_id: str, minimap: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.board_id = board_id
        self.chosen_vote_id: str | None = None  # a past vote the facilitator chose
        self.shown_vote_id: str | None = None
        self.setFixedWidth(236)
        self.vote_title = QLabel(self)
        self.vote_title.setObjectName("voteTitle")
        self.vote_title.setWordWrap(True)
        self.voter_edit = QLineEdit(self)
        self.voter_edit.setPlaceholderText(self.tr("Voter (name or team)"))
        self.past_label = QLabel(self.tr("Past dot votes:"), self)
        self.past_votes = QComboBox(self)
        self.past_votes.setObjectName("pastVotes")
        self.past_votes.setAccessibleName(self.tr("Past dot votes"))
        self.past_label.setBuddy(self.past_votes)
        self.past_votes.activated.connect(
            lambda _i: self.show_vote(str(self.past_votes.currentData())))
        self.results = QListWidget(self)
        self.results.setObjectName("voteResults")
        self.results.setAccessibleName(self.tr("Dot vote result"))
        self.results.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(minimap)
        layout.addWidget(self.vote_title)
        layout.addWidget(self.voter_edit)
        layout.addWidget(self.past_label)
        layout.addWidget(self.past_votes)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        self.refresh()

    def voter(self) -> str:
        return self.voter_edit.text()

    def on_change(self, change: Change) -> None:
        if change.table in ("dots", "dot_votes", "board_items", "*"):
            self.refresh()

    def show_vote(self, vote_id: str) -> None:
        """Show a past vote's result (here and on the board)."""
        self.chosen_vote_id = vote_id
        self.refresh()
        self.shown_vote_changed.emit(vote_id)

    def vote_label(self, number: int, title: str) -> str:
        label = self.tr("Dot vote %1").replace("%1", str(number))
        return f"{label}: {title}" if title else label

    def result_lines(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]

    def refresh(self) -> None:
        dot_votes = self.services.boards.dot_votes
        votes = dot_votes.votes(self.board_id)
        numbers = {v.id: n for n, v in enumerate(votes, start=1)}
        vote = dot_votes.shown_vote(self.board_id, self.chosen_vote_id)
        past = dot_votes.past_votes(self.board_id)
        self.past_votes.blockSignals(True)
        self.past_votes.clear()
        for v in past:
            self.past_votes.addItem(self.vote_label(numbers[v.id], v.title), v.id)
        running = vote is not None and dot_votes.is_open(vote)
        if vote is not None and not running:
            self.past_votes.setCurrentIndex(self.past_votes.findData(vote.id))
        self.past_votes.blockSignals(False)
        self.past_label.setVisible(bool(past))
        self.past_votes.setVisible(bool(past))
        self.voter_edit.setVisible(running)
        self.results.setVisible(vote is not None)
        self.results.clear()
        self.shown_vote_id = vote.id if vote is not None else None
        if vote is None:
            self.vote_title.setText(self.tr("No dot vote running."))
            self.result_changed.emit("", [], [])
            return
        if running:
            self.vote_title.setText(self.tr("Dot vote: %1 dots each").replace(
                "%1", str(vote.dots_per_voter)) + (f"\n{vote.title}" if vote.title else ""))
        else:
            self.vote_title.setText(self.tr("Result – %1").replace(
                "%1", self.vote_label(numbers[vote.id], vote.title)))
        ranked = dot_votes.ranked(vote.id)
        texts = {r["id"]: r["text"] for r in self.services.boards.items_by_ids(
            [item_id for _, item_id, _ in ranked])}
        lines = []
        for rank, item_id, count in ranked:
            label = (texts.get(item_id) or self.tr("(no text)")).replace("\n", " ")[:RESULT_TEXT]
            lines.append((rank, label.casefold(), f"{rank}. {label} — {count} ●"))
        for _, _, line in sorted(lines):  # items with as many dots in the order of their text
            self.results.addItem(line)
        if not ranked:
            self.results.addItem(self.tr("No dots yet."))
        self.result_changed.emit(self.vote_title.text(), self.result_lines(),
                                 [item_id for _, item_id, _ in ranked])
