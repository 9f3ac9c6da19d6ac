"""Baseline: the send ledger and the gather side's tables as they were before migrations.

A database made by that release has some or all of these already (each part of the
program created its own tables on first use), so each table is made only when missing.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ_DATETIME = sa.DateTime(timezone=True)


def _tables() -> dict[str, tuple]:
    return {
        "meta": (sa.Column("key", sa.String(64), primary_key=True),
                 sa.Column("value", sa.String(255), nullable=False)),
        "variants": (sa.Column("issue", sa.String(16), primary_key=True),
                     sa.Column("variant", sa.String(64), primary_key=True),
                     sa.Column("subject", sa.Text, nullable=False),
                     sa.Column("text", sa.Text, nullable=False),
                     sa.Column("html", sa.Text, nullable=False)),
        "deliveries": (sa.Column("issue", sa.String(16), primary_key=True),
                       sa.Column("email", sa.String(320), primary_key=True),
                       sa.Column("name", sa.String(200), nullable=False),
                       sa.Column("variant", sa.String(64), nullable=False),
                       sa.Column("state", sa.String(10), nullable=False),
                       sa.Column("attempts", sa.Integer, nullable=False),
                       sa.Column("provider_id", sa.String(255)),
                       sa.Column("error", sa.Text),
                       sa.Column("not_before", sa.Float, nullable=False),
                       sa.Column("updated_at", TZ_DATETIME)),
        "suppressions": (sa.Column("email_hash", sa.String(64), primary_key=True),
                         sa.Column("reason", sa.String(32), nullable=False),
                         sa.Column("created_at", TZ_DATETIME)),
        "feeds": (sa.Column("url", sa.String(2000), primary_key=True),
                  sa.Column("etag", sa.String(500)),
                  sa.Column("last_modified", sa.String(100))),
        "feed_items": (sa.Column("source", sa.String(2000), primary_key=True),
                       sa.Column("key", sa.String(2100), primary_key=True),
                       sa.Column("aliases", sa.Text, nullable=False),
                       sa.Column("day", sa.Date, nullable=False),
                       sa.Column("data", sa.Text, nullable=False)),
        "pages": (sa.Column("url", sa.String(2000), primary_key=True),
                  sa.Column("data", sa.Text, nullable=False),
                  sa.Column("fetched_at", sa.Float, nullable=False)),
        "http_cache": (sa.Column("url", sa.String(2000), primary_key=True),
                       sa.Column("body", sa.Text, nullable=False),
                       sa.Column("fetched_at", sa.Float, nullable=False)),
        "flags": (sa.Column("key", sa.String(200), primary_key=True),
                  sa.Column("value", sa.String(200), nullable=False)),
        "shows": (sa.Column("name", sa.String(300), primary_key=True),
                  sa.Column("service_id", sa.Integer)),
    }


_INDEXES = {"ix_deliveries_state": ("deliveries", ["state"]), "ix_feed_items_day": ("feed_items", ["day"])}


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for name, columns in _tables().items():
        if name not in existing:
            op.create_table(name, *columns)
            for index, (table, cols) in _INDEXES.items():
                if table == name:
                    op.create_index(index, table, cols)
