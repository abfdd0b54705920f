"""check-ins

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 10:27:04.300223
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.models

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_membership_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("due_at", bot.storage.models.UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempted_at", bot.storage.models.UTCDateTime(), nullable=True),
        sa.Column("sent_at", bot.storage.models.UTCDateTime(), nullable=True),
        sa.Column("answered_at", bot.storage.models.UTCDateTime(), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("talk_again", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_checkins_conversation_id_conversations"),
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_checkins_school_id_schools")
        ),
        sa.ForeignKeyConstraint(
            ["student_membership_id"],
            ["memberships.id"],
            name=op.f("fk_checkins_student_membership_id_memberships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkins_student_membership_id"), ["student_membership_id"], unique=False
        )

    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("checkins_enabled", sa.Boolean(), server_default="1", nullable=False)
        )

    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("preferred_mentor_membership_id", sa.Integer(), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_support_requests_preferred_mentor_membership_id_memberships"),
            "memberships",
            ["preferred_mentor_membership_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_support_requests_preferred_mentor_membership_id_memberships"),
            type_="foreignkey",
        )
        batch_op.drop_column("preferred_mentor_membership_id")

    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_column("checkins_enabled")

    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_student_membership_id"))

    op.drop_table("checkins")
