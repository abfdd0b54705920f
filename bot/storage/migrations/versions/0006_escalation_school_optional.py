"""an alert from someone not enrolled has no school

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 12:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.alter_column("school_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # Alerts without a school cannot be kept under the older rule.
    op.execute("DELETE FROM escalations WHERE school_id IS NULL")
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.alter_column("school_id", existing_type=sa.Integer(), nullable=False)
