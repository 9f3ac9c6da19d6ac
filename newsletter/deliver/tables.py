"""The send ledger's tables in the state database, and the states a delivery row moves through.

The schema itself is made and upgraded by the Alembic scripts in `newsletter/migrations/`; these
are the live code's view of it (SQLAlchemy Core).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal, get_args

import sqlalchemy as sa

metadata = sa.MetaData()

meta_table = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(255), nullable=False),
)
variants = sa.Table(
    "variants", metadata,
    sa.Column("issue", sa.String(16), primary_key=True),
    sa.Column("variant", sa.String(64), primary_key=True),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("html", sa.Text, nullable=False),
)
deliveries = sa.Table(
    "deliveries", metadata,
    sa.Column("issue", sa.String(16), primary_key=True),
    sa.Column("email", sa.String(320), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, default=""),
    sa.Column("variant", sa.String(64), nullable=False),
    sa.Column("state", sa.String(10), nullable=False, index=True),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("provider_id", sa.String(255)),
    sa.Column("error", sa.Text),
    sa.Column("not_before", sa.Float, nullable=False, default=0.0),
    sa.Column("updated_at", sa.DateTime(timezone=True)),
    sa.Column("lease_owner", sa.String(100)),  # the worker that claimed the row ("host:pid:token")
    sa.Column("lease_until", sa.Float),  # after this (epoch seconds) another worker may take the row back
    sa.Column("claimed_from", sa.String(10)),  # the state before the claim: where a lost claim returns
    sa.Index("ix_deliveries_issue_state_email", "issue", "state", "email"),
    sa.Index("ix_deliveries_issue_state_updated", "issue", "state", "updated_at"),
)
suppressions = sa.Table(
    "suppressions", metadata,
    sa.Column("email_hash", sa.String(64), primary_key=True),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True)),
)
# One row per compacted issue: what its per-recipient rows said, kept after they are deleted
# (deliver/compaction.py). That the issue was sent is what stops it being sent again.
summaries = sa.Table(
    "ledger_summaries", metadata,
    sa.Column("issue", sa.String(16), primary_key=True),
    sa.Column("counts", sa.JSON, nullable=False),  # rows per state when compacted
    sa.Column("first_at", sa.DateTime(timezone=True)),
    sa.Column("last_sent_at", sa.DateTime(timezone=True)),  # when its last message went; None: none went
    sa.Column("compacted_at", sa.DateTime(timezone=True), nullable=False),
)
pacing = sa.Table(  # the send's pace across workers (deliver/pacing.py)
    "pacing", metadata,
    sa.Column("issue", sa.String(16), primary_key=True),
    sa.Column("next_at", sa.Float, nullable=False),
    sa.Column("paused_until", sa.Float, nullable=False),
    sa.Column("window", sa.JSON, nullable=False),
)

# A row's life: pending -> sending -> sent, or back to pending (retry), to unknown (handed over, no answer: one
# more try later), to failed; skipped when its address left (unsubscribed, bounced) before it was sent.
State = Literal["pending", "sending", "sent", "failed", "skipped", "unknown"]
STATES: tuple[State, ...] = get_args(State)
DUE: tuple[State, ...] = ("pending", "unknown")  # states the send loop picks up
UNSENT: tuple[State, ...] = DUE + ("sending",)  # still to send or in flight: what a withdrawal skips


def utc_now() -> datetime:
    """What the tables' `updated_at` and `created_at` columns record: now, in UTC."""
    return datetime.now(timezone.utc)
