"""Everything a report shows, read through :class:`Services` into plain views.

Privacy is applied here, once, so that no renderer can leak: names go through
:class:`Privacy`, quotes without consent are replaced by a marker, anonymous reviewers are
never named (and anonymous rounds hide the reviewer team too).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select

from jalostamo.i18n import translate
from jalostamo.models import (
    CARD_TEXT_FIELDS,
    Board,
    BoardItem,
    BoardVersion,
    Dot,
    DotVote,
    ExperimentCard,
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
    TeamMember,
    TeamTheme,
    TestSession,
)
from jalostamo.reports.images import ImageStore
from jalostamo.reports.privacy import Privacy
from jalostamo.reports.views import (
    AgendaRow,
    BoardSet,
    BoardView,
    IndicatorView,
    Item,
    NoteView,
    ReportData,
    ReviewView,
    SessionView,
    TeamView,
    WorkshopView,
)
from jalostamo.reports.votes import shown_dots, votes_of
from jalostamo.services import Services
from jalostamo.services.monitoring import build_chart_data
from jalostamo.services.testing import exportable_text


def _by(rows: list[Any], attribute: str) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, attribute)].append(row)
    return grouped


_ITEM_COLUMNS = ("id", "kind", "x", "y", "width", "height", "z", "rotation", "text", "color",
                 "shape", "media_id", "source_id", "target_id", "label", "arrow_start",
                 "arrow_end", "style")


def gather(services: Services, *, lang: str, pseudonymise: bool,
           team_ids: set[str] | None = None) -> ReportData:
    """Read the whole programme (or only ``team_ids``' part of it) in a handful of queries."""
    entities = services.entities
    programme = services.programme.get()
    people = entities.list(Person)
    privacy = Privacy(((p.id, p.name) for p in people), pseudonymise=pseudonymise, lang=lang)
    media_rows = {m.id: m for m in entities.list(Media)}
    withheld_media = {m.id for m in media_rows.values() if pseudonymise and m.person_id}
    images = ImageStore(services, known=set(media_rows), withheld=withheld_media)

    workshops = services.programme.workshops()
    number_of = {w.id: w.number for w in workshops}
    workshop_views = [
        WorkshopView(w.id, w.number, privacy.text(w.title), w.held_on, w.venue, str(w.phase), [
            AgendaRow(s.starts, s.ends, privacy.text(s.item.title), s.item.method_key,
                      s.item.minutes, privacy.text(s.item.who),
                      privacy.text(s.item.instructions))
            for s in services.programme.schedule(w.id)], _present(services, privacy, lang, w.id))
        for w in workshops]

    themes = services.programme.themes()
    theme_name = {t.id: t.name for t in themes}
    teams = [t for t in services.teams.list() if team_ids is None or t.id in team_ids]
    all_teams = services.teams.list()
    team_label = {t.id: t.display_name for t in all_teams}
    team_themes = _by(entities.list(TeamTheme), "team_id")

    criteria_rows = entities.list(ReviewCriterion, programme_id=programme.id,
                                  order_by=("position", "key"))
    criteria = [(c.id, _criterion_label(c, lang)) for c in criteria_rows]

    reviews = _reviews(services, privacy, lang, number_of, team_label)
    tables = _Tables(services)
    views = [_team_view(tables, team, privacy, lang, number_of, theme_name,
                        team_themes.get(team.id, []), reviews)
             for team in teams]

    return ReportData(
        lang=lang, privacy=privacy, images=images,
        programme_name=programme.name, organiser=programme.organiser,
        description=privacy.text(programme.description), venue=programme.venue,
        starts_on=programme.starts_on, ends_on=programme.ends_on,
        themes=[(t.name, t.color, [team_label[tt.team_id]
                                   for tt in entities.list(TeamTheme, theme_id=t.id)
                                   if tt.team_id in team_label]) for t in themes],
        facilitators=[(privacy.name(p.id), f.role)
                      for f, p in services.programme.facilitators()],
        workshops=workshop_views, teams=views, criteria=criteria,
        review_protocols=[str(r.protocol) for r in entities.list(ReviewRound)],
        team_names=team_label, content_lang=programme.language or "fi",
        photo_alt={m.id: privacy.text(getattr(m, "alt_text", "") or m.caption)
                   for m in media_rows.values()},
    )


def _present(services: Services, privacy: Privacy, lang: str, workshop_id: str
             ) -> list[tuple[str, list[str]]]:
    """Who was at the workshop, grouped (facilitators, each team, the others), named as the
    report may name them (pseudonyms when asked; an erased person has no attendance left)."""
    from jalostamo.services.attendance import FACILITATOR, OTHER

    groups: dict[str, list[str]] = {}
    for row in services.attendance.roster(workshop_id):
        if not row.present:
            continue
        label = (translate("report.facilitators", lang) if row.kind == FACILITATOR
                 else translate("report.attendance.others", lang) if row.kind == OTHER
                 else row.group)
        groups.setdefault(label, []).append(privacy.name(row.person_id))
    return list(groups.items())


def _criterion_label(criterion: ReviewCriterion, lang: str) -> str:
    key = f"report.criterion.{criterion.key}"
    label = translate(key, lang)
    return criterion.label if label == key else label


def _reviews(services: Services, privacy: Privacy, lang: str, number_of: dict[str, int],
             team_label: dict[str, str]) -> list[ReviewView]:
    entities = services.entities
    rounds = {r.id: r for r in entities.list(ReviewRound)}
    assignments = {a.id: a for a in entities.list(ReviewAssignment)}
    authors = _by(entities.list(ReviewAuthor), "review_id")
    notes = _by(entities.list(ReviewNote, order_by=("position", "created_at")), "review_id")
    scores = _by(entities.list(RubricScore), "review_id")
    anonymous = translate("report.anonymous_reviewer", lang)
    result = []
    for review in entities.list(Review):
        if not review.submitted:
            continue  # a draft is the reviewer's until they hand it in
        assignment = assignments.get(review.assignment_id)
        round_ = rounds.get(assignment.round_id) if assignment else None
        if assignment is None or round_ is None:
            continue
        team = team_label.get(assignment.reviewer_team_id or "", "")
        if round_.anonymous:
            reviewer = anonymous
        elif review.anonymous:
            reviewer = anonymous  # the team would tell who wrote it
        else:
            names = ", ".join(n for n in (privacy.name(a.person_id)
                                          for a in authors.get(review.id, [])) if n)
            reviewer = f"{team} ({names})" if team and names else (team or names or anonymous)
        result.append(ReviewView(
            round_title=privacy.text(round_.title),
            workshop_number=number_of.get(round_.workshop_id or ""),
            protocol=str(round_.protocol), reviewer=reviewer,
            reviewer_team_id=None if round_.anonymous or review.anonymous
            else assignment.reviewer_team_id,
            reviewee_team_id=assignment.reviewee_team_id, anonymous_round=round_.anonymous,
            focusing_question=privacy.text(review.focusing_question),
            summary=privacy.text(review.summary),
            notes=[(n.column, privacy.text(n.text)) for n in notes.get(review.id, [])],
            scores={s.criterion_id: s.score for s in scores.get(review.id, [])},
            given_by=assignment.reviewer_team_id,
            anonymous=bool(round_.anonymous or review.anonymous),
        ))
    return result


class _Tables:
    """Every row a team view needs, read once and grouped by its owner."""

    def __init__(self, services: Services) -> None:
        e = services.entities
        self.people = {p.id: p for p in e.list(Person)}
        self.members = _by(e.list(TeamMember), "team_id")
        self.cards = _by(e.list(ExperimentCard), "team_id")
        self.boards = _by(e.list(Board, order_by=("position", "created_at")), "team_id")
        self.versions = _by(e.list(BoardVersion), "board_id")
        self.items = _board_items(services)
        self.sessions = _by(e.list(TestSession), "team_id")
        self.notes = _by(e.list(FeedbackNote, order_by=("position", "created_at")), "session_id")
        self.insights = _by(e.list(Insight, order_by=("position", "created_at")), "team_id")
        self.hmw = _by(e.list(HowMightWe, order_by=("position", "created_at")), "team_id")
        self.learning = _by(e.list(LearningCard), "team_id")
        self.indicators = _by(e.list(Indicator, order_by=("position", "created_at")), "team_id")
        self.measurements = _by(e.list(Measurement), "indicator_id")
        self.roadmap = _by(e.list(RoadmapItem, order_by=("position", "created_at")), "team_id")
        self.votes = _by(e.list(DotVote, order_by=("created_at",)), "board_id")
        self.dots = _by(e.list(Dot), "vote_id")


def _board_items(services: Services) -> dict[str, list[Item]]:
    """Every live board item as a plain dict, grouped by board (Core rows: no ORM objects)."""
    table = BoardItem.__table__
    columns = [table.c[name] for name in _ITEM_COLUMNS]
    stmt = (select(table.c.board_id, *columns).where(table.c.deleted_at.is_(None))
            .order_by(table.c.z, table.c.created_at))
    grouped: dict[str, list[Item]] = defaultdict(list)
    with services.doc.session() as session:
        for row in session.execute(stmt).mappings():
            item = {name: row[name] for name in _ITEM_COLUMNS}
            item["kind"] = str(item["kind"])
            grouped[row["board_id"]].append(item)
    return grouped


def _team_view(tables: _Tables, team: Any, privacy: Privacy, lang: str,
               number_of: dict[str, int], theme_name: dict[str, str],
               links: list[TeamTheme], reviews: list[ReviewView]) -> TeamView:
    """A team's whole story: its card, boards, tests, work, reviews, indicators, roadmap."""
    view = TeamView(
        id=team.id, name=team.display_name, city=team.city, color=team.color,
        themes=[theme_name[link.theme_id] for link in links if link.theme_id in theme_name],
        members=[(privacy.name(m.person_id), translate(f"report.role.{m.role}", lang))
                 for m in tables.members.get(team.id, []) if m.person_id in tables.people],
        card={},
    )
    cards = tables.cards.get(team.id, [])
    if cards:
        _add_card(view, cards[0], privacy, theme_name)
    view.boards = [_board_set(tables, board, privacy, lang, number_of)
                   for board in tables.boards.get(team.id, [])]
    view.sessions = _session_views(tables, team.id, privacy, lang)
    _add_work(view, tables, team.id, privacy, number_of)
    view.reviews_received = [r for r in reviews if r.reviewee_team_id == team.id]
    view.reviews_given = [r for r in reviews if r.given_by == team.id]
    view.indicators = [_indicator_view(tables, indicator, privacy)
                       for indicator in tables.indicators.get(team.id, [])]
    view.roadmap = [(str(r.kind), privacy.text(r.title), privacy.text(r.description),
                     r.starts_on, r.ends_on, str(r.status))
                    for r in tables.roadmap.get(team.id, [])]
    return view


def _add_card(view: TeamView, card: ExperimentCard, privacy: Privacy,
              theme_name: dict[str, str]) -> None:
    """The experiment card's texts, theme, period and decision."""
    view.card = {f: privacy.text(getattr(card, f)) for f in CARD_TEXT_FIELDS}
    view.card_theme = theme_name.get(card.theme_id or "", "")
    view.starts_on, view.ends_on = card.starts_on, card.ends_on
    view.decision = str(card.decision) if card.decision else None
    view.decision_reasoning = privacy.text(card.decision_reasoning)


def _board_set(tables: _Tables, board: Board, privacy: Privacy, lang: str,
               number_of: dict[str, int]) -> BoardSet:
    """A board's kept versions (in workshop order) and its current state with its votes."""
    title = privacy.text(board.title)
    versions = sorted(tables.versions.get(board.id, []),
                      key=lambda v: (number_of.get(v.workshop_id or "", 99), v.created_at))
    version_views = []
    for version in versions:
        number = number_of.get(version.workshop_id or "")
        label = translate("report.board_version", lang, number=number) if number \
            else translate("report.board_version_label", lang, label=privacy.text(version.label))
        version_views.append(BoardView(title, label, privacy.items(list(version.snapshot)),
                                       number, template_key=board.template_key))
    current = BoardView(title, translate("report.board_current", lang),
                        privacy.items(tables.items.get(board.id, [])),
                        template_key=board.template_key)
    current.votes = votes_of(tables, board.id, current.items, privacy)
    current.dots = shown_dots(tables, board.id, current.items)
    return BoardSet(title, version_views, current, current.votes)


def _session_views(tables: _Tables, team_id: str, privacy: Privacy,
                   lang: str) -> list[SessionView]:
    """The team's test sessions by date; quotes without consent withheld."""
    sessions = sorted(tables.sessions.get(team_id, []),
                      key=lambda s: (s.held_on or date.max, s.created_at))
    withheld = translate("report.quote_withheld", lang)
    views = []
    for session in sessions:
        notes = []
        for note in tables.notes.get(session.id, []):
            hide = exportable_text(note, session) is None  # the one consent rule
            notes.append(NoteView(str(note.quadrant), withheld if hide else privacy.text(note.text),
                                  withheld=hide, is_quote=note.is_quote,
                                  severity=note.severity))
        views.append(SessionView(
            session.held_on, privacy.text(session.place), privacy.text(session.segment),
            session.participants, privacy.text(session.method), session.has_minors,
            session.consent_guardian, notes))
    return views


def _add_work(view: TeamView, tables: _Tables, team_id: str, privacy: Privacy,
              number_of: dict[str, int]) -> None:
    """Insights, how-might-we questions and learning cards."""
    view.insights = [(privacy.text(i.title), privacy.text(i.text))
                     for i in tables.insights.get(team_id, [])]
    view.hmw = [(number_of.get(h.workshop_id or ""), privacy.text(h.text))
                for h in tables.hmw.get(team_id, [])]
    view.learning = [(number_of.get(c.workshop_id or ""), privacy.text(c.hypothesis),
                      privacy.text(c.observed), privacy.text(c.insight),
                      str(c.decision) if c.decision else None)
                     for c in tables.learning.get(team_id, [])]


def _indicator_view(tables: _Tables, indicator: Indicator, privacy: Privacy) -> IndicatorView:
    rows = tables.measurements.get(indicator.id, [])
    return IndicatorView(
        privacy.text(indicator.name), privacy.text(indicator.definition), indicator.unit,
        privacy.text(indicator.data_source), indicator.frequency,
        privacy.text(indicator.owner), indicator.baseline_value, indicator.baseline_on,
        indicator.target_value, indicator.target_on, indicator.meaningful_change,
        sorted((m.measured_on, m.value) for m in rows),
        # the same on-track rule as the monitoring screen
        build_chart_data(indicator, rows).status.value)


__all__ = ["BoardSet", "BoardView", "IndicatorView", "ReportData", "ReviewView", "SessionView",
           "TeamView", "WorkshopView", "gather"]
