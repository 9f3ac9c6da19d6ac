"""The public pages' memory: single-use tokens and rate-limit events.

A database used by the public pages before this migration existed made these tables
itself, so each is made only when missing.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "used_tokens" not in existing:
        op.create_table("used_tokens",
                        sa.Column("token_hash", sa.String(64), primary_key=True),
                        sa.Column("expires_at", sa.Float, nullable=False))
        op.create_index("ix_used_tokens_expires_at", "used_tokens", ["expires_at"])
    if "rate_events" not in existing:
        op.create_table("rate_events",
                        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                        sa.Column("bucket", sa.String(64), nullable=False),
                        sa.Column("at", sa.Float, nullable=False))
        op.create_index("rate_events_bucket_at", "rate_events", ["bucket", "at"])
