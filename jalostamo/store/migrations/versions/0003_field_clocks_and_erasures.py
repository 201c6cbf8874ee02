"""Field clocks, per-field conflicts and erasure records

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

Every tracked table gets ``field_clock`` (JSON ``{field: [stamp, base]}``, see
services/clock.py). A row that was edited before this version gets the wildcard entry ``"*"``
with the stamp of its wall-clock ``updated_at`` and the base of ``base_updated_at``, so that
what a merge knew about it is kept; a row never edited stays NULL (as created). ``conflicts``
gets the ``field`` a conflict is about (NULL for the whole-row conflicts logged before).
``erasures`` holds the records of erased people that travel with the programme.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRACKED_TABLES = (
    "people", "programmes", "facilitators", "merge_records", "review_criteria", "teams",
    "themes", "workshops", "agenda_items", "attendance", "boards", "conflicts",
    "experiment_cards", "how_might_we", "indicators", "learning_cards", "media",
    "review_rounds", "roadmap_items", "team_members", "team_themes", "board_items",
    "board_versions", "dot_votes", "measurements", "review_assignments", "dots", "reviews",
    "test_sessions", "feedback_notes", "insights", "review_authors", "review_notes",
    "rubric_scores", "insight_notes",
)


def _stamp(at: str, device: str) -> str:
    """The stamp of a wall-clock timestamp column, as services/clock.py legacy() makes it."""
    ms = (f"(CAST(strftime('%s', substr({at}, 1, 19)) AS INTEGER) * 1000"
          f" + CAST(substr({at}, 21, 3) AS INTEGER))")
    return f"printf('%013d%05d@%s', {ms}, 0, coalesce({device}, ''))"


def upgrade() -> None:
    for table in TRACKED_TABLES:
        op.add_column(table, sa.Column("field_clock", sa.JSON(), nullable=True))
        base = (f"CASE WHEN base_updated_at IS NULL THEN '' "
                f"ELSE {_stamp('base_updated_at', 'base_device_id')} END")
        op.execute(
            f'UPDATE "{table}" SET field_clock = json_object(\'*\', json_array('
            f"{_stamp('updated_at', 'device_id')}, {base})) WHERE updated_at != created_at")
    op.add_column("conflicts", sa.Column("field", sa.String(length=64), nullable=True))
    op.create_table(
        "erasures",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("words", sa.Integer(), nullable=False),
        sa.Column("forms", sa.JSON(), nullable=False),
        sa.Column("quotes", sa.Boolean(), nullable=False),
        sa.Column("photos", sa.Boolean(), nullable=False),
        sa.Column("erased_at", sa.String(length=27), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("base_updated_at", sa.String(length=27), nullable=True),
        sa.Column("base_device_id", sa.String(length=36), nullable=True),
        sa.Column("field_clock", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasures_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_erasures_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    op.drop_table("erasures")
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("field")
    for table in TRACKED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("field_clock")
