"""The desk's domain helpers: settings file, method cards and phases, the progress matrix."""

from __future__ import annotations

import json
from datetime import date

from jalostamo.models import (
    Board,
    BoardVersion,
    Phase,
    Review,
    ReviewAssignment,
    ReviewRound,
    TestSession,
)
from jalostamo.services import guide
from jalostamo.services.progress import ProgressService
from jalostamo.services.settings import MAX_RECENT, SCHEMA_VERSION, Settings, settings_path

REQUIRED_METHODS = {"stakeholder_map", "empathy_map", "persona", "journey_map", "how_might_we",
                    "affinity_clustering", "ideation", "prototyping", "feedback_capture_grid",
                    "i_like_i_wish_what_if", "tuning_protocol", "gallery_walk"}


# --- settings -------------------------------------------------------------------------------

def test_settings_round_trip_with_defaults(tmp_path):
    assert Settings.load() == Settings()
    settings = Settings(language="sv", font_scale=1.3)
    for i in range(MAX_RECENT + 3):
        settings.remember_file(tmp_path / f"p{i}.jalostamo")
    settings.save()
    loaded = Settings.load()
    assert loaded.language == "sv" and loaded.font_scale == 1.3
    assert len(loaded.recent_files) == MAX_RECENT
    assert loaded.recent_files[0].endswith(f"p{MAX_RECENT + 2}.jalostamo")
    assert loaded.last_file == loaded.recent_files[0]
    assert json.loads(settings_path().read_text(encoding="utf-8"))["version"] == SCHEMA_VERSION


def test_damaged_or_strange_settings_fall_back_to_defaults():
    settings_path().write_text("{not json", encoding="utf-8")
    assert Settings.load() == Settings()
    settings_path().write_text(json.dumps({"language": "de", "font_scale": "big",
                                           "presentation_zoom": 99, "recent_files": [1, "a"]}),
                               encoding="utf-8")
    loaded = Settings.load()
    assert loaded.language is None
    assert loaded.font_scale == 1.0
    assert loaded.presentation_zoom == 3.0  # clamped
    assert loaded.recent_files == ["a"]


def test_settings_of_version_0_are_migrated():
    settings_path().write_text(json.dumps({"lang": "en"}), encoding="utf-8")
    assert Settings.load().language == "en"


# --- method cards and phases -----------------------------------------------------------------

def test_every_method_card_exists_in_three_languages_with_the_same_shape():
    for lang in ("fi", "sv", "en"):
        cards = {c.key: c for c in guide.methods(lang)}
        assert cards.keys() >= REQUIRED_METHODS
        for card in cards.values():
            assert card.name and card.purpose and card.steps and card.materials
            assert card.minutes > 0 and card.phases
    fi = {c.key: c for c in guide.methods("fi")}
    sv = {c.key: c for c in guide.methods("sv")}
    en = {c.key: c for c in guide.methods("en")}
    for key in fi:
        assert len(fi[key].steps) == len(sv[key].steps) == len(en[key].steps), key
        assert fi[key].name != en[key].name or key == "persona"
    assert fi["how_might_we"].name == "Kuinka voisimme…?"
    assert sv["i_like_i_wish_what_if"].name == "Jag gillar · Jag önskar · Tänk om"


def test_every_method_the_sample_agendas_name_has_a_card():
    from jalostamo.services.demo.content_programme import AGENDAS

    named = {item[1] for agenda in AGENDAS.values() for item in agenda if item[1]}
    for lang in ("fi", "sv", "en"):
        assert named <= {c.key for c in guide.methods(lang)}, lang
    assert guide.method("phenomenon_canvas", "fi").name == "Ilmiökanvas ja tiekartta"


def test_phases_follow_the_double_diamond_in_glossary_words():
    assert [p.name for p in guide.phases("fi")] == ["Tutki", "Tarkenna", "Kehitä", "Toteuta"]
    assert [p.name for p in guide.phases("sv")] == ["Utforska", "Definiera", "Utveckla",
                                                    "Genomför"]
    assert [p.mode for p in guide.phases("en")] == ["diverge", "converge", "diverge", "converge"]
    assert {m.key for m in guide.methods("en", Phase.DELIVER)} >= {"tuning_protocol"}


# --- progress matrix -------------------------------------------------------------------------

def test_progress_counts_card_model_version_tests_and_next_workshop(services):
    svc = services
    w1 = svc.programme.add_workshop(held_on=date(2019, 3, 13))
    w2 = svc.programme.add_workshop(held_on=date(2019, 4, 4))
    turku = svc.teams.add("Turku")
    oulu = svc.teams.add("Oulu")
    svc.teams.update_card(turku, title="Perhekahvila", hypothesis="Uskomme, että…")
    board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=turku)
    svc.entities.create(BoardVersion, board_id=board, workshop_id=w2, label="TP2",
                        item_count=12)
    svc.entities.create(TestSession, team_id=turku, held_on=date(2019, 3, 20))  # before W2
    svc.entities.create(TestSession, team_id=turku, held_on=date(2019, 3, 1))  # before W1

    round_id = svc.entities.create(ReviewRound, programme_id=svc.doc.programme_id, workshop_id=w2)
    given = svc.entities.create(ReviewAssignment, round_id=round_id, reviewer_team_id=oulu,
                                reviewee_team_id=turku)
    draft = svc.entities.create(ReviewAssignment, round_id=round_id, reviewer_team_id=turku,
                                reviewee_team_id=oulu)
    svc.entities.create(Review, assignment_id=given, submitted=True)
    svc.entities.create(Review, assignment_id=draft, submitted=False)  # not counted yet

    data = ProgressService(svc.entities).overview(today=date(2019, 3, 14))
    by_name = {t.name: t for t in data.teams}
    assert by_name["Turku"].card_filled == 2
    assert by_name["Oulu"].card_filled == 0
    assert by_name["Turku"].workshops[w2].model_version == "TP2"
    assert by_name["Turku"].workshops[w2].model_items == 12
    assert by_name["Turku"].workshops[w1].model_version is None
    assert by_name["Turku"].workshops[w1].tests == 1
    assert by_name["Turku"].workshops[w2].tests == 1
    assert by_name["Oulu"].workshops[w2].tests == 0
    assert by_name["Turku"].workshops[w2].reviews_received == 1
    assert by_name["Turku"].workshops[w2].reviews_given == 0
    assert by_name["Oulu"].workshops[w2].reviews_given == 1
    assert data.next_workshop is not None and data.next_workshop.id == w2
    assert oulu in {t.team_id for t in data.teams}
