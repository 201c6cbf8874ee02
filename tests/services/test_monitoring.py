"""Indicators, measurements, chart data, overview, roadmap and decision on a real file."""

from __future__ import annotations

from datetime import date

import pytest

from jalostamo.errors import InvalidInput, NotFound
from jalostamo.models import (
    Decision,
    ExperimentCard,
    Indicator,
    Measurement,
    RoadmapItem,
    RoadmapKind,
    RoadmapStatus,
)
from jalostamo.services import Services
from jalostamo.services.indicator_library import TEXT_FIELDS, load_library
from jalostamo.services.monitoring import (
    TeamStatus,
    TrackStatus,
    build_chart_data,
    expected_value,
    recent_days,
)


@pytest.fixture
def team(services: Services) -> str:
    return services.teams.add("Oulu")


def _indicator(services: Services, team: str, **fields: object) -> str:
    values: dict[str, object] = {
        "baseline_value": 50.0, "baseline_on": date(2019, 3, 1),
        "target_value": 60.0, "target_on": date(2020, 3, 1),
        "meaningful_change": 2.0, "frequency": "kuukausittain",
    }
    values.update(fields)
    return services.monitoring.add_indicator(team, "Koettu osallisuus", **values)


# --- library ------------------------------------------------------------------------------


def test_library_has_the_three_families_complete_in_three_languages() -> None:
    library = load_library()
    families = {entry.family for entry in library}
    assert {"thl", "kouluterveyskysely", "kuntaliitto"} <= families
    thl = next(e for e in library if e.key == "thl.osallisuus")
    assert thl.scale == (0.0, 100.0)
    for entry in library:
        for name in TEXT_FIELDS:
            for lang in ("fi", "sv", "en"):
                assert entry.text(name, lang).strip(), (entry.key, name, lang)
    assert len({e.key for e in library}) == len(library)


def test_indicator_from_the_library_in_swedish_can_be_adapted(services: Services,
                                                             team: str) -> None:
    ind_id = services.monitoring.add_library_indicator(team, "kty.yksinaisyys", lang="sv",
                                                       owner="Ungdomstjänster")
    ind = services.monitoring.indicator(ind_id)
    assert ind.name == "Känner sig ensam ganska eller mycket ofta"
    assert ind.library_key == "kty.yksinaisyys"
    assert ind.frequency == "vartannat år"
    assert ind.owner == "Ungdomstjänster"
    old = services.monitoring.update_indicator(ind_id, name="Ensamhet bland unga i Uleåborg")
    assert old == {"name": "Känner sig ensam ganska eller mycket ofta"}
    with pytest.raises(NotFound):
        services.monitoring.add_library_indicator(team, "no.such.key")


def test_indicator_validation_refuses_bad_input_and_stores_nothing(services: Services,
                                                                    team: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        services.monitoring.add_indicator(team, "   ")
    assert "nimi" in exc.value.message("fi")
    with pytest.raises(InvalidInput):
        _indicator(services, team, target_on=date(2018, 1, 1))
    with pytest.raises(InvalidInput):
        _indicator(services, team, meaningful_change=-1.0)
    assert services.monitoring.indicators(team) == []


def test_indicators_keep_their_order_and_deletion_is_undoable(services: Services,
                                                              team: str) -> None:
    first = services.monitoring.add_indicator(team, "A")
    second = services.monitoring.add_indicator(team, "B")
    assert [i.id for i in services.monitoring.indicators(team)] == [first, second]
    services.monitoring.delete_indicator(first)
    assert [i.id for i in services.monitoring.indicators(team)] == [second]
    services.monitoring.restore_indicator(first)
    assert [i.name for i in services.monitoring.indicators(team)] == ["A", "B"]


# --- measurements and chart data -------------------------------------------------------------


def test_measurements_add_edit_delete(services: Services, team: str) -> None:
    ind = _indicator(services, team)
    m1 = services.monitoring.add_measurement(ind, date(2019, 5, 15), 53.0, note="kevät")
    services.monitoring.add_measurement(ind, "2019-04-01", 51.0)
    assert [m.value for m in services.monitoring.measurements(ind)] == [51.0, 53.0]
    old = services.monitoring.update_measurement(m1, value=54.5)
    assert old == {"value": 53.0}
    services.monitoring.delete_measurement(m1)
    assert [m.value for m in services.monitoring.measurements(ind)] == [51.0]
    services.monitoring.restore_measurement(m1)
    assert services.monitoring.measurements(ind)[-1].value == 54.5
    with pytest.raises(InvalidInput):
        services.monitoring.add_measurement(ind, "31.2.2019", 1.0)
    with pytest.raises(InvalidInput):
        services.monitoring.add_measurement(ind, date(2019, 6, 1), float("nan"))


def test_chart_data_has_series_baseline_target_band_and_path(services: Services,
                                                             team: str) -> None:
    ind = _indicator(services, team)
    services.monitoring.add_measurement(ind, date(2019, 9, 1), 56.0)
    services.monitoring.add_measurement(ind, date(2019, 4, 1), 51.0)
    chart = services.monitoring.chart_data(ind, today=date(2019, 9, 20))
    assert chart.points == ((date(2019, 4, 1), 51.0), (date(2019, 9, 1), 56.0))
    assert chart.baseline == (50.0, date(2019, 3, 1))
    assert chart.target == (60.0, date(2020, 3, 1))
    assert chart.band == (48.0, 52.0)
    assert chart.expected == ((date(2019, 3, 1), 50.0), (date(2020, 3, 1), 60.0))
    assert chart.direction == 1
    assert chart.latest == (date(2019, 9, 1), 56.0)
    assert chart.status is TrackStatus.ON_TRACK
    assert chart.recent is True
    assert chart.value_range == (48.0, 60.0)
    assert chart.date_range == (date(2019, 3, 1), date(2020, 3, 1))


def test_on_track_rule_follows_the_path_with_the_meaningful_change_as_tolerance(
        services: Services, team: str) -> None:
    ind_id = _indicator(services, team)
    ind = services.entities.get(Indicator, ind_id)
    halfway = date(2019, 9, 1)  # 184 of 366 days: expected about 55.0
    assert expected_value((50.0, date(2019, 3, 1)), (60.0, date(2020, 3, 1)), halfway) == \
        pytest.approx(55.03, abs=0.01)
    services.monitoring.add_measurement(ind_id, halfway, 53.1)  # 1.9 behind: within 2
    assert services.monitoring.chart_data(ind_id).status is TrackStatus.ON_TRACK
    services.monitoring.update_measurement(services.monitoring.measurements(ind_id)[0].id,
                                           value=52.9)  # 2.1 behind
    assert services.monitoring.chart_data(ind_id).status is TrackStatus.OFF_TRACK
    # a falling target (loneliness): lower is better
    services.monitoring.update_indicator(ind_id, baseline_value=12.0, target_value=8.0)
    services.monitoring.update_measurement(services.monitoring.measurements(ind_id)[0].id,
                                           value=9.0)
    assert services.monitoring.chart_data(ind_id).status is TrackStatus.ON_TRACK
    assert services.monitoring.chart_data(ind_id).direction == -1
    assert ind.name == "Koettu osallisuus"


def test_chart_data_without_measurements_or_target(services: Services, team: str) -> None:
    bare = services.monitoring.add_indicator(team, "Tyhjä")
    chart = services.monitoring.chart_data(bare)
    assert chart.status is TrackStatus.NO_DATA
    assert chart.points == () and chart.band is None and chart.date_range is None
    services.monitoring.add_measurement(bare, date(2019, 3, 1), 7.0)
    chart = services.monitoring.chart_data(bare)
    assert chart.status is TrackStatus.NO_TARGET
    assert chart.value_range == (6.0, 8.0)


def test_build_chart_data_ignores_deleted_measurements(services: Services, team: str) -> None:
    ind = _indicator(services, team)
    mid = services.monitoring.add_measurement(ind, date(2019, 4, 1), 40.0)
    services.monitoring.delete_measurement(mid)
    measurement = services.entities.get(Measurement, mid, include_deleted=True)
    chart = build_chart_data(services.monitoring.indicator(ind), [measurement])
    assert chart.points == ()


def test_recent_days_reads_frequency_in_three_languages() -> None:
    assert recent_days("kuukausittain") == 31
    assert recent_days("månatligen") == 31
    assert recent_days("every two years") == 731
    assert recent_days("joka toinen vuosi") == 731
    assert recent_days("vuosittain") == 366
    assert recent_days("kvartalsvis") == 92
    assert recent_days("") == 92


def test_overview_across_teams(services: Services) -> None:
    oulu = services.teams.add("Oulu")
    turku = services.teams.add("Turku")
    espoo = services.teams.add("Espoo")
    services.teams.add("Vantaa")
    good = _indicator(services, oulu)
    services.monitoring.add_measurement(good, date(2019, 9, 1), 56.0)
    bad = _indicator(services, turku)
    services.monitoring.add_measurement(bad, date(2019, 9, 1), 49.0)
    old = _indicator(services, espoo)
    services.monitoring.add_measurement(old, date(2019, 3, 1), 50.0)
    services.monitoring.decide(oulu, Decision.SCALE_UP, "Toimii, laajennetaan.",
                               date(2019, 12, 1))
    rows = {r.team_name: r for r in services.monitoring.overview(today=date(2019, 9, 20))}
    assert rows["Oulu"].status is TeamStatus.ON_TRACK
    assert rows["Oulu"].decision is Decision.SCALE_UP
    assert rows["Turku"].status is TeamStatus.OFF_TRACK
    assert rows["Espoo"].status is TeamStatus.NO_RECENT
    assert rows["Espoo"].last_measured_on == date(2019, 3, 1)
    assert rows["Vantaa"].status is TeamStatus.NO_INDICATORS
    assert rows["Oulu"].on_track == 1 and rows["Turku"].off_track == 1


def test_overview_names_teams_as_people_tell_them_apart(services: Services) -> None:
    services.teams.add("Oulu")
    services.teams.add("Oulu", name="Lapsiperheet")
    shared = services.teams.add("Espoo")
    services.teams.set_cities(shared, ["Espoo", "Vantaa"])
    names = [r.team_name for r in services.monitoring.overview(today=date(2019, 9, 20))]
    assert sorted(names) == ["Espoo, Vantaa", "Oulu", "Oulu: Lapsiperheet"]


# --- roadmap and decision --------------------------------------------------------------------


def test_roadmap_items_in_lane_and_date_order_with_status(services: Services,
                                                          team: str) -> None:
    mon = services.monitoring
    step2 = mon.add_roadmap_item(team, RoadmapKind.STEP, "Toinen kokeilukierros",
                                 starts_on=date(2019, 9, 1), ends_on=date(2019, 11, 30))
    step1 = mon.add_roadmap_item(team, "step", "Ensimmäinen kierros",
                                 starts_on=date(2019, 6, 1), ends_on=date(2019, 8, 31))
    goal = mon.add_roadmap_item(team, RoadmapKind.IMPACT_GOAL, "Nuorten osallisuus kasvaa")
    assert [i.id for i in mon.roadmap(team)] == [goal, step1, step2]
    mon.set_roadmap_status(step1, RoadmapStatus.DONE)
    assert services.entities.get(RoadmapItem, step1).status is RoadmapStatus.DONE
    with pytest.raises(InvalidInput):
        mon.update_roadmap_item(step2, ends_on=date(2019, 1, 1))
    with pytest.raises(InvalidInput):
        mon.add_roadmap_item(team, RoadmapKind.SIGNAL, " ")
    with pytest.raises(InvalidInput):
        mon.add_roadmap_item(team, "wish", "Ei lajia")
    mon.delete_roadmap_item(goal)
    assert goal not in [i.id for i in mon.roadmap(team)]


def test_decision_needs_reasoning_and_can_be_undone(services: Services, team: str) -> None:
    mon = services.monitoring
    with pytest.raises(InvalidInput) as exc:
        mon.decide(team, Decision.CONTINUE, "  ")
    assert "perustelu" in exc.value.message("fi")
    old = mon.decide(team, Decision.CONTINUE, "Tulokset lupaavia.", date(2019, 12, 1))
    card = mon.card(team)
    assert (card.decision, card.decision_reasoning, card.decided_on) == (
        Decision.CONTINUE, "Tulokset lupaavia.", date(2019, 12, 1))
    services.entities.update(ExperimentCard, card.id, **old)
    assert mon.card(team).decision is None


def test_a_shortfall_as_large_as_the_meaningful_change_is_off_track() -> None:
    """Pure chart data (as the reports use it): no database needed."""
    indicator = Indicator(id="i", name="Vaikutusmahdollisuudet", unit="%", baseline_value=30.0,
                          target_value=40.0, meaningful_change=5.0, frequency="vuosittain")
    def status(value: float) -> TrackStatus:
        m = Measurement(id="m", indicator_id="i", measured_on=date(2019, 9, 1), value=value)
        return build_chart_data(indicator, [m], today=date(2019, 9, 2)).status
    assert status(25.1) is TrackStatus.ON_TRACK
    assert status(25.0) is TrackStatus.OFF_TRACK
    assert status(40.0) is TrackStatus.ON_TRACK
