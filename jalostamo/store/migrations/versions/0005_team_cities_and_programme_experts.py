"""Teams of several cities and experts invited to the programme

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

``team_cities``: the further cities of a team of several cities working on one shared
experiment (the first city stays in ``teams.city``). ``programme_experts``: experts invited to
the programme as such, not only through a review round (the person, their field of expertise).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _history() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.Column("base_updated_at", sa.String(length=27), nullable=True),
        sa.Column("base_device_id", sa.String(length=36), nullable=True),
        sa.Column("field_clock", sa.JSON(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "team_cities",
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        *_history(),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_team_cities_team_id_teams"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_cities")),
    )
    with op.batch_alter_table("team_cities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_cities_team_id"), ["team_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_team_cities_updated_at"), ["updated_at"],
                              unique=False)
    op.create_table(
        "programme_experts",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("expertise", sa.String(length=200), nullable=False),
        *_history(),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_programme_experts_person_id_people"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["programme_id"], ["programmes.id"],
                                name=op.f("fk_programme_experts_programme_id_programmes"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_experts")),
    )
    with op.batch_alter_table("programme_experts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_experts_person_id"), ["person_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_programme_experts_programme_id"), ["programme_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_programme_experts_updated_at"), ["updated_at"],
                              unique=False)


def downgrade() -> None:
    op.drop_table("programme_experts")
    op.drop_table("team_cities")
