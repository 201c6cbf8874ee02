"""A compact but complete programme for report tests, filled through the services.

It has what every report section shows: themes, facilitators, four workshops with agendas,
three teams with members and cards, boards with notes, shapes, a frame, a connector and a
photo (the same photo twice), board versions, test sessions with quotes with and without
consent, an anonymous review round and a named one, rubric scores, indicators with
measurements and roadmap items.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from jalostamo.models import (
    Board,
    BoardItem,
    BoardVersion,
    FeedbackNote,
    HowMightWe,
    Indicator,
    Insight,
    LearningCard,
    Measurement,
    Media,
    Person,
    Review,
    ReviewAssignment,
    ReviewAuthor,
    ReviewCriterion,
    ReviewNote,
    ReviewRound,
    RoadmapItem,
    RubricScore,
    TestSession,
)
from jalostamo.services import Services

SECRET_QUOTE = "Tämä on salainen sitaatti ilman lupaa"
ALLOWED_QUOTE = "Kerho oli paras juttu koko keväänä"
ANONYMOUS_REVIEWER = "Anneli Anonyymi"
NAMED_REVIEWER = "Pekka Perusarvioija"
MEMBER_NAMES = ["Maija Meikäläinen", "Ville Virtanen", "Liisa Laaksonen", "Åke Öberg",
                "Sanna Saarinen"]
FACILITATOR = "Fanni Fasilitaattori"


@dataclass
class Demo:
    path: Path
    team_ids: dict[str, str] = field(default_factory=dict)
    person_names: list[str] = field(default_factory=list)


def jpeg(width: int, height: int, color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "JPEG", quality=80)
    return out.getvalue()


def fill(svc: Services) -> dict[str, str]:
    e = svc.entities
    svc.programme.update(description="Sosiaalisesti kestävät kaupungit: kokeilujalostamo.",
                         venue="Kuntatalo, Helsinki", starts_on=date(2019, 3, 13),
                         ends_on=date(2019, 5, 15))
    families = svc.programme.add_theme("Lapsiperheet", color="#3E7C99")
    young = svc.programme.add_theme("Nuoret aikuiset", color="#5E8C61")
    svc.programme.add_facilitator(FACILITATOR, role="palvelumuotoilija")
    workshops = {}
    for number, day in enumerate((date(2019, 3, 13), date(2019, 4, 4), date(2019, 4, 24),
                                  date(2019, 5, 15)), start=1):
        wid = svc.programme.add_workshop(held_on=day, title=f"Tuplatimantti {number}",
                                         venue="Kuntatalo")
        workshops[number] = wid
        svc.programme.add_agenda_item(wid, "Aloitus ja tavoitteet", 20, method_key="check_in")
        svc.programme.add_agenda_item(wid, "Sidosryhmäkartta", 45,
                                      method_key="stakeholder_map", who="Tiimit")
        svc.programme.add_agenda_item(wid, "Vertaisarviointi", 40, method_key="peer_review")

    teams = {
        "Oulu": svc.teams.add("Oulu", theme_ids=[young]),
        "Turku": svc.teams.add("Turku", theme_ids=[families]),
        "Vantaa": svc.teams.add("Vantaa", theme_ids=[families, young]),
    }
    names = iter(MEMBER_NAMES)
    svc.teams.add_member(teams["Oulu"], next(names), "lead")
    svc.teams.add_member(teams["Oulu"], next(names))
    svc.teams.add_member(teams["Turku"], next(names), "lead")
    svc.teams.add_member(teams["Turku"], next(names), "resident")
    svc.teams.add_member(teams["Vantaa"], next(names), "lead")
    svc.teams.update_card(
        teams["Oulu"], title="Nuorten oma olohuone", phenomenon="Nuorten yksinäisyys",
        problem="15–29-vuotiaat eivät löydä kohtaamispaikkoja.",
        hypothesis="Uskomme, että nuorten itse ohjaama tila vähentää yksinäisyyttä.",
        target_group="Oulun 15–29-vuotiaat", practice="Kirjasto avataan iltaisin nuorille.",
        carried_out_by="Maija Meikäläinen ja nuorisopalvelut", success_criteria="50 kävijää/vk",
        starts_on=date(2019, 4, 1), ends_on=date(2019, 9, 30), decision="scale_up",
        decision_reasoning="Kävijämäärä ylitti tavoitteen.")
    svc.teams.update_card(teams["Turku"], title="Perheiden aluetyö",
                          problem="Palvelut eivät tavoita kaikkia perheitä.")

    media_id = "a" * 64
    e.create(Media, id=media_id, team_id=teams["Oulu"], caption="Lego-malli",
             mime_type="image/jpeg", width=800, height=600, original=jpeg(800, 600, (200, 80, 60)),
             preview=jpeg(400, 300, (200, 80, 60)), thumbnail=jpeg(80, 60, (200, 80, 60)))
    for city, tid in teams.items():
        board = e.create(Board, programme_id=svc.doc.programme_id, team_id=tid,
                         title=f"{city}: visuaalinen malli")
        ids = e.create_many(BoardItem, [
            {"board_id": board, "kind": "frame", "x": 0, "y": 0, "width": 900, "height": 520,
                 "text": "Asiakaspolku", "color": "#3E7C99"},
            {"board_id": board, "kind": "note", "x": 30, "y": 60, "width": 160, "height": 160,
                 "text": f"{city}: nuoret tarvitsevat paikan", "color": "#FFE066"},
            {"board_id": board, "kind": "note", "x": 260, "y": 60, "width": 160, "height": 160,
                 "text": "Kirjasto auki iltaisin", "color": "#B2F2BB"},
            {"board_id": board, "kind": "shape", "shape": "ellipse", "x": 480, "y": 60, "width": 180,
                 "height": 120, "text": "Kohdeyleisö", "color": "#A5D8FF"},
            {"board_id": board, "kind": "text", "x": 30, "y": 260, "width": 400, "height": 40,
                 "text": "Kokeilun ydin"},
            {"board_id": board, "kind": "photo", "x": 480, "y": 240, "width": 200, "height": 150,
                 "media_id": media_id},
            {"board_id": board, "kind": "photo", "x": 700, "y": 240, "width": 160, "height": 120,
                 "media_id": media_id},
        ])
        e.create(BoardItem, board_id=board, kind="connector", source_id=ids[1],
                 target_id=ids[2], label="johtaa", color="#1F2933")
        snapshot = [{"id": item.id, "kind": str(item.kind), "x": item.x, "y": item.y,
                     "width": item.width, "height": item.height, "text": item.text,
                     "color": item.color, "shape": item.shape and str(item.shape),
                     "media_id": item.media_id, "source_id": item.source_id,
                     "target_id": item.target_id, "label": item.label}
                    for item in e.list(BoardItem, board_id=board)]
        for number in (1, 2):
            e.create(BoardVersion, board_id=board, workshop_id=workshops[number],
                     label=f"työpaja {number}", snapshot=snapshot, item_count=len(snapshot))
        e.create(HowMightWe, team_id=tid, workshop_id=workshops[1],
                 text="Kuinka voisimme tuoda nuoret yhteen?")
        e.create(Insight, team_id=tid, title="Nuoret haluavat omistajuutta",
                 text="Tila tuntuu omalta, kun sen saa itse muokata.")
        e.create(LearningCard, team_id=tid, workshop_id=workshops[3],
                 hypothesis="Iltaaukiolo lisää kävijöitä", observed="Kävijöitä 60/vk",
                 insight="Nuoret tulevat, kun tila on heidän", decision="continue")

    private = e.create(TestSession, team_id=teams["Oulu"], held_on=date(2019, 3, 25),
                       place="Oulun kaupunginkirjasto", segment="15–19-vuotiaat",
                       participants=8, method="Paperiprototyyppi", consent_informed=True,
                       has_minors=True, consent_guardian=True, consent_quotes=False)
    public = e.create(TestSession, team_id=teams["Oulu"], held_on=date(2019, 4, 15),
                      place="Nuorisotalo", segment="20–29-vuotiaat", participants=5,
                      method="Roolileikki", consent_informed=True, consent_quotes=True)
    e.create_many(FeedbackNote, [
        {"session_id": private, "quadrant": "likes", "text": SECRET_QUOTE, "is_quote": True},
        {"session_id": private, "quadrant": "criticisms", "text": "Aukioloajat liian lyhyet"},
        {"session_id": private, "quadrant": "questions", "text": "Saako tilaan tuoda ruokaa?"},
        {"session_id": public, "quadrant": "likes", "text": ALLOWED_QUOTE, "is_quote": True},
        {"session_id": public, "quadrant": "ideas", "text": "Pelti-ilta kerran kuussa"},
    ])

    criteria = [e.create(ReviewCriterion, programme_id=svc.doc.programme_id, key=key,
                         label=key, position=float(n))
                for n, key in enumerate(("new", "concrete", "bounded", "measurable",
                                         "user_tested", "scalable"))]
    anon_person = e.create(Person, name=ANONYMOUS_REVIEWER)
    named_person = e.create(Person, name=NAMED_REVIEWER)
    open_round = e.create(ReviewRound, programme_id=svc.doc.programme_id,
                          workshop_id=workshops[2], title="Kierros A")
    anon_round = e.create(ReviewRound, programme_id=svc.doc.programme_id,
                          workshop_id=workshops[3], title="Kierros B", anonymous=True,
                          protocol="tuning")
    for round_id, reviewer, anonymous, person in (
            (open_round, teams["Turku"], True, anon_person),
            (open_round, teams["Vantaa"], False, named_person),
            (anon_round, teams["Vantaa"], False, named_person)):
        assignment = e.create(ReviewAssignment, round_id=round_id, reviewer_team_id=reviewer,
                              reviewee_team_id=teams["Oulu"])
        review = e.create(Review, assignment_id=assignment, anonymous=anonymous,
                          focusing_question="Onko kokeilu riittävän rajattu?",
                          summary="Hyvä alku.", submitted=True)
        e.create(ReviewAuthor, review_id=review, person_id=person)
        e.create_many(ReviewNote, [
            {"review_id": review, "column": "like", "text": "Selkeä kohderyhmä"},
            {"review_id": review, "column": "wish", "text": "Mittarit puuttuvat vielä"},
            {"review_id": review, "column": "what_if", "text": "Entä jos nuoret ohjaisivat?"},
        ])
        e.create_many(RubricScore, [{"review_id": review, "criterion_id": c, "score": 1 + n % 4}
                                    for n, c in enumerate(criteria)])

    indicator = e.create(Indicator, team_id=teams["Oulu"], name="Osallisuusindikaattori",
                         unit="0–100", data_source="THL", frequency="kerran vuodessa",
                         baseline_value=52.0, baseline_on=date(2019, 1, 1), target_value=60.0,
                         target_on=date(2020, 1, 1), meaningful_change=3.0,
                         owner="Maija Meikäläinen")
    e.create_many(Measurement, [{"indicator_id": indicator, "measured_on": date(2019, m, 1),
                                     "value": 52.0 + m * 0.8} for m in (3, 6, 9, 12)])
    e.create_many(RoadmapItem, [
        {"team_id": teams["Oulu"], "kind": "impact_goal", "title": "Yksinäisyys vähenee",
             "starts_on": date(2020, 1, 1)},
        {"team_id": teams["Oulu"], "kind": "step", "title": "Iltaaukiolo alkaa",
             "starts_on": date(2019, 4, 1), "ends_on": date(2019, 9, 30), "status": "done"},
        {"team_id": teams["Oulu"], "kind": "milestone", "title": "Skaalaus kaikkiin kirjastoihin",
             "starts_on": date(2020, 3, 1)},
    ])
    return teams


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The compact programme, built once per test session and opened read-only by tests."""
    path = tmp_path_factory.mktemp("demo") / "demo.jalostamo"
    svc = Services.create(path, "Sosiaalisesti kestävät kaupungit", organiser="Kuntaliitto")
    try:
        teams = fill(svc)
    finally:
        svc.close()
    return Demo(path, teams, [*MEMBER_NAMES, FACILITATOR, ANONYMOUS_REVIEWER, NAMED_REVIEWER])


@pytest.fixture
def demo(demo_file: Demo) -> Iterator[Services]:
    svc = Services.open(demo_file.path, readonly=True)
    yield svc
    svc.close()
