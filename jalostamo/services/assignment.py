"""Who reviews whom: the pure reviewer-assignment algorithm (no database, no Qt).

Each team reviews ``k`` others (``n - 1`` when there are fewer), never itself and never the
same team twice in a round; every team is reviewed equally often (exactly, when the plan is
made here; the facilitator's hand adjustments may leave it at ±1, which :func:`check` reports);
teams of other cities and other themes are preferred. The same input and seed always give the
same plan.

The plan starts from a circulant design — order the teams, and let the team at position ``i``
review the teams at ``i + s`` for ``k`` distinct shifts ``s`` — which makes every in- and
out-degree exactly ``k``. The order and shifts are drawn from a seeded generator; the cheapest
of several draws is then improved by swapping the reviewees of two pairs, which keeps every
degree unchanged.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: cost of a pair, so that "other cities" weighs more than "other themes"
SAME_CITY_COST = 8.0
SHARED_THEME_COST = 2.0
RECIPROCAL_COST = 0.5  # A reviews B and B reviews A: allowed, but variety is better

DRAWS = 40
SWAP_ROUNDS = 400

Pair = tuple[str, str]  # (reviewer, reviewee)


@dataclass(frozen=True)
class TeamInfo:
    """What the algorithm knows of a team: its id, city and themes."""

    id: str
    city: str = ""
    themes: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Balance:
    """Reviews given and received per team, and what breaks the rules."""

    given: dict[str, int]
    received: dict[str, int]
    self_reviews: tuple[str, ...]
    duplicates: tuple[Pair, ...]

    @property
    def spread(self) -> int:
        """Most minus fewest reviews received (0 or 1 is balanced)."""
        values = list(self.received.values())
        return max(values) - min(values) if values else 0

    @property
    def ok(self) -> bool:
        return not self.self_reviews and not self.duplicates and self.spread <= 1


def reviews_per_team(team_count: int, k: int) -> int:
    """How many teams each team can review: ``k``, or all the others when there are fewer."""
    return max(0, min(k, team_count - 1))


def pair_cost(reviewer: TeamInfo, reviewee: TeamInfo) -> float:
    cost = 0.0
    if reviewer.city and reviewer.city.casefold() == reviewee.city.casefold():
        cost += SAME_CITY_COST
    cost += SHARED_THEME_COST * len(reviewer.themes & reviewee.themes)
    return cost


def plan_cost(pairs: Iterable[Pair], teams: Sequence[TeamInfo]) -> float:
    by_id = {t.id: t for t in teams}
    pair_set = set(pairs)
    cost = sum(pair_cost(by_id[a], by_id[b]) for a, b in pair_set)
    reciprocal = sum(1 for a, b in pair_set if (b, a) in pair_set) / 2
    return cost + RECIPROCAL_COST * reciprocal


def assign(teams: Sequence[TeamInfo], k: int = 2, seed: int = 0) -> list[Pair]:
    """A plan of (reviewer, reviewee) pairs; sorted by the teams' order in ``teams``."""
    ids = [t.id for t in teams]
    if len(set(ids)) != len(ids):
        raise ValueError("team ids must be unique")
    n = len(teams)
    per_team = reviews_per_team(n, k)
    if per_team == 0:
        return []
    rng = random.Random(seed)
    best: list[Pair] | None = None
    best_cost = float("inf")
    canonical = sorted(teams, key=lambda t: t.id)  # the caller's order does not matter
    for _ in range(DRAWS):
        order = list(canonical)
        rng.shuffle(order)
        shifts = sorted(rng.sample(range(1, n), per_team))
        pairs = [(order[i].id, order[(i + s) % n].id) for i in range(n) for s in shifts]
        cost = plan_cost(pairs, teams)
        if cost < best_cost:
            best, best_cost = pairs, cost
    assert best is not None
    improved = _improve_by_swaps(best, teams, rng)
    position = {team_id: i for i, team_id in enumerate(ids)}
    return sorted(improved, key=lambda p: (position[p[0]], position[p[1]]))


def _improve_by_swaps(pairs: list[Pair], teams: Sequence[TeamInfo],
                      rng: random.Random) -> list[Pair]:
    """Swap reviewees of two pairs while that lowers the cost; degrees never change."""
    current = list(pairs)
    present = set(current)
    cost = plan_cost(current, teams)
    if len(current) < 2 or cost == 0:
        return current
    for _ in range(SWAP_ROUNDS):
        i, j = rng.sample(range(len(current)), 2)
        (a, x), (b, y) = current[i], current[j]
        if a == y or b == x or x == y or (a, y) in present or (b, x) in present:
            continue
        trial = list(current)
        trial[i], trial[j] = (a, y), (b, x)
        trial_cost = plan_cost(trial, teams)
        if trial_cost < cost:
            present -= {(a, x), (b, y)}
            present |= {(a, y), (b, x)}
            current, cost = trial, trial_cost
            if cost == 0:
                break
    return current


def check(pairs: Iterable[Pair], team_ids: Iterable[str]) -> Balance:
    """Count reviews given and received and list what breaks the rules."""
    pair_list = list(pairs)
    given: Counter[str] = Counter(dict.fromkeys(team_ids, 0))
    received: Counter[str] = Counter(dict.fromkeys(given, 0))
    for reviewer, reviewee in pair_list:
        given[reviewer] += 1
        received[reviewee] += 1
    counts = Counter(pair_list)
    return Balance(
        given=dict(given),
        received=dict(received),
        self_reviews=tuple(sorted({a for a, b in pair_list if a == b})),
        duplicates=tuple(sorted(p for p, c in counts.items() if c > 1)),
    )


def can_replace(pairs: Iterable[Pair], old: Pair, new: Pair) -> str | None:
    """Why a hand adjustment ``old -> new`` would break the rules (a reason key), or None."""
    pair_set = set(pairs)
    if new[0] == new[1]:
        return "self"
    if new != old and new in pair_set:
        return "duplicate"
    return None


def replace(pairs: Iterable[Pair], old: Pair, new: Pair) -> list[Pair]:
    """The plan with ``old`` replaced by ``new``; raises ValueError if that breaks the rules."""
    pair_list = list(pairs)
    if old not in pair_list:
        raise ValueError(f"{old} is not in the plan")
    reason = can_replace(pair_list, old, new)
    if reason:
        raise ValueError(reason)
    return [new if p == old else p for p in pair_list]
