"""Built issues and their files in the state database, so any machine sends and serves the same ones.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("built_issues",
                    sa.Column("week", sa.String(16), primary_key=True),
                    sa.Column("hash", sa.String(64), nullable=False),
                    sa.Column("built_at", sa.String(40), nullable=False))
    op.create_table("built_files",
                    sa.Column("week", sa.String(16), primary_key=True),
                    sa.Column("name", sa.String(200), primary_key=True),
                    sa.Column("body", sa.LargeBinary, nullable=False))
