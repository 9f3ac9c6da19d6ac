"""Ledger compaction: a finished issue's per-recipient rows become one summary row, after a while.

The ledger grows by a few hundred bytes per recipient per issue (about 10 GB a year at a million
subscribers weekly). An issue whose send is over (no row pending, sending or unknown) and whose
rows last changed more than `[state] compact_after_days` ago keeps one row in `ledger_summaries`:
its counts per state, when its first row and its last sent message were written. Its recipient
rows, rendered variants and pacing go.

What exactly-once needs stays: the summary counts as the issue's snapshot, so `send`, `worker` and
the scheduler never record or mail its recipients again (`send` answers "already sent"), and the
archive still lists it. The consent record (subscriber events) and the suppression list are other
tables and are never touched. What goes: who exactly got the issue, their errors and provider ids,
and `send --retry-failed` for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from ..errors import SendInProgress
from .ledger import Ledger
from .tables import deliveries, pacing, summaries, variants

FINAL = ("sent", "failed", "skipped")  # states no send changes again; any other row keeps the issue whole


@dataclass(frozen=True)
class Compacted:
    """One issue summarised: how many rows went, and their counts per state."""

    issue: str
    rows: int
    counts: dict[str, int]


def compactable(ledger: Ledger, older_than: timedelta, now: datetime | None = None) -> list[str]:
    """Issues whose rows are all final and none changed within `older_than`, oldest first."""
    cutoff = (now or datetime.now(timezone.utc)) - older_than
    unfinished = sa.func.sum(sa.case((deliveries.c.state.in_(FINAL), 0), else_=1))
    with ledger.engine.connect() as conn:
        return list(conn.execute(sa.select(deliveries.c.issue).group_by(deliveries.c.issue)
                                 .having(unfinished == 0, sa.func.max(deliveries.c.updated_at) < cutoff)
                                 .order_by(deliveries.c.issue)).scalars())


def compact_issue(ledger: Ledger, issue: str) -> Compacted | None:
    """Summarise one finished issue in one transaction; None when it is not finished (or being sent)."""
    try:
        with ledger.lock(issue):  # no send of it resumes meanwhile
            with ledger.engine.connect() as conn, conn.begin() as transaction:
                found = dict(conn.execute(sa.select(deliveries.c.state, sa.func.count())
                                          .where(deliveries.c.issue == issue).group_by(deliveries.c.state)).all())
                if not found or set(found) - set(FINAL):
                    return None
                first_at, last_sent = conn.execute(sa.select(
                    sa.func.min(deliveries.c.updated_at),
                    sa.func.max(sa.case((deliveries.c.state == "sent", deliveries.c.updated_at))))
                    .where(deliveries.c.issue == issue)).one()
                gone = conn.execute(deliveries.delete().where(deliveries.c.issue == issue,
                                                              deliveries.c.state.in_(FINAL))).rowcount
                # A row made due again meanwhile (--retry-failed) was not deleted: keep the issue whole.
                if conn.execute(sa.select(deliveries.c.email).where(deliveries.c.issue == issue).limit(1)).first():
                    transaction.rollback()
                    return None
                conn.execute(summaries.insert().values(issue=issue, counts=found, first_at=first_at,
                                                       last_sent_at=last_sent,
                                                       compacted_at=datetime.now(timezone.utc)))
                conn.execute(variants.delete().where(variants.c.issue == issue))
                conn.execute(pacing.delete().where(pacing.c.issue == issue))
    except SendInProgress:
        return None
    return Compacted(issue, gone, found)


def compact(ledger: Ledger, older_than: timedelta, now: datetime | None = None,
            dry_run: bool = False) -> list[Compacted]:
    """Summarise every issue finished longer ago than `older_than`; with `dry_run`, only say which."""
    issues = compactable(ledger, older_than, now)
    if dry_run:
        return [Compacted(i, counts.total, counts.as_dict()) for i, counts in ((i, ledger.counts(i)) for i in issues)]
    return [done for done in (compact_issue(ledger, i) for i in issues) if done is not None]
