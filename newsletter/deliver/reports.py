"""What the ledger says about sends: rows per state, the failures, and which issues went out when."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable

import sqlalchemy as sa

from ..errors import StateError
from ..words import counted
from .tables import STATES, deliveries, summaries


class LedgerReports:
    """The ledger's reports (a part of `Ledger`); each reads a compacted issue from its summary row."""

    engine: sa.Engine

    def counts(self, issue: str) -> dict[str, int]:
        """Rows of the issue per state (from its summary once compacted)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(deliveries.c.state, sa.func.count())
                                .where(deliveries.c.issue == issue).group_by(deliveries.c.state))
            found = {r[0]: r[1] for r in rows} or conn.execute(
                sa.select(summaries.c.counts).where(summaries.c.issue == issue)).scalar() or {}
        strange = sorted(set(found) - set(STATES))
        if strange:
            raise StateError(f"the state database has {counted(sum(found[s] for s in strange), 'row')} of {issue} in an "
                             f"unknown state ({', '.join(strange)})",
                             hint=f"it was changed by hand or by another program; set them to one of "
                                  f"{', '.join(STATES)} or restore a backup")
        return {s: found.get(s, 0) for s in STATES}

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
