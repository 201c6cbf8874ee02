"""Privacy in reports: quotes without consent, anonymous reviewers, pseudonymised names."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalostamo.i18n import translate
from jalostamo.reports import build_report
from jalostamo.reports.privacy import pseudonym_code
from jalostamo.services import Services
from tests.reports.conftest import (
    ALLOWED_QUOTE,
    ANONYMOUS_REVIEWER,
    FACILITATOR,
    MEMBER_NAMES,
    NAMED_REVIEWER,
    SECRET_QUOTE,
    Demo,
)
from tests.reports.pdfread import read_back

KINDS = {"programme": {}, "workshop": {"workshop": 2}, "team": {"team": "Oulu"}}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_consent_quote_and_anonymous_reviewer_never_appear(demo: Services, tmp_path: Path,
                                                               kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    build_report(demo, out, kind=kind, lang="fi", **KINDS[kind])  # type: ignore[arg-type]
    text = flat(read_back(out).text)
    assert SECRET_QUOTE not in text
    assert "salainen sitaatti" not in text
    assert ANONYMOUS_REVIEWER not in text
    assert "Anneli" not in text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_team_report_marks_withheld_quote_and_names_open_reviewers(demo: Services,
                                                                   tmp_path: Path,
                                                                   lang: str) -> None:
    out = tmp_path / "team.pdf"
    build_report(demo, out, kind="team", team="Oulu", lang=lang)
    text = flat(read_back(out).text)
    assert translate("report.quote_withheld", lang) in text
    assert ALLOWED_QUOTE in text  # a quote with consent is shown verbatim
    assert NAMED_REVIEWER in text  # a reviewer who is not anonymous is named
    assert translate("report.anonymous_reviewer", lang) in text
    assert SECRET_QUOTE not in text and ANONYMOUS_REVIEWER not in text


def test_anonymous_round_hides_the_reviewer_team(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "workshop3.pdf"
    build_report(demo, out, kind="workshop", workshop=3, lang="en")
    text = flat(read_back(out).text)
    # in workshop 3 only Vantaa reviewed Oulu, in an anonymous round
    received = text.split("Peer reviews received", 1)[1].split("Peer reviews given", 1)[0]
    assert "Anonymous reviewer" in received
    assert "Vantaa" not in received
    assert NAMED_REVIEWER not in text
    assert "Reviews in an anonymous round: 1" in text


@pytest.mark.parametrize("kind", list(KINDS))
def test_pseudonymise_removes_every_name(demo_file: Demo, demo: Services, tmp_path: Path,
                                         kind: str) -> None:
    plain = tmp_path / "plain.pdf"
    hidden = tmp_path / "hidden.pdf"
    build_report(demo, plain, kind=kind, **KINDS[kind])  # type: ignore[arg-type]
    build_report(demo, hidden, kind=kind, pseudonymise=True, **KINDS[kind])  # type: ignore[arg-type]
    plain_text, hidden_text = flat(read_back(plain).text), flat(read_back(hidden).text)
    shown = [n for n in demo_file.person_names if n in plain_text]
    assert FACILITATOR in shown and MEMBER_NAMES[0] in shown  # the test can fail
    for name in demo_file.person_names:
        assert name not in hidden_text
    for name in MEMBER_NAMES:
        assert name.split()[-1] not in hidden_text  # surnames are not common words
    assert "Henkilö " in hidden_text
    assert read_back(hidden).metadata["Author"].startswith("Henkilö ")


def test_pseudonyms_are_stable_across_reports(demo: Services, tmp_path: Path) -> None:
    member = next(p for m, p in demo.teams.members(demo.teams.find("Oulu").id))
    code = pseudonym_code(member.id)
    for kind in ("team", "programme"):
        out = tmp_path / f"{kind}.pdf"
        build_report(demo, out, kind=kind, team="Oulu", pseudonymise=True)
        assert f"Henkilö {code}" in flat(read_back(out).text)


def test_photo_of_a_person_is_left_out_when_pseudonymising(services: Services,
                                                           tmp_path: Path) -> None:
    from jalostamo.models import Board, BoardItem, Media, Person
    from tests.reports.conftest import jpeg

    e = services.entities
    team = services.teams.add("Kotka")
    person = e.create(Person, name="Kuvattu Henkilö")
    e.create(Media, id="b" * 64, team_id=team, person_id=person, mime_type="image/jpeg",
             width=300, height=200, original=jpeg(300, 200, (0, 90, 200)),
             preview=jpeg(300, 200, (0, 90, 200)), thumbnail=jpeg(30, 20, (0, 90, 200)))
    board = e.create(Board, programme_id=services.doc.programme_id, team_id=team, title="Malli")
    e.create(BoardItem, board_id=board, kind="photo", x=0, y=0, width=300, height=200,
             media_id="b" * 64)

    plain, hidden = tmp_path / "plain.pdf", tmp_path / "hidden.pdf"
    assert build_report(services, plain, kind="team", team="Kotka").images == 1
    assert build_report(services, hidden, kind="team", team="Kotka", pseudonymise=True
                        ).images == 0
    assert read_back(plain).image_xobjects == 1
    assert read_back(hidden).image_xobjects == 0
    assert translate("report.photo_withheld", "fi") in read_back(hidden).text


def test_quote_from_minors_without_guardian_consent_is_withheld(demo_file: Demo,
                                                                tmp_path: Path) -> None:
    import shutil

    from jalostamo.models import FeedbackNote, TestSession

    copy = tmp_path / "copy.jalostamo"
    shutil.copy(demo_file.path, copy)
    with Services.open(copy) as svc:
        team = svc.teams.find("Oulu")
        session = svc.entities.create(TestSession, team_id=team.id, segment="Koululaiset",
                                      has_minors=True, consent_guardian=False,
                                      consent_quotes=True, consent_informed=True)
        for quote in (True, False):
            svc.entities.create(FeedbackNote, session_id=session, quadrant="ideas",
                                is_quote=quote, text=f"Alaikäisen palaute {quote}")
        out = tmp_path / "team.pdf"
        build_report(svc, out, kind="team", team="Oulu", lang="fi")
    text = flat(read_back(out).text)
    assert "Alaikäisen palaute True" not in text
    assert "Alaikäisen palaute False" in text  # not a quote: shown


def test_programme_report_shows_the_monitoring_screens_on_track_status(demo: Services,
                                                                       tmp_path: Path) -> None:
    from jalostamo.models import Indicator, Measurement
    from jalostamo.services.monitoring import build_chart_data

    statuses = set()
    for indicator in demo.entities.list(Indicator):
        measurements = demo.entities.list(Measurement, indicator_id=indicator.id)
        statuses.add(build_chart_data(indicator, measurements).status.value)
    assert statuses
    out = tmp_path / "programme.pdf"
    build_report(demo, out, kind="programme", lang="fi")
    text = flat(read_back(out).text)
    for status in statuses:
        assert translate(f"report.track.{status}", "fi") in text


def test_draft_reviews_stay_out_of_reports(demo_file: Demo, tmp_path: Path) -> None:
    import shutil

    from jalostamo.models import Review, ReviewAssignment, ReviewNote, ReviewRound

    copy = tmp_path / "copy.jalostamo"
    shutil.copy(demo_file.path, copy)
    with Services.open(copy) as svc:
        round_ = svc.entities.list(ReviewRound)[0]
        oulu, turku = svc.teams.find("Oulu"), svc.teams.find("Turku")
        assignment = svc.entities.create(ReviewAssignment, round_id=round_.id,
                                         reviewer_team_id=turku.id, reviewee_team_id=oulu.id)
        for submitted in (False, True):
            review = svc.entities.create(Review, assignment_id=assignment, submitted=submitted)
            svc.entities.create(ReviewNote, review_id=review, column="like",
                                text=f"Luonnos {submitted}")
        out = tmp_path / "team.pdf"
        build_report(svc, out, kind="team", team="Oulu", lang="fi")
    text = flat(read_back(out).text)
    assert "Luonnos False" not in text
    assert "Luonnos True" in text


@pytest.mark.parametrize("lang", ["fi"])
def test_an_anonymous_review_does_not_name_its_team(demo: Services, tmp_path: Path,
                                                    lang: str) -> None:
    """The PDF printed "Nimetön arvioija (Kuopio)" (issue 15): in the compact demo Turku
    reviewed Oulu in a named round and asked to stay anonymous."""
    word = translate("report.anonymous_reviewer", lang)
    reviewee, reviewer = tmp_path / "oulu.pdf", tmp_path / "turku.pdf"
    build_report(demo, reviewee, kind="team", team="Oulu", lang=lang)
    text = flat(read_back(reviewee).text)
    assert word in text
    assert f"{word} (Turku)" not in text
    assert "Turku" not in text.split(translate("report.reviews_received", lang), 1)[1] \
        .split(translate("report.reviews_given", lang), 1)[0]
    # nor does Turku's own report list it among the reviews it gave
    build_report(demo, reviewer, kind="team", team="Turku", lang=lang)
    text = flat(read_back(reviewer).text)
    given = text.split(translate("report.reviews_given", lang))[-1]
    assert translate("report.review_of", lang, team="Oulu") not in given
    assert translate("report.anonymous_reviews_given", lang, count=1) in given


def test_pseudonymising_finds_a_name_in_its_other_forms() -> None:
    """A board note said "Heikki Toivosen idea" or "H. Toivonen": the forms erasure finds."""
    from jalostamo.reports.privacy import Privacy

    privacy = Privacy([("a", "Heikki Toivonen"), ("b", "Laura Hyvärinen")], pseudonymise=True,
                      lang="fi")
    heikki, laura = (f"Henkilö {pseudonym_code(i)}" for i in "ab")
    text = privacy.text("Heikki Toivosen idea, LAURA HYVÄRISEN kanssa; H. Toivonen; "
                        "Toivonen, Heikki; laura.hyvarinen@kunta.fi; Heikkinen ja Toivola")
    assert text == (f"{heikki} idea, {laura} kanssa; {heikki}; {heikki}; {laura}; "
                    "Heikkinen ja Toivola")
    assert Privacy([("a", "Heikki Toivonen")], pseudonymise=False, lang="fi").text(
        "Heikki Toivonen") == "Heikki Toivonen"
