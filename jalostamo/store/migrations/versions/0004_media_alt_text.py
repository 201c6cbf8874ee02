"""A photo's alternative text

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

``media.alt_text``: what the photo shows, in words, for people who cannot see it (the
Figure's /Alt in a tagged report). Empty: the report falls back on the caption.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("media", sa.Column("alt_text", sa.String(length=1000), nullable=False,
                                     server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("media") as batch:
        batch.drop_column("alt_text")
