"""The send loop: one worker claims due rows, mails them batch by batch and records each outcome.

    claim     a chunk of due rows, leased to this worker (READ_AHEAD at a time)
    batch     fill each message -> commit the last batch's outcomes (the hand-over) -> transport.send
    judge     each receipt's next state; pause for an outage, stop for a refusal about the sender or server

Every outcome is committed before the next batch is handed over, so a crash resends at most the batch in
flight (over SMTP, one message), with the same Message-ID.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

import sqlalchemy as sa

from ..config import DeliverySection
from ..errors import PermanentDeliveryError, SendStopped, TransientDeliveryError
from ..tokens import subscriber_token
from .judge import Breaker, Outage, judge
from .claims import Outcome, new_owner
from .ledger import Ledger
from .message import Envelope
from .mime import Outgoing, prepare_message
from .pacing import SharedPacer
from .transport import Receipt, Transport

READ_AHEAD = 200  # due rows claimed at once; never the whole list
# How long a worker's claim holds without news. Each recorded batch renews it, so only the rows of a
# worker that died on another machine wait this long (one that died on this machine is seen at once).
LEASE_SECONDS = 600.0


@dataclass(frozen=True)
class RunContext:
    """What one worker's loop works with: the issue's rows, the transport, how each message is addressed and
    signed, the [delivery] settings, and its clocks (injected in tests)."""

    ledger: Ledger
    week: str
    transport: Transport
    env: Envelope
    secret: bytes
    delivery: DeliverySection
    now: Callable[[], datetime]
    clock: Callable[[], float]
    sleep: Callable[[float], None]
    rng: random.Random


class _Handover:
    """The commit that must precede a batch's hand-over: the previous batch's outcomes, and this batch's
    claim confirmed (a row withdrawn since it was claimed, unsubscribed or removed, is no longer held).

    A transport that supports it (`hands_over_late`) opens it just before the first message becomes
    irrevocable (over SMTP: after the body, before the final dot), so the commit overlaps the server's
    work; otherwise the loop opens it before the call. Either way a crash finds every earlier outcome
    recorded and resends at most the batch in flight.
    """

    def __init__(self, run: "SendRun", outcomes: list[Outcome], emails: list[str]):
        self.run, self.outcomes, self.emails = run, outcomes, emails
        self.held: set[str] | None = None

    def allows(self, email: str) -> bool:
        """Commit (once) and say whether this message may be handed over."""
        if self.held is None:
            run = self.run
            self.held = run.ledger.advance(run.week, self.outcomes, self.emails, owner=run.owner,
                                           until=run.clock() + LEASE_SECONDS)
        return email in self.held

    def close(self) -> None:
        """Commit the previous outcomes if nothing opened the hand-over (nothing was handed over)."""
        if self.held is None:
            self.run.ledger.record(self.run.week, self.outcomes)
            self.held = set()


class SendRun:
    """One worker's loop and what it carries between batches: its claims, prepared variants, the outcomes
    not yet committed, pacing, outage and breaker."""

    def __init__(self, ctx: RunContext):
        self.ledger, self.week, self.transport, self.env, self.secret = (ctx.ledger, ctx.week, ctx.transport,
                                                                         ctx.env, ctx.secret)
        self.now, self.clock, self.sleep, self.rng = ctx.now, ctx.clock, ctx.sleep, ctx.rng
        d = ctx.delivery
        self.max_attempts, self.unknown_wait = d.max_attempts, d.unknown_wait
        self.pacer = SharedPacer(ctx.ledger, ctx.week, d.rate, d.hourly_cap, ctx.clock, ctx.sleep)
        self.outage = Outage(ctx.clock, ctx.rng, d.outage_limit)
        self.breaker = Breaker(d.breaker_streak)
        self.cache: dict[str, object] = {}
        self.prefilled: Outgoing | None = None  # the next message, filled while the server took the last
        self.deferred: list[Outcome] = []  # the last batch's outcomes, committed with the next hand-over
        self.renewed = ctx.clock()
        self.unknown = 0
        self.owner = new_owner()

    def loop(self, stop, progress) -> None:
        size = self.transport.batch_size
        total = self.ledger.counts(self.week).total
        done = 0
        try:
            while not stop():
                # Claim a chunk of due rows, then send them in the transport's own batch size: a one-message
                # SMTP batch then costs no query of its own.
                rows = self.ledger.claim(self.week, self.owner, max(size, READ_AHEAD), self.clock(), LEASE_SECONDS)
                self.renewed = self.clock()
                if not rows:
                    self.flush()
                    due = self.ledger.next_due(self.week)
                    if due is None:
                        break
                    self.sleep(max(0.0, due - self.clock()))
                    continue
                rows = self.drop_suppressed(rows)
                done += self.chunk(rows, stop, progress, done, total)
        finally:
            with contextlib.suppress(sa.exc.SQLAlchemyError):  # else the next run reconciles those rows
                self.flush()

    def chunk(self, rows: list, stop, progress, done: int, total: int) -> int:
        """Send one claimed chunk batch by batch; give back what was not tried. Returns how many were tried."""
        size, tried = self.transport.batch_size, 0
        one_body = getattr(self.transport, "one_body_per_call", False)
        if one_body:  # each call carries one variant, so each call is a batch recorded before the next
            rows.sort(key=lambda r: r.variant)
        try:
            while rows and not stop():
                batch = rows[:self.pacer.allowance(min(len(rows), size))]
                if one_body:
                    batch = [r for r in batch if r.variant == batch[0].variant]
                rows = rows[len(batch):]
                pause = self.batch(batch, [r.email for r in rows], rows[0] if rows else None)
                tried += len(batch)
                if progress:
                    progress(done + tried, total)
                if pause is not None:
                    self.ledger.release(self.week, self.owner, [r.email for r in rows])
                    rows = []
                    self.pacer.pause_all(pause)  # the other workers wait too: the provider said so
                    self.sleep(pause)  # then claim afresh: the rows may be another worker's by then
            self.ledger.release(self.week, self.owner, [r.email for r in rows])  # stopped mid-chunk
        except BaseException:
            with contextlib.suppress(sa.exc.SQLAlchemyError):  # else the lease or the reconcile frees them
                self.ledger.release(self.week, self.owner, [r.email for r in rows])
            raise
        return tried

    def flush(self) -> None:
        """Commit the outcomes still held back."""
        outcomes, self.deferred = self.deferred, []
        self.ledger.record(self.week, outcomes)

    def drop_suppressed(self, rows: list) -> list:
        """Skip claimed rows whose address joined the suppression list since the snapshot (by any route)."""
        gone = self.ledger.suppressed_among([r.email for r in rows])
        if gone:
            self.ledger.record(self.week, [Outcome(r.email, "skipped", r.attempts,
                                                   error="suppressed (unsubscribed, bounced or complained) during "
                                                         "the send") for r in rows if r.email in gone])
        return [r for r in rows if r.email not in gone]

    def batch(self, batch, held: list[str], following=None) -> float | None:
        """One batch of claimed rows: fill each message, commit the last batch's outcomes with this batch's
        claim confirmed, hand it over, and judge what came back. Returns seconds to pause the send, or None.

        `following` is the row after this batch, which a transport that announces the next message (SMTP
        with PIPELINING) may have filled during this one."""
        rows = {row.email: row for row in batch}
        outcomes: list[Outcome] = []
        messages = []
        stamp = self.now()
        for row in batch:
            try:
                messages.append(self.fill(row, stamp))
            except ValueError as exc:  # an address that cannot be encoded fails alone
                outcomes.append(Outcome(row.email, "failed", row.attempts + 1, error=f"cannot be sent: {exc}"))
        confirm = [m.email for m in messages]
        if self.clock() - self.renewed > LEASE_SECONDS / 2:  # a slow chunk: renew the lease on the rest too
            confirm, self.renewed = confirm + held, self.clock()
        gate = _Handover(self, self.deferred, confirm)
        self.deferred = []
        if not getattr(self.transport, "hands_over_late", False):
            messages = [m for m in messages if gate.allows(m.email)]
        key = hashlib.sha256("\n".join([self.week, *sorted(m.email for m in messages)]).encode()).hexdigest()
        upcoming = (lambda: self.prefill(following)) if following is not None else None
        receipts = _send(self.transport, messages, key, gate, upcoming) if messages else []
        gate.close()
        return self.settle([r for r in receipts if r.status != "withdrawn"], rows, outcomes)

    def settle(self, receipts: list[Receipt], rows: dict, outcomes: list[Outcome]) -> float | None:
        """Judge a batch's receipts: suppress the mailboxes that do not exist, hold the outcomes for the next
        hand-over, and pause (seconds returned) or stop the send when the answers say so."""
        verdict = judge(receipts, rows, self.max_attempts, self.clock(), self.rng, self.unknown_wait)
        bounced = [e for e in verdict.hard_bounces if self.ledger.suppress(e, "bounced", withdraw=False)]
        self.unknown += verdict.unknown
        tripped = self.breaker.feed(receipts, rows, bounced)
        self.deferred = outcomes + verdict.outcomes
        self.pacer.sent(verdict.accepted)
        if verdict.accepted:
            self.outage.over()
        if tripped or verdict.pause or verdict.stop is not None:
            self.flush()
        if tripped:
            raise self.breaker.undo(self.ledger, self.week)
        if verdict.stop is not None:
            raise verdict.stop
        if verdict.pause:
            return self.outage.wait(verdict.retry_after, next(r.error for r in receipts if r.status == "outage"))
        return None

    def fill(self, row, stamp) -> Outgoing:
        """`row`'s message (the one filled ahead, if it is that row's), its variant encoded once per run."""
        ready, self.prefilled = self.prefilled, None
        if ready is not None and ready.email == row.email:
            return ready
        if row.variant not in self.cache:
            self.cache[row.variant] = prepare_message(self.env, *self.ledger.variant(self.week, row.variant))
        lid = self.env.list_id
        return self.cache[row.variant].fill(row.email, row.name, subscriber_token(self.secret, row.email, lid),
                                            stamp)

    def prefill(self, row) -> Outgoing | None:
        """Fill `row`'s message ahead of its batch (None if it cannot be encoded: its batch says why)."""
        try:
            self.prefilled = self.fill(row, self.now())
        except ValueError:
            self.prefilled = None
        return self.prefilled


def _send(transport, messages: list[Outgoing], key: str, gate: _Handover, upcoming=None) -> list[Receipt]:
    try:
        if getattr(transport, "hands_over_late", False):
            receipts = transport.send(messages, key, handover=gate.allows, upcoming=upcoming)
        else:
            receipts = transport.send(messages, key)
    except TransientDeliveryError as exc:
        return [Receipt(m.email, "transient", error=exc.message, retry_after=exc.retry_after) for m in messages]
    except PermanentDeliveryError as exc:
        return [Receipt(m.email, "stop", error=exc.message, halt=SendStopped(exc.message)) for m in messages]
    except OSError as exc:  # the outbox's disk is full or unwritable
        halt = SendStopped(f"{transport.name}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
                           hint="free disk space or fix the folder's permissions, then run `newsletter send` "
                                "again")
        return [Receipt(m.email, "stop", error=halt.message, halt=halt) for m in messages]
    answered = {r.email for r in receipts}
    # After a stop or an outage the transport tried no further; otherwise a message it said nothing
    # about was not accepted: try it again rather than assume.
    cut_short = any(r.status in ("stop", "outage") for r in receipts)
    return receipts + [Receipt(m.email, "untried") if cut_short else
                       Receipt(m.email, "transient", error="no answer from the provider")
                       for m in messages if m.email not in answered]
