"""Leases on claimed deliveries, so several workers (processes or machines) share one send.

A worker claims due rows by setting them `sending` with its name and a lease end;
`claimed_from` keeps the state they had (pending or unknown), which is where they go
back if the worker dies before recording them.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(100)))
        batch.add_column(sa.Column("lease_until", sa.Float))
        batch.add_column(sa.Column("claimed_from", sa.String(10)))
