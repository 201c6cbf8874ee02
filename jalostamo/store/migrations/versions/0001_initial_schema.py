"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op




revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('people',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_updated_at'), ['updated_at'], unique=False)

    op.create_table('programmes',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes'))
    )
    with op.batch_alter_table('programmes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programmes_updated_at'), ['updated_at'], unique=False)

    op.create_table('facilitators',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_facilitators_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_facilitators_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facilitators'))
    )
    with op.batch_alter_table('facilitators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facilitators_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facilitators_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facilitators_updated_at'), ['updated_at'], unique=False)

    op.create_table('merge_records',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('source_device_id', sa.String(length=36), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('conflict_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_merge_records_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_records'))
    )
    with op.batch_alter_table('merge_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_records_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_merge_records_updated_at'), ['updated_at'], unique=False)

    op.create_table('review_criteria',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_review_criteria_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_criteria'))
    )
    with op.batch_alter_table('review_criteria', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_criteria_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_criteria_updated_at'), ['updated_at'], unique=False)

    op.create_table('teams',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('color', sa.String(length=9), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_teams_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams'))
    )
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teams_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_teams_updated_at'), ['updated_at'], unique=False)

    op.create_table('themes',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('color', sa.String(length=9), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_themes_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_themes'))
    )
    with op.batch_alter_table('themes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_themes_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_themes_updated_at'), ['updated_at'], unique=False)

    op.create_table('workshops',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('starts_at', sa.String(length=5), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('phase', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_workshops_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops'))
    )
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshops_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshops_updated_at'), ['updated_at'], unique=False)

    op.create_table('agenda_items',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('method_key', sa.String(length=64), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('instructions', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_agenda_items_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('attendance',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_attendance_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_attendance_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('boards',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('template_key', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_boards_programme_id_programmes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_boards_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_boards'))
    )
    with op.batch_alter_table('boards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_boards_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_boards_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_boards_updated_at'), ['updated_at'], unique=False)

    op.create_table('conflicts',
    sa.Column('merge_id', sa.String(length=36), nullable=True),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('winner', sa.JSON(), nullable=False),
    sa.Column('loser', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['merge_id'], ['merge_records.id'], name=op.f('fk_conflicts_merge_id_merge_records'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflicts_updated_at'), ['updated_at'], unique=False)

    op.create_table('experiment_cards',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('theme_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('phenomenon', sa.Text(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('hypothesis', sa.Text(), nullable=False),
    sa.Column('target_group', sa.Text(), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('practice', sa.Text(), nullable=False),
    sa.Column('learning_goals', sa.Text(), nullable=False),
    sa.Column('carried_out_by', sa.Text(), nullable=False),
    sa.Column('budget', sa.Text(), nullable=False),
    sa.Column('resources', sa.Text(), nullable=False),
    sa.Column('schedule', sa.Text(), nullable=False),
    sa.Column('milestones', sa.Text(), nullable=False),
    sa.Column('risks', sa.Text(), nullable=False),
    sa.Column('success_criteria', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('decision', sa.String(length=32), nullable=True),
    sa.Column('decision_reasoning', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_experiment_cards_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_experiment_cards_theme_id_themes'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_experiment_cards'))
    )
    with op.batch_alter_table('experiment_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_experiment_cards_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_experiment_cards_updated_at'), ['updated_at'], unique=False)

    op.create_table('how_might_we',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_how_might_we_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_how_might_we_workshop_id_workshops'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_how_might_we'))
    )
    with op.batch_alter_table('how_might_we', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_how_might_we_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_how_might_we_updated_at'), ['updated_at'], unique=False)

    op.create_table('indicators',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('library_key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=50), nullable=False),
    sa.Column('data_source', sa.String(length=300), nullable=False),
    sa.Column('frequency', sa.String(length=100), nullable=False),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('baseline_on', sa.Date(), nullable=True),
    sa.Column('target_value', sa.Float(), nullable=True),
    sa.Column('target_on', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('meaningful_change', sa.Float(), nullable=True),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_indicators_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators'))
    )
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicators_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_updated_at'), ['updated_at'], unique=False)

    op.create_table('learning_cards',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('hypothesis', sa.Text(), nullable=False),
    sa.Column('observed', sa.Text(), nullable=False),
    sa.Column('insight', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_learning_cards_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_learning_cards_workshop_id_workshops'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_cards'))
    )
    with op.batch_alter_table('learning_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_cards_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_cards_updated_at'), ['updated_at'], unique=False)

    op.create_table('media',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('caption', sa.String(length=300), nullable=False),
    sa.Column('mime_type', sa.String(length=32), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('original', sa.LargeBinary(), nullable=False),
    sa.Column('preview', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_media_person_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_media_team_id_teams'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media'))
    )
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_updated_at'), ['updated_at'], unique=False)

    op.create_table('review_rounds',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('protocol', sa.String(length=32), nullable=False),
    sa.Column('reviews_per_team', sa.Integer(), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('dots_per_reviewer', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_review_rounds_programme_id_programmes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_review_rounds_workshop_id_workshops'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_rounds'))
    )
    with op.batch_alter_table('review_rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_rounds_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_rounds_updated_at'), ['updated_at'], unique=False)

    op.create_table('roadmap_items',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_roadmap_items_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmap_items'))
    )
    with op.batch_alter_table('roadmap_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roadmap_items_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_roadmap_items_updated_at'), ['updated_at'], unique=False)

    op.create_table('team_members',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_team_members_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_members_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_members'))
    )
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_members_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_members_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_members_updated_at'), ['updated_at'], unique=False)

    op.create_table('team_themes',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('theme_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_themes_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_team_themes_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_themes'))
    )
    with op.batch_alter_table('team_themes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_themes_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_themes_theme_id'), ['theme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_themes_updated_at'), ['updated_at'], unique=False)

    op.create_table('board_items',
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('height', sa.Float(), nullable=False),
    sa.Column('z', sa.Float(), nullable=False),
    sa.Column('rotation', sa.Float(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('color', sa.String(length=9), nullable=False),
    sa.Column('shape', sa.String(length=32), nullable=True),
    sa.Column('frame_id', sa.String(length=36), nullable=True),
    sa.Column('group_id', sa.String(length=36), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('media_id', sa.String(length=64), nullable=True),
    sa.Column('source_id', sa.String(length=36), nullable=True),
    sa.Column('target_id', sa.String(length=36), nullable=True),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('arrow_start', sa.Boolean(), nullable=False),
    sa.Column('arrow_end', sa.Boolean(), nullable=False),
    sa.Column('style', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_board_items_board_id_boards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['media_id'], ['media.id'], name=op.f('fk_board_items_media_id_media'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_items'))
    )
    with op.batch_alter_table('board_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_items_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_board_items_updated_at'), ['updated_at'], unique=False)

    op.create_table('board_versions',
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_board_versions_board_id_boards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_board_versions_workshop_id_workshops'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_versions'))
    )
    with op.batch_alter_table('board_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_versions_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_board_versions_updated_at'), ['updated_at'], unique=False)

    op.create_table('dot_votes',
    sa.Column('board_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('dots_per_voter', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_dot_votes_board_id_boards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dot_votes'))
    )
    with op.batch_alter_table('dot_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dot_votes_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dot_votes_updated_at'), ['updated_at'], unique=False)

    op.create_table('measurements',
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_measurements_indicator_id_indicators'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurements'))
    )
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurements_indicator_id'), ['indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measurements_updated_at'), ['updated_at'], unique=False)

    op.create_table('review_assignments',
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('reviewer_team_id', sa.String(length=36), nullable=True),
    sa.Column('reviewee_team_id', sa.String(length=36), nullable=False),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['reviewee_team_id'], ['teams.id'], name=op.f('fk_review_assignments_reviewee_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_team_id'], ['teams.id'], name=op.f('fk_review_assignments_reviewer_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['review_rounds.id'], name=op.f('fk_review_assignments_round_id_review_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_assignments'))
    )
    with op.batch_alter_table('review_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_assignments_reviewee_team_id'), ['reviewee_team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_assignments_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_assignments_updated_at'), ['updated_at'], unique=False)

    op.create_table('dots',
    sa.Column('vote_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('voter', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['board_items.id'], name=op.f('fk_dots_item_id_board_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vote_id'], ['dot_votes.id'], name=op.f('fk_dots_vote_id_dot_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dots'))
    )
    with op.batch_alter_table('dots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dots_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dots_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_dots_vote_id'), ['vote_id'], unique=False)

    op.create_table('reviews',
    sa.Column('assignment_id', sa.String(length=36), nullable=False),
    sa.Column('focusing_question', sa.Text(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('submitted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['assignment_id'], ['review_assignments.id'], name=op.f('fk_reviews_assignment_id_review_assignments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews'))
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_assignment_id'), ['assignment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reviews_updated_at'), ['updated_at'], unique=False)

    op.create_table('test_sessions',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('segment', sa.String(length=300), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=200), nullable=False),
    sa.Column('board_version_id', sa.String(length=36), nullable=True),
    sa.Column('consent_informed', sa.Boolean(), nullable=False),
    sa.Column('has_minors', sa.Boolean(), nullable=False),
    sa.Column('consent_guardian', sa.Boolean(), nullable=False),
    sa.Column('consent_quotes', sa.Boolean(), nullable=False),
    sa.Column('consent_recording', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['board_version_id'], ['board_versions.id'], name=op.f('fk_test_sessions_board_version_id_board_versions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_test_sessions_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_test_sessions'))
    )
    with op.batch_alter_table('test_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_test_sessions_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_test_sessions_updated_at'), ['updated_at'], unique=False)

    op.create_table('feedback_notes',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('quadrant', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('is_quote', sa.Boolean(), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('media_id', sa.String(length=64), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['media_id'], ['media.id'], name=op.f('fk_feedback_notes_media_id_media'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_feedback_notes_person_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['test_sessions.id'], name=op.f('fk_feedback_notes_session_id_test_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_notes'))
    )
    with op.batch_alter_table('feedback_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_notes_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_notes_updated_at'), ['updated_at'], unique=False)

    op.create_table('insights',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('test_session_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_insights_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['test_session_id'], ['test_sessions.id'], name=op.f('fk_insights_test_session_id_test_sessions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insights'))
    )
    with op.batch_alter_table('insights', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insights_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_insights_test_session_id'), ['test_session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_insights_updated_at'), ['updated_at'], unique=False)

    op.create_table('review_authors',
    sa.Column('review_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_review_authors_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_review_authors_review_id_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_authors'))
    )
    with op.batch_alter_table('review_authors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_authors_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_authors_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_authors_updated_at'), ['updated_at'], unique=False)

    op.create_table('review_notes',
    sa.Column('review_id', sa.String(length=36), nullable=False),
    sa.Column('column', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_review_notes_review_id_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_notes'))
    )
    with op.batch_alter_table('review_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_notes_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_notes_updated_at'), ['updated_at'], unique=False)

    op.create_table('rubric_scores',
    sa.Column('review_id', sa.String(length=36), nullable=False),
    sa.Column('criterion_id', sa.String(length=36), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['criterion_id'], ['review_criteria.id'], name=op.f('fk_rubric_scores_criterion_id_review_criteria'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_rubric_scores_review_id_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rubric_scores'))
    )
    with op.batch_alter_table('rubric_scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rubric_scores_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rubric_scores_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rubric_scores_updated_at'), ['updated_at'], unique=False)

    op.create_table('insight_notes',
    sa.Column('insight_id', sa.String(length=36), nullable=False),
    sa.Column('note_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.ForeignKeyConstraint(['insight_id'], ['insights.id'], name=op.f('fk_insight_notes_insight_id_insights'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['feedback_notes.id'], name=op.f('fk_insight_notes_note_id_feedback_notes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insight_notes'))
    )
    with op.batch_alter_table('insight_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insight_notes_insight_id'), ['insight_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_insight_notes_note_id'), ['note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_insight_notes_updated_at'), ['updated_at'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('insight_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insight_notes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_insight_notes_note_id'))
        batch_op.drop_index(batch_op.f('ix_insight_notes_insight_id'))

    op.drop_table('insight_notes')
    with op.batch_alter_table('rubric_scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rubric_scores_updated_at'))
        batch_op.drop_index(batch_op.f('ix_rubric_scores_review_id'))
        batch_op.drop_index(batch_op.f('ix_rubric_scores_criterion_id'))

    op.drop_table('rubric_scores')
    with op.batch_alter_table('review_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_notes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_review_notes_review_id'))

    op.drop_table('review_notes')
    with op.batch_alter_table('review_authors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_authors_updated_at'))
        batch_op.drop_index(batch_op.f('ix_review_authors_review_id'))
        batch_op.drop_index(batch_op.f('ix_review_authors_person_id'))

    op.drop_table('review_authors')
    with op.batch_alter_table('insights', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insights_updated_at'))
        batch_op.drop_index(batch_op.f('ix_insights_test_session_id'))
        batch_op.drop_index(batch_op.f('ix_insights_team_id'))

    op.drop_table('insights')
    with op.batch_alter_table('feedback_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_notes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_feedback_notes_session_id'))

    op.drop_table('feedback_notes')
    with op.batch_alter_table('test_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_test_sessions_updated_at'))
        batch_op.drop_index(batch_op.f('ix_test_sessions_team_id'))

    op.drop_table('test_sessions')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_updated_at'))
        batch_op.drop_index(batch_op.f('ix_reviews_assignment_id'))

    op.drop_table('reviews')
    with op.batch_alter_table('dots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dots_vote_id'))
        batch_op.drop_index(batch_op.f('ix_dots_updated_at'))
        batch_op.drop_index(batch_op.f('ix_dots_item_id'))

    op.drop_table('dots')
    with op.batch_alter_table('review_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_assignments_updated_at'))
        batch_op.drop_index(batch_op.f('ix_review_assignments_round_id'))
        batch_op.drop_index(batch_op.f('ix_review_assignments_reviewee_team_id'))

    op.drop_table('review_assignments')
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurements_updated_at'))
        batch_op.drop_index(batch_op.f('ix_measurements_indicator_id'))

    op.drop_table('measurements')
    with op.batch_alter_table('dot_votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dot_votes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_dot_votes_board_id'))

    op.drop_table('dot_votes')
    with op.batch_alter_table('board_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_board_versions_updated_at'))
        batch_op.drop_index(batch_op.f('ix_board_versions_board_id'))

    op.drop_table('board_versions')
    with op.batch_alter_table('board_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_board_items_updated_at'))
        batch_op.drop_index(batch_op.f('ix_board_items_board_id'))

    op.drop_table('board_items')
    with op.batch_alter_table('team_themes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_themes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_team_themes_theme_id'))
        batch_op.drop_index(batch_op.f('ix_team_themes_team_id'))

    op.drop_table('team_themes')
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_members_updated_at'))
        batch_op.drop_index(batch_op.f('ix_team_members_team_id'))
        batch_op.drop_index(batch_op.f('ix_team_members_person_id'))

    op.drop_table('team_members')
    with op.batch_alter_table('roadmap_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roadmap_items_updated_at'))
        batch_op.drop_index(batch_op.f('ix_roadmap_items_team_id'))

    op.drop_table('roadmap_items')
    with op.batch_alter_table('review_rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_rounds_updated_at'))
        batch_op.drop_index(batch_op.f('ix_review_rounds_programme_id'))

    op.drop_table('review_rounds')
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_updated_at'))
        batch_op.drop_index(batch_op.f('ix_media_team_id'))

    op.drop_table('media')
    with op.batch_alter_table('learning_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learning_cards_updated_at'))
        batch_op.drop_index(batch_op.f('ix_learning_cards_team_id'))

    op.drop_table('learning_cards')
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicators_updated_at'))
        batch_op.drop_index(batch_op.f('ix_indicators_team_id'))

    op.drop_table('indicators')
    with op.batch_alter_table('how_might_we', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_how_might_we_updated_at'))
        batch_op.drop_index(batch_op.f('ix_how_might_we_team_id'))

    op.drop_table('how_might_we')
    with op.batch_alter_table('experiment_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_experiment_cards_updated_at'))
        batch_op.drop_index(batch_op.f('ix_experiment_cards_team_id'))

    op.drop_table('experiment_cards')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_updated_at'))
        batch_op.drop_index(batch_op.f('ix_conflicts_row_id'))

    op.drop_table('conflicts')
    with op.batch_alter_table('boards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_boards_updated_at'))
        batch_op.drop_index(batch_op.f('ix_boards_team_id'))
        batch_op.drop_index(batch_op.f('ix_boards_programme_id'))

    op.drop_table('boards')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_updated_at'))
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_updated_at'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshops_updated_at'))
        batch_op.drop_index(batch_op.f('ix_workshops_programme_id'))

    op.drop_table('workshops')
    with op.batch_alter_table('themes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_themes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_themes_programme_id'))

    op.drop_table('themes')
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teams_updated_at'))
        batch_op.drop_index(batch_op.f('ix_teams_programme_id'))

    op.drop_table('teams')
    with op.batch_alter_table('review_criteria', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_criteria_updated_at'))
        batch_op.drop_index(batch_op.f('ix_review_criteria_programme_id'))

    op.drop_table('review_criteria')
    with op.batch_alter_table('merge_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_records_updated_at'))
        batch_op.drop_index(batch_op.f('ix_merge_records_programme_id'))

    op.drop_table('merge_records')
    with op.batch_alter_table('facilitators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facilitators_updated_at'))
        batch_op.drop_index(batch_op.f('ix_facilitators_programme_id'))
        batch_op.drop_index(batch_op.f('ix_facilitators_person_id'))

    op.drop_table('facilitators')
    with op.batch_alter_table('programmes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programmes_updated_at'))

    op.drop_table('programmes')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_updated_at'))

    op.drop_table('people')
    
