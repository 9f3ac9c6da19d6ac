"""The send ledger: which subscriber got which issue, kept in a real database (SQLAlchemy Core).

Each (issue, subscriber) row moves pending -> sending -> sent | failed | skipped
(or `unknown`, when a message was handed over and no answer came: retried once). A row is
marked `sent` only after the provider accepted the message. Rows found in
`sending` when a run starts belong to a run that died mid-batch; they go back
to `pending` and are sent again with the same Message-ID (and idempotency key
where the provider has one).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import socket
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal, get_args

import sqlalchemy as sa

from ..errors import SendInProgress, StateError
from ..state import open_state, state_url
from ..tokens import address_hash
from ..words import counted

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
SNAPSHOT_CHUNK = 1000  # recipients inserted per statement: a few MB at most, whatever the list's length
_DUE: tuple[State, ...] = ("pending", "unknown")  # states the send loop picks up
# Built once: the send loop runs these for every message.
# Marks only rows still due: one withdrawn (unsubscribed, removed) since it was read is left alone.
_MARK = (deliveries.update()
         .where(deliveries.c.issue == sa.bindparam("b_issue"),
                deliveries.c.email.in_(sa.bindparam("b_emails", expanding=True)), deliveries.c.state.in_(_DUE))
         .values(state="sending", attempts=deliveries.c.attempts + 1, updated_at=sa.bindparam("b_now")))
# _RECORD, _MARK and _RENEW for one row, as plain SQLite statements, for Ledger._advance_one.
_RECORD_SQL = ("UPDATE deliveries SET state = ?1, provider_id = ?2, error = ?3, not_before = ?4, updated_at = ?5, "
               "attempts = ?6 WHERE issue = ?7 AND email = ?8 AND (state <> 'skipped' OR ?1 = 'sent')")
_MARK_SQL = ("UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ? "
             "WHERE issue = ? AND email = ? AND state IN ('pending', 'unknown')")
_RENEW_SQL = ("UPDATE deliveries SET lease_until = ? "
              "WHERE issue = ? AND lease_owner = ? AND email = ? AND state = 'sending'")
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
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


# Suppressions keep only a hash, so forgetting a person keeps them unsubscribed without their address.
email_hash = address_hash
# A link token carries only the first 128 bits of the hash; a suppression made from a token alone keeps those.
TOKEN_HASH_LEN = 32


class SuppressedHashes(frozenset):
    """Suppressed address hashes; an address is in it by its full hash or by the prefix a link token carries."""

    def __contains__(self, h: object) -> bool:
        return frozenset.__contains__(self, h) or (isinstance(h, str) and frozenset.__contains__(
            self, h[:TOKEN_HASH_LEN]))


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Ledger:
    """The state database; works on SQLite (default) and any SQLAlchemy URL such as PostgreSQL."""

    def __init__(self, url: str, lock_dir: Path | None = None):
        self.url = url
        self.lock_dir = lock_dir
        self.engine = open_state(url)

    @classmethod
    def from_config(cls, cfg) -> "Ledger":
        return cls(state_url(cfg), cfg.resolve(cfg.state.path).parent)

    @contextlib.contextmanager
    def lock(self, issue: str) -> Iterator[Callable[[], str | None]]:
        """Hold the send lock of one issue; SendInProgress if another process holds it.

        On Linux the lock is a name in the abstract socket namespace, which no file cleanup can
        delete while a send holds it; elsewhere an OS file lock beside the database; with
        PostgreSQL an advisory lock. Each dies with its process, so a crashed send never leaves
        a stale lock behind. It yields a check that says what is wrong (None: nothing) when the
        lock may have been lost: its PostgreSQL connection ended (the server then frees the lock for
        anyone), or the SQLite file it guards was removed or replaced.
        """
        if self.engine.dialect.name == "postgresql":
            key = int(hashlib.sha256(issue.encode()).hexdigest()[:15], 16)
            with self.engine.connect() as conn:
                if not conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
                    raise SendInProgress(f"another send of {issue} is running")
                try:
                    yield lambda: _answers(conn)
                finally:
                    with contextlib.suppress(sa.exc.SQLAlchemyError):  # a lost connection took the lock with it
                        conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            return
        check = _same_file_check(self.engine.url.database)
        if sys.platform.startswith("linux"):
            with _abstract_socket_lock(f"{self.url}\0{issue}", issue):
                yield check
            return
        path = (self.lock_dir or Path(".")) / f"send-{issue}.lock"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise SendInProgress(f"another send of {issue} is running (lock {path})") from None
            yield check
        finally:
            os.close(fd)

    # -- snapshot ---------------------------------------------------------------------------
    def has_snapshot(self, issue: str) -> bool:
        """Whether the issue's recipients were recorded (its rows, or their summary once compacted)."""
        with self.engine.connect() as conn:
            return _snapshotted(conn, issue)

    def snapshot(self, issue: str, recipients: Iterable[tuple[str, str, str]],
                 rendered: dict[str, tuple[str, str, str]]) -> int:
        """Record the issue's recipients (email, name, variant) and its variants, once, in one transaction.

        `recipients` is consumed in chunks and `rendered` read after it, so variants may be rendered
        while the recipients stream past.
        """
        suppressed = self.suppressed_hashes()
        added = 0
        with self.engine.begin() as conn:
            if _snapshotted(conn, issue):
                return 0
            chunk: list[dict] = []
            for e, n, v in recipients:
                # A suppressed address is recorded as skipped, so the report can say so; it is never sent.
                state = "skipped" if email_hash(e) in suppressed else "pending"
                chunk.append({"issue": issue, "email": e, "name": n, "variant": v, "state": state,
                              "attempts": 0, "not_before": 0.0, "updated_at": _now(),
                              "error": "suppressed (unsubscribed, bounced or complained)" if state == "skipped"
                              else None})
                if len(chunk) == SNAPSHOT_CHUNK:
                    conn.execute(deliveries.insert(), chunk)
                    added += len(chunk)
                    chunk = []
            if chunk:
                conn.execute(deliveries.insert(), chunk)
                added += len(chunk)
            if rendered:
                conn.execute(variants.insert(), [{"issue": issue, "variant": k, "subject": s, "text": t, "html": h}
                                                 for k, (s, t, h) in rendered.items()])
        return added

    def variant(self, issue: str, key: str) -> tuple[str, str, str]:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(variants.c.subject, variants.c.text, variants.c.html)
                               .where(variants.c.issue == issue, variants.c.variant == key)).one()
        return row.subject, row.text, row.html

    # -- the send loop's moves -------------------------------------------------------------
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
                                        lease_owner=None, lease_until=None, updated_at=_now())).rowcount

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
               .where(deliveries.c.issue == issue, deliveries.c.state.in_(_DUE), deliveries.c.not_before <= now)
               .limit(size))
        take = (deliveries.update()
                .where(deliveries.c.issue == issue, deliveries.c.email.in_(sa.bindparam("b_emails", expanding=True)),
                       deliveries.c.state.in_(_DUE))
                .values(state="sending", claimed_from=deliveries.c.state, attempts=deliveries.c.attempts + 1,
                        lease_owner=owner, lease_until=now + lease, updated_at=_now())
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
                conn.execute(_RELEASE, {"b_issue": issue, "b_owner": owner, "b_emails": list(emails), "b_now": _now()})

    def next_batch(self, issue: str, size: int, now: float) -> list[sa.Row]:
        """Up to `size` pending rows that are due, in a stable order; never the whole list in memory."""
        with self.engine.connect() as conn:
            return list(conn.execute(
                sa.select(deliveries.c.email, deliveries.c.name, deliveries.c.variant, deliveries.c.attempts,
                          deliveries.c.state)
                .where(deliveries.c.issue == issue, deliveries.c.state.in_(_DUE), deliveries.c.not_before <= now)
                .order_by(deliveries.c.email).limit(size)))

    def next_due(self, issue: str) -> float | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.min(deliveries.c.not_before))
                                .where(deliveries.c.issue == issue, deliveries.c.state.in_(_DUE))).scalar()

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
        now = _now()
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
        stamp = now.strftime(_SQLITE_DATETIME)  # the form SQLAlchemy stores a DateTime in on SQLite
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
                                     .where(deliveries.c.state.in_(_DUE + ("sending",)))
                                     .order_by(deliveries.c.issue)).scalars())

    # -- reports ---------------------------------------------------------------------------
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
        with self.engine.connect() as conn:
            return [(r.email, r.error or "") for r in conn.execute(
                sa.select(deliveries.c.email, deliveries.c.error)
                .where(deliveries.c.issue == issue, deliveries.c.state == "failed")
                .order_by(deliveries.c.email).limit(limit))]

    # -- suppressions ----------------------------------------------------------------------
    def suppress(self, email: str, reason: str, withdraw: bool = True) -> bool:
        """Put an address on the suppression list (False if it was there) and skip its unsent rows at once,
        so a send that is running or resumed later does not mail it (`withdraw=False`: the send loop,
        which records the row's own outcome next)."""
        h = email_hash(email)
        with self.engine.begin() as conn:
            if withdraw:
                self._withdraw(conn, email, reason)
            if conn.execute(sa.select(suppressions.c.email_hash).where(suppressions.c.email_hash == h)).first():
                return False
            conn.execute(suppressions.insert().values(email_hash=h, reason=reason, created_at=_now()))
        return True

    def withdraw(self, email: str, reason: str) -> int:
        """Skip every unsent row of this address (someone removed from the roster); returns how many."""
        with self.engine.begin() as conn:
            return self._withdraw(conn, email, reason)

    @staticmethod
    def _withdraw(conn, email: str, reason: str) -> int:
        # Claimed rows too: the send loop confirms its claim just before each hand-over, so a claimed
        # message not yet handed over is then left out; one in flight gets its real outcome written after.
        return conn.execute(deliveries.update()
                            .where(sa.func.lower(deliveries.c.email) == email.lower(),
                                   deliveries.c.state.in_(_DUE + ("sending",)))
                            .values(state="skipped", error=f"{reason} before it was sent",
                                    updated_at=_now())).rowcount

    def suppressed_among(self, emails: list[str]) -> set[str]:
        """Which of these addresses are on the suppression list now."""
        hashes = {key: e for e in emails for key in _hash_keys(e)}
        with self.engine.connect() as conn:
            return {hashes[r[0]] for r in conn.execute(sa.select(suppressions.c.email_hash)
                                                       .where(suppressions.c.email_hash.in_(list(hashes))))}

    def retry_failed(self, issue: str) -> int:
        """Failed rows of an issue back to pending with fresh attempts, except suppressed (bounced) ones."""
        suppressed = self.suppressed_hashes()
        with self.engine.begin() as conn:
            failed = [r.email for r in conn.execute(sa.select(deliveries.c.email).where(
                deliveries.c.issue == issue, deliveries.c.state == "failed")) if email_hash(r.email) not in suppressed]
            for start in range(0, len(failed), 500):
                conn.execute(deliveries.update().where(deliveries.c.issue == issue,
                                                       deliveries.c.email.in_(failed[start:start + 500]))
                             .values(state="pending", attempts=0, error=None, not_before=0.0, updated_at=_now()))
        return len(failed)

    def suppress_token_hash(self, prefix: str, reason: str) -> None:
        """Suppress the subscriber a link token names, by the hash prefix it carries, when their address is unknown."""
        with self.engine.begin() as conn:
            if conn.execute(sa.select(suppressions.c.email_hash).where(suppressions.c.email_hash == prefix)).first():
                return
            conn.execute(suppressions.insert().values(email_hash=prefix, reason=reason, created_at=_now()))

    def forget(self, email: str) -> int:
        """Remove every ledger row naming this address (the suppression entry keeps only a hash)."""
        with self.engine.begin() as conn:
            return conn.execute(deliveries.delete().where(sa.func.lower(deliveries.c.email) == email.lower())).rowcount

    def unsuppress(self, email: str) -> None:
        """Lift a suppression: only for someone who asked again and confirmed."""
        with self.engine.begin() as conn:
            conn.execute(suppressions.delete().where(suppressions.c.email_hash.in_(_hash_keys(email))))

    def suppressed_at(self, email: str) -> float | None:
        """When this address was last suppressed (seconds since the epoch), or None when it is not."""
        with self.engine.connect() as conn:
            when = conn.execute(sa.select(sa.func.max(suppressions.c.created_at))
                                .where(suppressions.c.email_hash.in_(_hash_keys(email)))).scalar()
        if when is None:
            return None
        return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()

    def suppressed_hashes(self) -> SuppressedHashes:
        with self.engine.connect() as conn:
            return SuppressedHashes(r[0] for r in conn.execute(sa.select(suppressions.c.email_hash)))

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

    def is_suppressed(self, email: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(suppressions.c.email_hash)
                                .where(suppressions.c.email_hash.in_(_hash_keys(email)))).first() is not None


def _snapshotted(conn: sa.Connection, issue: str) -> bool:
    return (conn.execute(sa.select(deliveries.c.email).where(deliveries.c.issue == issue).limit(1)).first()
            or conn.execute(sa.select(summaries.c.issue).where(summaries.c.issue == issue)).first()) is not None


def _hash_keys(email: str) -> list[str]:
    """The keys a suppression of this address may be stored under: its full hash, or a token's prefix of it."""
    h = email_hash(email)
    return [h, h[:TOKEN_HASH_LEN]]


def _answers(conn: sa.Connection) -> str | None:
    """None while the connection holding a lock still answers; else what went wrong."""
    try:
        conn.execute(sa.text("SELECT 1"))
        conn.commit()
    except sa.exc.SQLAlchemyError as exc:
        return f"the state database connection holding the lock was lost ({getattr(exc, 'orig', None) or exc})"
    return None


def _same_file_check(database: str | None) -> Callable[[], str | None]:
    """A check that the SQLite file a lock guards is still there, the same file, and opens."""
    if not database or database == ":memory:":
        return lambda: None
    try:
        inode = os.stat(database).st_ino
    except OSError:
        inode = None  # made by the first write; the check below compares with the file found then

    def check() -> str | None:
        try:
            if inode is not None and os.stat(database).st_ino != inode:
                return f"the state database {database} was replaced"
            probe = sqlite3.connect(f"file:{database}?mode=rw", uri=True)
            try:
                probe.execute("SELECT 1 FROM sqlite_master").fetchall()
            finally:
                probe.close()
        except (OSError, sqlite3.Error) as exc:
            return f"the state database {database} cannot be opened ({exc})"
        return None
    return check


@contextlib.contextmanager
def _abstract_socket_lock(key: str, issue: str) -> Iterator[None]:
    """Bind a Linux abstract-namespace socket named for `key`: only one process can, and the name has no file."""
    name = b"\0newsletter-send-" + hashlib.sha256(key.encode()).hexdigest()[:40].encode()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            sock.bind(name)
        except OSError:
            raise SendInProgress(f"another send of {issue} is running on this machine") from None
        yield
    finally:
        sock.close()
