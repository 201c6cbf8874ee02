"""Dot votes (pisteäänestys) on a board: the facilitator starts a vote with N dots for each
voter, dots are placed on items and removed, results are counted; at most one vote per board
is open at a time. Votes and dots are stored rows, so undo is a tombstone that is lifted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from jalostamo.errors import InvalidInput
from jalostamo.models import BoardItem, Dot, DotVote, ItemKind, VoteStatus
from jalostamo.services.entities import Entities

MIN_DOTS, MAX_DOTS = 1, 20
LIVE_ITEM_IDS = text(
    "SELECT id FROM board_items WHERE board_id = :board_id AND deleted_at IS NULL")


class DotVoteService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    def start_vote(self, board_id: str, dots_per_voter: int, title: str = "") -> str:
        """Open a vote with ``dots_per_voter`` dots for each voter; a vote still open on the
        board is closed first."""
        if isinstance(dots_per_voter, bool) or not isinstance(dots_per_voter, int) \
                or not MIN_DOTS <= dots_per_voter <= MAX_DOTS:
            raise InvalidInput("boards.vote_dots", low=MIN_DOTS, high=MAX_DOTS)
        for vote in self.votes(board_id):
            if vote.status == VoteStatus.OPEN:
                self.close_vote(vote.id)
        return self.entities.create(DotVote, board_id=board_id, title=title,
                                    dots_per_voter=dots_per_voter, status=VoteStatus.OPEN)

    def votes(self, board_id: str) -> list[DotVote]:
        """The board's votes, oldest first."""
        return sorted(self.entities.list(DotVote, board_id=board_id),
                      key=lambda v: (v.created_at, v.id))

    def past_votes(self, board_id: str) -> list[DotVote]:
        """The board's ended votes, newest first: their results stay (counted from the dots)."""
        return [v for v in reversed(self.votes(board_id)) if v.status == VoteStatus.CLOSED]

    @staticmethod
    def is_open(vote: DotVote) -> bool:
        return vote.status == VoteStatus.OPEN

    def shown_vote(self, board_id: str, chosen_id: str | None = None) -> DotVote | None:
        """The vote whose dots a board shows: the open one, else the past vote the
        facilitator chose, else the one that ended last."""
        votes = self.votes(board_id)
        open_vote = next((v for v in votes if v.status == VoteStatus.OPEN), None)
        if open_vote is not None:
            return open_vote
        past = [v for v in reversed(votes) if v.status == VoteStatus.CLOSED]
        return next((v for v in past if v.id == chosen_id), past[0] if past else None)

    def ranked(self, vote_id: str) -> list[tuple[int, str, int]]:
        """(rank, item id, dots), most dots first; items with as many dots share a rank."""
        ranked: list[tuple[int, str, int]] = []
        for place, (item_id, count) in enumerate(self.results(vote_id), start=1):
            rank = ranked[-1][0] if ranked and ranked[-1][2] == count else place
            ranked.append((rank, item_id, count))
        return ranked

    def open_vote(self, board_id: str) -> DotVote | None:
        return next((v for v in self.votes(board_id) if v.status == VoteStatus.OPEN), None)

    def close_vote(self, vote_id: str) -> dict[str, Any]:
        """End a vote; returns the old values (empty when it had already ended)."""
        return self.entities.update(DotVote, vote_id, status=VoteStatus.CLOSED)

    def place_dot(self, vote_id: str, item_id: str, voter: str) -> str:
        vote = self.entities.get(DotVote, vote_id)
        if vote.status != VoteStatus.OPEN:
            raise InvalidInput("boards.vote_closed")
        voter = voter.strip()
        if not voter:
            raise InvalidInput("boards.voter_required")
        item = self.entities.find(BoardItem, item_id)
        if item is None or item.board_id != vote.board_id or item.kind == ItemKind.CONNECTOR:
            raise InvalidInput("boards.vote_item")
        used = self.entities.count(Dot, vote_id=vote_id, voter=voter)
        if used >= vote.dots_per_voter:
            raise InvalidInput("boards.no_dots_left", voter=voter, dots=vote.dots_per_voter)
        return self.entities.create(Dot, vote_id=vote_id, item_id=item_id, voter=voter)

    def remove_dot(self, dot_id: str) -> None:
        self.entities.delete(Dot, dot_id)

    def dots(self, vote_id: str) -> list[Dot]:
        return self.entities.list(Dot, vote_id=vote_id)

    def results(self, vote_id: str) -> list[tuple[str, int]]:
        """(item id, dots) for every live item that got a dot, most dots first."""
        board_id = self.entities.get(DotVote, vote_id).board_id
        with self.doc.session() as session:
            live = set(session.execute(LIVE_ITEM_IDS, {"board_id": board_id}).scalars())
        counts: dict[str, int] = {}
        for dot in self.dots(vote_id):
            if dot.item_id in live:
                counts[dot.item_id] = counts.get(dot.item_id, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
