"""One summary row per compacted issue, kept when its per-recipient ledger rows are deleted.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("ledger_summaries",
                    sa.Column("issue", sa.String(16), primary_key=True),
                    sa.Column("counts", sa.JSON, nullable=False),
                    sa.Column("first_at", sa.DateTime(timezone=True)),
                    sa.Column("last_sent_at", sa.DateTime(timezone=True)),
                    sa.Column("compacted_at", sa.DateTime(timezone=True), nullable=False))
