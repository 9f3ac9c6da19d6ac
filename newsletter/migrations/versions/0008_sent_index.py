"""An index on the ledger's (issue, state, updated_at): when an issue's last message went is one index
lookup, so the archive's pages no longer read every sent row of the ledger on each request.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_deliveries_issue_state_updated", "deliveries", ["issue", "state", "updated_at"])
