"""crisis escalation

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 10:14:38.357264
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.models

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alert_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("sent_at", bot.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalations.id"],
            name=op.f("fk_alert_messages_escalation_id_escalations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_messages")),
    )
    with op.batch_alter_table("alert_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alert_messages_escalation_id"), ["escalation_id"], unique=False
        )

    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resolved_by_membership_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("flagged_by_membership_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("digested_at", bot.storage.models.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("repeats", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_escalations_flagged_by_membership_id_memberships"),
            "memberships",
            ["flagged_by_membership_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_escalations_resolved_by_membership_id_memberships"),
            "memberships",
            ["resolved_by_membership_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_escalations_resolved_by_membership_id_memberships"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_escalations_flagged_by_membership_id_memberships"), type_="foreignkey"
        )
        batch_op.drop_column("repeats")
        batch_op.drop_column("digested_at")
        batch_op.drop_column("flagged_by_membership_id")
        batch_op.drop_column("resolved_by_membership_id")

    with op.batch_alter_table("alert_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_messages_escalation_id"))

    op.drop_table("alert_messages")
