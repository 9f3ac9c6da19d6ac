"""What the ledger says about sends: rows per state, the failures, and which issues went out when."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import datetime, timezone
from typing import Iterable

import sqlalchemy as sa

from ..state import check_known
from ..words import counted
from .tables import STATES, UNSENT, State, deliveries, summaries


@dataclass(frozen=True)
class LedgerCounts:
    """An issue's rows per state: one field per `State`, in the same order."""

    pending: int
    sending: int
    sent: int
    failed: int
    skipped: int
    unknown: int

    @property
    def total(self) -> int:
        """Every row: one per recipient in the snapshot."""
        return sum(astuple(self))

    @property
    def remaining(self) -> int:
        """Rows still to send or in flight."""
        return sum(getattr(self, s) for s in UNSENT)

    def as_dict(self) -> dict[State, int]:
        """`{state: rows}` in state order, for JSON and for printing."""
        return {s: getattr(self, s) for s in STATES}


class LedgerReports:
    """The ledger's reports (a part of `Ledger`); each reads a compacted issue from its summary row."""

    engine: sa.Engine

    def counts(self, issue: str) -> LedgerCounts:
        """Rows of the issue per state (from its summary once compacted)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(deliveries.c.state, sa.func.count())
                                .where(deliveries.c.issue == issue).group_by(deliveries.c.state))
            found = {r[0]: r[1] for r in rows} or conn.execute(
                sa.select(summaries.c.counts).where(summaries.c.issue == issue)).scalar() or {}
        check_known(found, STATES, lambda n: f"{counted(n, 'row')} of {issue}", "state")
        return LedgerCounts(**{s: found.get(s, 0) for s in STATES})

    def failures(self, issue: str, limit: int = 20) -> list[tuple[str, str]]:
        """The first `limit` failed rows of the issue, by address: (email, why)."""
        with self.engine.connect() as conn:
            return [(r.email, r.error or "") for r in conn.execute(
                sa.select(deliveries.c.email, deliveries.c.error)
                .where(deliveries.c.issue == issue, deliveries.c.state == "failed")
                .order_by(deliveries.c.email).limit(limit))]

    def sent_issues(self, among: Iterable[str] | None = None) -> dict[str, datetime]:
        """Every issue at least one subscriber was sent (or those of `among`), with when the last of its messages
        went (UTC). Asked about `among`, each issue is one index lookup however long the ledger is."""
        with self.engine.connect() as conn:
            if among is None:
                rows = list(conn.execute(sa.select(deliveries.c.issue, sa.func.max(deliveries.c.updated_at))
                                         .where(deliveries.c.state == "sent").group_by(deliveries.c.issue)))
            else:
                rows = [(issue, conn.execute(sa.select(sa.func.max(deliveries.c.updated_at)).where(
                    deliveries.c.issue == issue, deliveries.c.state == "sent")).scalar()) for issue in sorted(among)]
            rows += conn.execute(sa.select(summaries.c.issue, summaries.c.last_sent_at)
                                 .where(summaries.c.last_sent_at.is_not(None)))
            return {issue: (when if when.tzinfo else when.replace(tzinfo=timezone.utc))
                    for issue, when in rows if when is not None and (among is None or issue in among)}
