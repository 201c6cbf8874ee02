"""The tables a programme's data is exported as (feedback notes, insights, reviews, rubric
scores, measurements, dot votes), built from the same :class:`ReportData` as the PDF reports:
names pseudonymised, quotes without consent withheld and anonymous reviewers hidden exactly as
a report does, because the privacy rules are applied once, in :func:`reports.data.gather`.

Values keep their type (numbers as numbers, dates as dates); the writers
(:mod:`jalostamo.reports.spreadsheet`) decide how a cell is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jalostamo.i18n import translate
from jalostamo.reports.data import ReportData, gather
from jalostamo.reports.views import ReviewView
from jalostamo.services import Services

Cell = str | int | float | date | None

#: the tables, in the order of the workbook's sheets
TABLES = ("feedback", "insights", "reviews", "rubric", "measurements", "votes")


@dataclass
class Table:
    key: str
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


def _t(lang: str, key: str) -> str:
    return translate(f"dataout.{key}", lang)


def build_tables(data: ReportData, only: tuple[str, ...] = TABLES) -> list[Table]:
    lang = data.lang

    def table(key: str, *columns: str) -> Table:
        return Table(key, _t(lang, f"sheet.{key}"), [_t(lang, f"col.{c}") for c in columns])

    yes, no = _t(lang, "yes"), _t(lang, "no")
    out: list[Table] = []
    if "feedback" in only:
        feedback = table("feedback", "team", "date", "place", "segment", "quadrant", "severity",
                         "quote", "text")
        for team in data.teams:
            for session in team.sessions:
                for note in session.notes:
                    feedback.rows.append([
                        team.name, session.held_on, session.place, session.segment,
                        data.t(f"quadrant.{note.quadrant}"),
                        "!" * note.severity if note.severity else None,
                        yes if note.is_quote else no, note.text])
        out.append(feedback)
    if "insights" in only:
        insights = table("insights", "team", "title", "text")
        insights.rows = [[team.name, title, text] for team in data.teams
                         for title, text in team.insights]
        out.append(insights)
    reviews = _shown_reviews(data)
    if "reviews" in only:
        sheet = table("reviews", "workshop", "round", "reviewee", "reviewer", "protocol",
                      "question", "text", "summary")
        for r in reviews:
            notes = "\n".join(f"{_column(data, c)}: {text}" for c, text in r.notes)
            sheet.rows.append([r.workshop_number, r.round_title,
                               data.team_name(r.reviewee_team_id), r.reviewer,
                               data.t(f"protocol.{r.protocol}"), r.focusing_question, notes,
                               r.summary])
        out.append(sheet)
    if "rubric" in only:
        rubric = table("rubric", "workshop", "round", "reviewee", "reviewer", "criterion",
                       "score")
        label = dict(data.criteria)
        for r in reviews:
            for criterion_id, score in r.scores.items():
                rubric.rows.append([r.workshop_number, r.round_title,
                                    data.team_name(r.reviewee_team_id), r.reviewer,
                                    label.get(criterion_id, ""), score])
        out.append(rubric)
    if "measurements" in only:
        measurements = table("measurements", "team", "indicator", "unit", "date", "value")
        for team in data.teams:
            for ind in team.indicators:
                measurements.rows += [[team.name, ind.name, ind.unit, day, value]
                                      for day, value in ind.measurements]
        out.append(measurements)
    if "votes" in only:
        votes = table("votes", "team", "board", "vote", "status", "rank", "item", "dots")
        for team in data.teams:
            for board in team.boards:
                for vote in board.votes:
                    status = _t(lang, "vote.closed" if vote.closed else "vote.open")
                    votes.rows += [[team.name, board.title, vote.title, status, rank, text, dots]
                                   for rank, text, dots in vote.ranked]
        out.append(votes)
    return out


def _column(data: ReportData, column: str) -> str:
    label = data.t(f"column.{column}")
    return column.replace("_", " ").capitalize() if label.startswith("report.column.") else label


def _shown_reviews(data: ReportData) -> list[ReviewView]:
    """Every submitted review once, as the reports show received reviews."""
    seen: set[int] = set()
    result = []
    for team in data.teams:
        for review in team.reviews_received:
            if id(review) not in seen:
                seen.add(id(review))
                result.append(review)
    return result


def export_tables(services: Services, *, lang: str, pseudonymise: bool,
                  team: str | None = None, only: tuple[str, ...] = TABLES) -> list[Table]:
    """Read the programme (or one team's part) and build the tables; the images store that
    :func:`gather` opens is closed here (exports carry no photos)."""
    team_ids = {services.teams.find(team).id} if team else None
    data = gather(services, lang=lang, pseudonymise=pseudonymise, team_ids=team_ids)
    try:
        return build_tables(data, only)
    finally:
        data.images.close()
