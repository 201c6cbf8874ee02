"""Dot-vote results for the reports and the exports: counted from the stored dots of the
board's live items (the same rule as :meth:`DotVoteService.ranked`), item texts through the
report's privacy rules."""

from __future__ import annotations

from typing import Any

from jalostamo.reports.privacy import Privacy
from jalostamo.reports.views import Item, VoteView


def votes_of(tables: Any, board_id: str, items: list[Item], privacy: Privacy) -> list[VoteView]:
    text_of = {i.get("id"): privacy.text(str(i.get("text") or i.get("label") or ""))
               for i in items}
    result = []
    for vote in tables.votes.get(board_id, []):
        counts: dict[str, int] = {}
        for dot in tables.dots.get(vote.id, []):
            if dot.item_id in text_of:  # a dot on a deleted item does not count
                counts[dot.item_id] = counts.get(dot.item_id, 0) + 1
        ranked: list[tuple[int, str, int]] = []
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        for place, (item_id, count) in enumerate(ordered, start=1):
            rank = ranked[-1][0] if ranked and ranked[-1][2] == count else place
            ranked.append((rank, text_of[item_id], count))
        result.append(VoteView(privacy.text(vote.title), str(vote.status) == "closed", ranked))
    return result


def shown_dots(tables: Any, board_id: str, items: list[Item]) -> dict[str, int]:
    """Dots per item of the vote a board shows: the open vote, else the one closed last (as
    the board screen does)."""
    votes = tables.votes.get(board_id, [])
    if not votes:
        return {}
    open_votes = [v for v in votes if str(v.status) == "open"]
    vote = open_votes[-1] if open_votes else votes[-1]
    live = {i.get("id") for i in items}
    counts: dict[str, int] = {}
    for dot in tables.dots.get(vote.id, []):
        if dot.item_id in live:
            counts[dot.item_id] = counts.get(dot.item_id, 0) + 1
    return counts
