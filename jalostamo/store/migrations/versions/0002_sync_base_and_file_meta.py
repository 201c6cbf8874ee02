"""Base stamps for merging, and the file_meta table

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Every tracked table gets ``base_updated_at`` / ``base_device_id`` (the version a row was edited
from when it came from another device), so that a merge can tell a plain update from a
concurrent edit. ``file_meta`` records what the file is (the programme's file or a team file).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
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


def upgrade() -> None:
    for table in TRACKED_TABLES:
        # plain ADD COLUMN: nullable columns need no table rebuild on SQLite
        op.add_column(table, sa.Column("base_updated_at", sa.String(length=27), nullable=True))
        op.add_column(table, sa.Column("base_device_id", sa.String(length=36), nullable=True))
    op.create_table(
        "file_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.execute("INSERT INTO file_meta (key, value) VALUES ('role', 'programme')")


def downgrade() -> None:
    op.drop_table("file_meta")
    for table in TRACKED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("base_device_id")
            batch.drop_column("base_updated_at")
