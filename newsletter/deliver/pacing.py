"""Pacing for a send as a whole, however many workers share it, kept in the state database.

    next_at       when the next message may go at `rate` messages a second
    window        (time, count) of the last hour's messages, for `hourly_cap`
    paused_until  a provider's Retry-After or an outage: every worker waits until then

A worker reserves its batch before sending it (the rate's slot and the hour's count, in one
transaction that locks the issue's row) and gives back what the provider did not accept, so
refused attempts do not use up the hour.
"""

from __future__ import annotations

import sqlalchemy as sa

from .tables import pacing

_PAUSED = sa.select(pacing.c.paused_until).where(pacing.c.issue == sa.bindparam("b_issue"))

HOUR = 3600.0
# Without rate or cap, a batch only has to see another worker's pause: reading it once a second instead
# of before every message (one SMTP message a batch) costs a pause at most a second late.
PAUSE_POLL = 1.0


class SharedPacer:
    """Keeps under `rate` messages a second and `hourly` an hour (0 = no limit) across all workers."""

    def __init__(self, ledger, issue: str, rate: float, hourly: int, clock, sleep):
        self.engine, self.issue = ledger.engine, issue
        self.rate, self.hourly, self.clock, self.sleep = rate, hourly, clock, sleep
        self.reserved = 0
        self.paused_until, self.pause_read_at = 0.0, float("-inf")

    def allowance(self, wanted: int) -> int:
        """How many of `wanted` may go now, after waiting for a pause, the rate or the hour if needed."""
        while True:
            granted, wait = self._reserve(wanted, self.clock())
            if wait > 0:
                self.sleep(wait)
            if granted:
                self.reserved = granted
                return granted

    def sent(self, accepted: int) -> None:
        """Give back the part of the last reservation the provider did not accept."""
        unused, self.reserved = self.reserved - accepted, 0
        if unused > 0 and self.hourly > 0:
            with self.engine.begin() as conn:
                row = self._locked(conn)
                window = row.window + [[self.clock(), -unused]]
                conn.execute(pacing.update().where(pacing.c.issue == self.issue).values(window=window))

    def pause_all(self, seconds: float) -> None:
        """Make every worker of this send wait `seconds` from now (a Retry-After, an outage)."""
        until = self.clock() + seconds
        self.paused_until = max(self.paused_until, until)
        with self.engine.begin() as conn:
            row = self._locked(conn)
            if until > row.paused_until:
                conn.execute(pacing.update().where(pacing.c.issue == self.issue).values(paused_until=until))

    def _reserve(self, wanted: int, now: float) -> tuple[int, float]:
        """(messages granted, seconds to wait first); (0, wait) when the hour is used up or all are paused."""
        if self.rate <= 0 and self.hourly <= 0:  # nothing to reserve: only a pause can hold the batch
            if now - self.pause_read_at >= PAUSE_POLL:
                with self.engine.connect() as conn:
                    self.paused_until = conn.execute(_PAUSED, {"b_issue": self.issue}).scalar() or 0.0
                self.pause_read_at = now
            until = self.paused_until
            return (0, until - now) if until > now else (wanted, 0.0)
        with self.engine.begin() as conn:
            row = self._locked(conn)
            if row.paused_until > now:
                return 0, row.paused_until - now
            window = [[t, n] for t, n in row.window if t > now - HOUR]
            n = wanted
            if self.hourly > 0:
                used = sum(c for _, c in window)
                if used >= self.hourly:
                    return 0, min(t for t, c in window if c > 0) + HOUR - now
                n = min(n, self.hourly - used)
            start = now
            values: dict = {}
            if self.rate > 0:
                n = max(1, min(n, int(self.rate) or 1))
                start = max(now, row.next_at)
                values["next_at"] = start + n / self.rate
            if self.hourly > 0:
                values["window"] = window + [[start, n]]
            if values:
                conn.execute(pacing.update().where(pacing.c.issue == self.issue).values(**values))
            return n, start - now

    def _locked(self, conn):
        """The issue's pacing row, locked for this transaction (made on first use)."""
        # A no-op update takes the row's lock on PostgreSQL and the writer's lock on SQLite before reading.
        touch = pacing.update().where(pacing.c.issue == self.issue).values(next_at=pacing.c.next_at)
        if conn.execute(touch).rowcount == 0:
            fresh = pacing.insert().values(issue=self.issue, next_at=0.0, paused_until=0.0, window=[])
            if self.engine.dialect.name == "sqlite":  # the writer's lock is ours already: nobody can race us
                conn.execute(fresh)
            else:
                try:
                    with conn.begin_nested():
                        conn.execute(fresh)
                except sa.exc.IntegrityError:
                    conn.execute(touch)  # another worker made it first
        return conn.execute(sa.select(pacing).where(pacing.c.issue == self.issue)).one()
