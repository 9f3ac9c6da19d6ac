"""Claiming rows and recording sends: the moves the send loop makes in the ledger.

A worker claims due rows (`sending`, leased to it), hands their messages over, and records each
outcome in the same commit that marks or re-leases the next batch. A row is marked `sent` only
after the provider accepted the message. Rows found in `sending` when a run starts belong to a run
that died mid-batch; `reconcile` puts them back, and they are sent again with the same Message-ID
(and idempotency key where the provider has one).
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from .tables import DUE, UNSENT, State, deliveries, utc_now

# Built once: the send loop runs these for every message.
# Marks only rows still due: one withdrawn (unsubscribed, removed) since it was read is left alone.
_MARK = (deliveries.update()
         .where(deliveries.c.issue == sa.bindparam("b_issue"),
                deliveries.c.email.in_(sa.bindparam("b_emails", expanding=True)), deliveries.c.state.in_(DUE))
         .values(state="sending", attempts=deliveries.c.attempts + 1, updated_at=sa.bindparam("b_now")))
_MARKED = (sa.select(deliveries.c.email)
           .where(deliveries.c.issue == sa.bindparam("b_issue"),
                  deliveries.c.email.in_(sa.bindparam("b_emails", expanding=True)), deliveries.c.state == "sending"))
# A row withdrawn while its message was in flight stays `skipped` unless the message was in fact sent:
# a transient answer must not bring back someone who left.
_RECORD = (deliveries.update()
           .where(deliveries.c.issue == sa.bindparam("b_issue"), deliveries.c.email == sa.bindparam("b_email"),
                  sa.or_(deliveries.c.state != "skipped", sa.bindparam("state") == "sent"))
           .values(state=sa.bindparam("state"), provider_id=sa.bindparam("provider_id"), error=sa.bindparam("error"),
                   not_before=sa.bindparam("not_before"), updated_at=sa.bindparam("updated_at"),
                   attempts=sa.bindparam("attempts")))
_MINE = (deliveries.c.issue == sa.bindparam("b_issue"), deliveries.c.lease_owner == sa.bindparam("b_owner"),
         deliveries.c.email.in_(sa.bindparam("b_emails", expanding=True)), deliveries.c.state == "sending")
_RENEW = deliveries.update().where(*_MINE).values(lease_until=sa.bindparam("b_until"))
_HELD = sa.select(deliveries.c.email).where(*_MINE)
_RELEASE = (deliveries.update().where(*_MINE)
            .values(state=sa.func.coalesce(deliveries.c.claimed_from, "pending"), attempts=deliveries.c.attempts - 1,
                    lease_owner=None, lease_until=None, updated_at=sa.bindparam("b_now")))
# _RECORD, _MARK and _RENEW for one row, as plain SQLite statements, for SendMoves._advance_one.
_RECORD_SQL = ("UPDATE deliveries SET state = ?1, provider_id = ?2, error = ?3, not_before = ?4, updated_at = ?5, "
               "attempts = ?6 WHERE issue = ?7 AND email = ?8 AND (state <> 'skipped' OR ?1 = 'sent')")
_MARK_SQL = ("UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ? "
             "WHERE issue = ? AND email = ? AND state IN ('pending', 'unknown')")
_RENEW_SQL = ("UPDATE deliveries SET lease_until = ? "
              "WHERE issue = ? AND lease_owner = ? AND email = ? AND state = 'sending'")
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # the form SQLAlchemy stores a DateTime in on SQLite


@dataclass(frozen=True)
class Claimed:
    """A delivery row a worker holds: attempts and state as they were before the claim."""

    email: str
    name: str
    variant: str
    attempts: int
    state: State


@dataclass(frozen=True)
class Outcome:
    """What the ledger records of one message: its row's next state and how it got there."""

    email: str
    state: State
    attempts: int
    provider_id: str | None = None
    error: str | None = None
    not_before: float = 0.0  # epoch seconds before which the row is not due again


_LIVE_OWNERS: set[str] = set()  # claims held by send loops running in this process


def new_owner() -> str:
    """A name for one send loop's claims: this machine, this process, and a token for this loop."""
    owner = f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(6)}"
    _LIVE_OWNERS.add(owner)
    return owner


def end_owner(owner: str) -> None:
    """The send loop that held claims under this name has ended in this process."""
    _LIVE_OWNERS.discard(owner)


def owner_alive(owner: str) -> bool:
    """Whether a claim's worker may still be sending; unsure (another machine) counts as alive."""
    host, _, rest = owner.partition(":")
    pid, _, _ = rest.partition(":")
    if host != socket.gethostname()[:40] or not pid.isdigit():
        return True  # another machine's worker: its lease decides
    if int(pid) == os.getpid():
        return owner in _LIVE_OWNERS
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SendMoves:
    """The ledger's side of the send loop (a part of `Ledger`): claim, mark, record, release."""

    engine: sa.Engine

    def reconcile(self, issue: str, now: float | None = None) -> int:
        """Rows whose claim was lost go back to the state they were claimed from; returns how many.

        A claim is lost when its worker died (on this machine: its process is gone) or its lease
        ran out (a worker on another machine); rows marked without a lease are always taken back.
        """
        now = time.time() if now is None else now
        with self.engine.begin() as conn:
            owners = conn.execute(sa.select(deliveries.c.lease_owner).distinct()
                                  .where(deliveries.c.issue == issue, deliveries.c.state == "sending")).scalars()
            dead = [o for o in owners if o is not None and not owner_alive(o)]
            lost = sa.or_(deliveries.c.lease_owner.is_(None), deliveries.c.lease_until.is_(None),
                          deliveries.c.lease_until < now, deliveries.c.lease_owner.in_(dead))
            return conn.execute(deliveries.update()
                                .where(deliveries.c.issue == issue, deliveries.c.state == "sending", lost)
                                .values(state=sa.func.coalesce(deliveries.c.claimed_from, "pending"),
                                        lease_owner=None, lease_until=None, updated_at=utc_now())).rowcount

    def claim(self, issue: str, owner: str, size: int, now: float, lease: float) -> list[Claimed]:
        """Take up to `size` due rows for this worker: `sending`, leased until now + lease, in email order.

        Each row is claimed by one worker only: PostgreSQL skips rows another worker is claiming
        (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time, and the update takes only rows
        still due, so two workers never both get one.
        """
        # No ORDER BY: sorting by email makes SQLite walk the primary key past every row already sent
        # (65 ms a claim at 90% of 500k); unsorted, it reads the (issue, state, email) index in
        # order, 0.2 ms however far the send is.
        due = (sa.select(deliveries.c.email)
               .where(deliveries.c.issue == issue, deliveries.c.state.in_(DUE), deliveries.c.not_before <= now)
               .limit(size))
        take = (deliveries.update()
                .where(deliveries.c.issue == issue, deliveries.c.email.in_(sa.bindparam("b_emails", expanding=True)),
                       deliveries.c.state.in_(DUE))
                .values(state="sending", claimed_from=deliveries.c.state, attempts=deliveries.c.attempts + 1,
                        lease_owner=owner, lease_until=now + lease, updated_at=utc_now())
                .returning(deliveries.c.email, deliveries.c.name, deliveries.c.variant, deliveries.c.attempts,
                           deliveries.c.claimed_from))
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                emails = list(conn.execute(due.with_for_update(skip_locked=True)).scalars())
            else:  # read apart: a SQLite transaction that read first cannot always start writing
                with self.engine.connect() as read:
                    emails = list(read.execute(due).scalars())
            rows = conn.execute(take, {"b_emails": emails}).all() if emails else []
        # `attempts` and `state` as they were before this claim, as the judge of the outcome expects.
        return sorted((Claimed(r.email, r.name, r.variant, r.attempts - 1, r.claimed_from) for r in rows),
                      key=lambda c: c.email)

    def release(self, issue: str, owner: str, emails: list[str]) -> None:
        """Give back claimed rows that were not tried (a stop or a pause): as they were before the claim."""
        if emails:
            with self.engine.begin() as conn:
                conn.execute(_RELEASE, {"b_issue": issue, "b_owner": owner, "b_emails": list(emails),
                                        "b_now": utc_now()})

    def next_batch(self, issue: str, size: int, now: float) -> list[sa.Row]:
        """Up to `size` pending rows that are due, in a stable order; never the whole list in memory."""
        with self.engine.connect() as conn:
            return list(conn.execute(
                sa.select(deliveries.c.email, deliveries.c.name, deliveries.c.variant, deliveries.c.attempts,
                          deliveries.c.state)
                .where(deliveries.c.issue == issue, deliveries.c.state.in_(DUE), deliveries.c.not_before <= now)
                .order_by(deliveries.c.email).limit(size)))

    def next_due(self, issue: str) -> float | None:
        """When the issue's next due row may be tried (epoch seconds), or None when no row is due."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.min(deliveries.c.not_before))
                                .where(deliveries.c.issue == issue, deliveries.c.state.in_(DUE))).scalar()

    def mark_sending(self, issue: str, emails: list[str]) -> set[str]:
        """Mark these rows `sending` where they are still due; returns the ones marked."""
        return self.advance(issue, [], emails)

    def record(self, issue: str, outcomes: list[Outcome]) -> None:
        """Write each message's outcome, in one transaction."""
        self.advance(issue, outcomes, [])

    def advance(self, issue: str, outcomes: list[Outcome], next_emails: list[str], owner: str | None = None,
                until: float | None = None) -> set[str]:
        """Record one batch's outcomes and, in the same commit, mark the next batch `sending` where still due
        (or, for a worker with claims, extend its lease to `until` on the rows it still holds).

        Returns the rows marked (or still held): one withdrawn meanwhile (unsubscribed, removed) is not.
        """
        if not outcomes and not next_emails:
            return set()
        now = utc_now()
        if self.engine.dialect.name == "sqlite" and len(outcomes) <= 1 and len(next_emails) <= 1:
            return self._advance_one(issue, outcomes, next_emails, now, owner, until)
        with self.engine.begin() as conn:
            if outcomes:
                conn.execute(_RECORD, [{"b_issue": issue, "b_email": o.email, "state": o.state,
                                        "attempts": o.attempts, "provider_id": o.provider_id,
                                        "error": o.error, "not_before": o.not_before, "updated_at": now}
                                       for o in outcomes])
            if not next_emails:
                return set()
            if owner is not None:
                stmt, params = _RENEW, {"b_issue": issue, "b_owner": owner, "b_emails": list(next_emails),
                                        "b_until": until}
                check = _HELD
            else:
                stmt, params = _MARK, {"b_issue": issue, "b_emails": list(next_emails), "b_now": now}
                check = _MARKED
            if self.engine.dialect.update_returning:
                return {r[0] for r in conn.execute(stmt.returning(deliveries.c.email), params)}
            conn.execute(stmt, params)
            return {r[0] for r in conn.execute(check, params)}

    def _advance_one(self, issue: str, outcomes: list[Outcome], next_emails: list[str], now: datetime,
                     owner: str | None, until: float | None) -> set[str]:
        """`advance` for one message on SQLite, through the DB-API connection: the SMTP loop commits once a
        message, and SQLAlchemy's work per statement cost as much again as the commit itself."""
        stamp = now.strftime(_SQLITE_DATETIME)
        raw = self.engine.raw_connection()
        try:
            cur = raw.cursor()
            for o in outcomes:
                cur.execute(_RECORD_SQL, (o.state, o.provider_id, o.error, o.not_before, stamp, o.attempts, issue,
                                          o.email))
            if owner is not None:
                held = {e for e in next_emails if cur.execute(_RENEW_SQL, (until, issue, owner, e)).rowcount}
            else:
                held = {e for e in next_emails if cur.execute(_MARK_SQL, (stamp, issue, e)).rowcount}
            raw.commit()
        finally:
            raw.close()
        return held

    def issues_due(self) -> list[str]:
        """Issues with rows still to send or in flight, oldest first: what a worker can join."""
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(deliveries.c.issue).distinct()
                                     .where(deliveries.c.state.in_(UNSENT))
                                     .order_by(deliveries.c.issue)).scalars())
