"""support loop

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 09:48:01.580170
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.models

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("mentor_membership_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", bot.storage.models.UTCDateTime(), nullable=False),
        sa.Column("answered_at", bot.storage.models.UTCDateTime(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mentor_membership_id"],
            ["memberships.id"],
            name=op.f("fk_offers_mentor_membership_id_memberships"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["support_requests.id"],
            name=op.f("fk_offers_request_id_support_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offers")),
    )
    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_offers_mentor_membership_id"), ["mentor_membership_id"], unique=False
        )
        batch_op.create_index("ix_offers_request_state", ["request_id", "state"], unique=False)

    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.add_column(sa.Column("on_shift", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("capacity", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("load", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("available_since", bot.storage.models.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("notify_on_shift", sa.Boolean(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("queued_at", bot.storage.models.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("avoid_mentor_membership_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_support_requests_avoid_mentor_membership_id_memberships"),
            "memberships",
            ["avoid_mentor_membership_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_support_requests_avoid_mentor_membership_id_memberships"),
            type_="foreignkey",
        )
        batch_op.drop_column("avoid_mentor_membership_id")
        batch_op.drop_column("queued_at")

    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_column("notify_on_shift")
        batch_op.drop_column("available_since")
        batch_op.drop_column("load")
        batch_op.drop_column("capacity")
        batch_op.drop_column("on_shift")

    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.drop_index("ix_offers_request_state")
        batch_op.drop_index(batch_op.f("ix_offers_mentor_membership_id"))

    op.drop_table("offers")
