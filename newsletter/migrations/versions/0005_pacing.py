"""Pacing shared by every worker of a send: the rate's next slot, the hour's window, a pause for all.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("pacing",
                    sa.Column("issue", sa.String(16), primary_key=True),
                    sa.Column("next_at", sa.Float, nullable=False),
                    sa.Column("paused_until", sa.Float, nullable=False),
                    sa.Column("window", sa.JSON, nullable=False))
