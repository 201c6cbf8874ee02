"""The reviewer-assignment algorithm: properties for 2–15 teams and k = 1–4."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jalostamo.services import assignment as algo

CITIES = ["Turku", "Tampere", "Oulu", "Espoo", "Vantaa", "Jyväskylä"]
THEMES = ["families", "young_adults", "participation"]


@st.composite
def team_sets(draw: st.DrawFn) -> list[algo.TeamInfo]:
    n = draw(st.integers(min_value=2, max_value=15))
    teams = []
    for i in range(n):
        city = draw(st.sampled_from(CITIES))
        themes = draw(st.frozensets(st.sampled_from(THEMES), max_size=2))
        teams.append(algo.TeamInfo(f"team-{i}", city, themes))
    return teams


@settings(max_examples=150, deadline=None)
@given(teams=team_sets(), k=st.integers(min_value=1, max_value=4),
       seed=st.integers(min_value=0, max_value=2**31))
def test_plan_keeps_every_rule(teams: list[algo.TeamInfo], k: int, seed: int) -> None:
    pairs = algo.assign(teams, k, seed)
    ids = [t.id for t in teams]
    expected = min(k, len(teams) - 1)

    assert all(a != b for a, b in pairs), "a team reviews itself"
    assert len(set(pairs)) == len(pairs), "a team reviews the same team twice"
    assert {a for a, _ in pairs} | {b for _, b in pairs} <= set(ids)
    given_counts = Counter(a for a, _ in pairs)
    received = Counter(b for _, b in pairs)
    assert all(given_counts[t] == expected for t in ids), "not k reviews per team"
    assert max(received[t] for t in ids) - min(received[t] for t in ids) <= 1
    assert algo.check(pairs, ids).ok
    assert algo.assign(teams, k, seed) == pairs, "not deterministic for a seed"


@settings(max_examples=60, deadline=None)
@given(teams=team_sets(), k=st.integers(min_value=1, max_value=4))
def test_input_order_does_not_change_who_reviews_whom_for_a_seed(
        teams: list[algo.TeamInfo], k: int) -> None:
    first = algo.assign(teams, k, seed=7)
    again = algo.assign(list(reversed(teams)), k, seed=7)
    assert sorted(first) == sorted(again)


def test_other_cities_and_themes_are_preferred() -> None:
    # two teams from each of three cities, each city's teams share a theme: a plan that
    # avoids the same city and the same theme exists, and the algorithm must find one
    teams = [algo.TeamInfo(f"{city}-{i}", city, frozenset({f"theme-{city}"}))
             for city in ("Turku", "Oulu", "Espoo") for i in range(2)]
    for seed in range(20):
        pairs = algo.assign(teams, 2, seed)
        by_id = {t.id: t for t in teams}
        same_city = [(a, b) for a, b in pairs if by_id[a].city == by_id[b].city]
        assert same_city == [], f"seed {seed}: {same_city}"


def test_same_theme_is_avoided_when_cities_differ() -> None:
    teams = [algo.TeamInfo(f"t{i}", f"city{i}", frozenset({"A" if i < 3 else "B"}))
             for i in range(6)]
    pairs = algo.assign(teams, 1, seed=3)
    themes = {t.id: t.themes for t in teams}
    assert all(not (themes[a] & themes[b]) for a, b in pairs)


def test_different_seeds_give_different_plans() -> None:
    teams = [algo.TeamInfo(f"t{i}", f"city{i}") for i in range(8)]
    plans = {tuple(algo.assign(teams, 2, seed)) for seed in range(10)}
    assert len(plans) > 1


def test_fewer_teams_than_k_review_all_others() -> None:
    teams = [algo.TeamInfo(t) for t in ("a", "b", "c")]
    pairs = algo.assign(teams, 4, seed=1)
    assert sorted(pairs) == [("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("c", "a"), ("c", "b")]
    assert algo.assign(teams[:1], 2, seed=1) == []


def test_check_reports_broken_plans() -> None:
    balance = algo.check([("a", "a"), ("b", "c"), ("b", "c")], ["a", "b", "c"])
    assert balance.self_reviews == ("a",)
    assert balance.duplicates == (("b", "c"),)
    assert balance.spread == 2
    assert not balance.ok


def test_hand_adjustment_keeps_rules() -> None:
    plan = [("a", "b"), ("b", "c"), ("c", "a")]
    assert algo.replace(plan, ("a", "b"), ("a", "c")) == [("a", "c"), ("b", "c"), ("c", "a")]
    with pytest.raises(ValueError, match="self"):
        algo.replace(plan, ("a", "b"), ("a", "a"))
    with pytest.raises(ValueError, match="duplicate"):
        algo.replace(plan, ("a", "b"), ("b", "c"))


def test_duplicate_team_ids_are_refused() -> None:
    with pytest.raises(ValueError):
        algo.assign([algo.TeamInfo("a"), algo.TeamInfo("a")], 1)
