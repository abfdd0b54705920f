"""crisis-path messages are written before they are sent

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.models

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("alert_messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), server_default="alert", nullable=False)
        )
        batch_op.add_column(
            sa.Column("language", sa.String(length=8), server_default="en", nullable=False)
        )
        batch_op.add_column(sa.Column("step", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("claimed_until", bot.storage.models.UTCDateTime(), nullable=True)
        )
        batch_op.alter_column("message_id", existing_type=sa.BigInteger(), nullable=True)
        batch_op.alter_column(
            "sent_at", existing_type=bot.storage.models.UTCDateTime(), nullable=True
        )
        batch_op.create_index(
            batch_op.f("ix_alert_messages_claimed_until"), ["claimed_until"], unique=False
        )


def downgrade() -> None:
    # Messages never sent have no place under the older rule.
    op.execute("DELETE FROM alert_messages WHERE message_id IS NULL OR sent_at IS NULL")
    with op.batch_alter_table("alert_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_messages_claimed_until"))
        batch_op.alter_column(
            "sent_at", existing_type=bot.storage.models.UTCDateTime(), nullable=False
        )
        batch_op.alter_column("message_id", existing_type=sa.BigInteger(), nullable=False)
        batch_op.drop_column("claimed_until")
        batch_op.drop_column("step")
        batch_op.drop_column("language")
        batch_op.drop_column("kind")
