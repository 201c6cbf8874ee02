"""Peer review: a round of I like / I wish / What if with rubric scores, one anonymous expert
review, and a tuning-protocol round with warm and cool feedback."""

from __future__ import annotations

from typing import Any

from jalostamo.models import (
    Review,
    ReviewAssignment,
    ReviewAuthor,
    ReviewNote,
    ReviewProtocol,
    ReviewRound,
    RubricScore,
)
from jalostamo.services.demo import content_reviews as cr
from jalostamo.services.demo.context import SEED, DemoContext


def _round(ctx: DemoContext, workshop: int, title: str, protocol: ReviewProtocol,
           per_team: int) -> str:
    return ctx.svc.entities.create(ReviewRound, programme_id=ctx.svc.doc.programme_id,
                                   workshop_id=ctx.workshops[workshop], title=title,
                                   protocol=protocol, reviews_per_team=per_team, seed=SEED)


def _review(ctx: DemoContext, assignment_id: str, reviewee: str, summary: str,
            notes: list[tuple[str, str]], *, anonymous: bool = False) -> str:
    entities = ctx.svc.entities
    review_id = entities.create(Review, assignment_id=assignment_id,
                                focusing_question=cr.FOCUSING_QUESTIONS.get(reviewee, ""),
                                anonymous=anonymous, summary=summary, submitted=True)
    entities.create_many(ReviewNote, [
        {"review_id": review_id, "column": column, "text": text, "position": float(i)}
        for i, (column, text) in enumerate(notes)
    ])
    return review_id


def _scores(ctx: DemoContext, review_id: str) -> list[dict[str, Any]]:
    return [{"review_id": review_id, "criterion_id": criterion_id,
             "score": ctx.rng.choice((2, 3, 3, 3, 4, 4))}
            for criterion_id in ctx.criteria.values()]


def add_reviews(ctx: DemoContext) -> None:
    entities = ctx.svc.entities
    keys = list(ctx.teams)
    # workshop 3: each team reviews the next two teams in the programme's order
    round_id = _round(ctx, 3, "Vertaisarviointi, työpaja 3", ReviewProtocol.LIKE_WISH_WHATIF, 2)
    scores: list[dict[str, Any]] = []
    k = 0
    for i, reviewee in enumerate(keys):
        for step in (1, 2):
            reviewer = keys[(i + step) % len(keys)]
            assignment_id = entities.create(ReviewAssignment, round_id=round_id,
                                            reviewer_team_id=ctx.teams[reviewer],
                                            reviewee_team_id=ctx.teams[reviewee])
            notes = [("like", cr.LIKE[k % len(cr.LIKE)]),
                     ("like", cr.LIKE[(k + 3) % len(cr.LIKE)]),
                     ("wish", cr.WISH[k % len(cr.WISH)]),
                     ("what_if", cr.WHAT_IF[k % len(cr.WHAT_IF)])]
            review_id = _review(ctx, assignment_id, reviewee,
                                cr.SUMMARIES[k % len(cr.SUMMARIES)], notes)
            scores.extend(_scores(ctx, review_id))
            k += 1
    # an invited expert reviews Oulu anonymously; who wrote it is kept apart
    assignment_id = entities.create(ReviewAssignment, round_id=round_id, reviewer_team_id=None,
                                    reviewee_team_id=ctx.teams["oulu"], manual=True)
    review_id = _review(ctx, assignment_id, "oulu", cr.EXPERT_SUMMARY,
                        [("like", cr.LIKE[0]), ("wish", cr.WISH[0]),
                         ("what_if", cr.WHAT_IF[3])], anonymous=True)
    entities.create(ReviewAuthor, review_id=review_id, person_id=ctx.experts[0])
    scores.extend(_scores(ctx, review_id))
    entities.create_many(RubricScore, scores)
    # workshop 4: tuning protocol, one review per team, warm and cool feedback
    round_id = _round(ctx, 4, "Virityskeskustelu, työpaja 4", ReviewProtocol.TUNING, 1)
    for i, reviewee in enumerate(keys):
        reviewer = keys[(i + 3) % len(keys)]
        assignment_id = entities.create(ReviewAssignment, round_id=round_id,
                                        reviewer_team_id=ctx.teams[reviewer],
                                        reviewee_team_id=ctx.teams[reviewee])
        _review(ctx, assignment_id, reviewee, "",
                [("warm", cr.WARM[i % len(cr.WARM)]), ("cool", cr.COOL[i % len(cr.COOL)])])
