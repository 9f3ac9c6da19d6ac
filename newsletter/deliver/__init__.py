"""Deliver: send an issue to every subscriber exactly once, resuming after any crash.

    snapshot  recipients and rendered variants recorded once per issue
    reconcile rows a dead run left in `sending` go back to `pending`
    loop      take a due batch -> mark `sending` -> transport.send -> record outcomes
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from ..config import Config
from ..errors import ConfigError, DeliveryError, IssueRefused, PermanentDeliveryError, SendStopped, StateError, TransientDeliveryError
from ..render import RenderSettings, render_issue
from ..subscribers import SubscriberStore
from ..tokens import DEV_SECRET, subscriber_token
from ..words import counted
from .judge import Breaker, Outage, judge
from .ledger import Ledger, Outcome, end_owner, new_owner
from .record import check_not_sent_before, sent_on, write_record
from .message import Envelope, domain_of
from .mime import Outgoing, prepare_message
from .pacing import SharedPacer
from .transport import Receipt, make_transport


READ_AHEAD = 200  # due rows claimed at once; never the whole list
# How long a worker's claim holds without news. Each recorded batch renews it, so only the rows of a
# worker that died on another machine wait this long (one that died on this machine is seen at once).
LEASE_SECONDS = 600.0


@dataclass
class SendReport:
    issue: str
    counts: dict[str, int]
    new_recipients: int = 0
    reconciled: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unknown: int = 0  # answers that never came after a message was handed over (each retried once)
    before: dict[str, int] = field(default_factory=dict)  # the counts when this run began sending
    sent_on: str | None = None  # when the issue's send first started, from its record

    @property
    def remaining(self) -> int:
        return _remaining(self.counts)

    def summary(self) -> str:
        """What this run did (sent N), and where the issue stands now (failed, skipped, remaining)."""
        c, sent_before = self.counts, self.before.get("sent", 0)
        if self.before and not _remaining(self.before) and c["sent"] == sent_before:
            state = f"{c['sent']} sent, {c['failed']} failed, {c['skipped']} skipped"
            if not c["sent"]:
                return f"{self.issue}: sent 0 — nothing left to send ({state})"
            when = f" on {self.sent_on}" if self.sent_on else ""
            return f"{self.issue}: sent 0 — already sent{when} ({state})"
        unknown = f", no answer {self.unknown}" if self.unknown else ""
        earlier = f" ({c['sent']} in all)" if sent_before else ""
        return (f"{self.issue}: sent {c['sent'] - sent_before}{earlier}, failed {c['failed']}, "
                f"skipped {c['skipped']}, remaining {self.remaining}{unknown}")


def _remaining(counts: dict[str, int]) -> int:
    return counts.get("pending", 0) + counts.get("sending", 0) + counts.get("unknown", 0)


def signing_key(cfg: Config) -> tuple[bytes, str | None]:
    """The key that signs subscriber links, and a note when it is the development key."""
    secret = cfg.secret(cfg.security.secret_env)
    if secret:
        return secret.encode("utf-8"), None
    if cfg.delivery.provider == "outbox":
        return DEV_SECRET, (f"using the development signing key: set {cfg.security.secret_env} "
                            "before sending real mail")
    raise ConfigError(f"security.secret_env: environment variable {cfg.security.secret_env} is not set",
                      hint=f"export {cfg.security.secret_env}=<a long random string>; the {cfg.delivery.provider} "
                           "provider refuses to send links that anyone could forge")


def list_id(cfg: Config) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", cfg.newsletter.name.lower()).strip("-") or "newsletter"
    return f"{slug}.{domain_of(cfg.newsletter.from_addr)}"


def envelope(cfg: Config, issue: str) -> Envelope:
    n = cfg.newsletter
    return Envelope(issue, n.name, n.from_addr, n.reply_to, list_id(cfg), n.base_url.rstrip("/"))


def variant_key(tz: str, shows: tuple[str, ...]) -> str:
    """Subscribers with the same time zone and shows share one rendering."""
    raw = tz + "\0" + "\0".join(sorted({s.casefold() for s in shows}))
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def prepare(cfg: Config, week: str, ledger: Ledger, strict: bool = False, issue=None) -> tuple[int, list[str]]:
    """Snapshot the issue's recipients and render each variant once; a second call changes nothing.

    The issue is the week's built one (built first if it never was) unless one is passed in.
    """
    if ledger.has_snapshot(week):
        return 0, []
    warnings: list[str] = []
    if issue is None:
        from ..build import built_issue

        artefact = built_issue(cfg, week, strict, followed=SubscriberStore.from_config(cfg).followed_shows())
        issue, warnings = artefact.issue, artefact.warnings
    if not issue.stories:  # the gate refuses it first; this is the last line
        raise IssueRefused(f"the {week} issue has no interviews: nothing was sent",
                           hint="an empty issue is never mailed")
    settings = RenderSettings.from_config(cfg)
    default_tz = cfg.newsletter.timezone
    rendered: dict[str, tuple[str, str, str]] = {}
    store = SubscriberStore.from_config(cfg)

    def recipients():
        for batch in store.batches("active"):
            for sub in batch:
                tz = sub.timezone or default_tz
                key = variant_key(tz, sub.shows)
                if key not in rendered:
                    r = render_issue(issue, settings, reader_tz=tz, shows=sub.shows)
                    rendered[key] = (issue.subject, r.text, r.html)
                yield sub.email, sub.name, key

    added = ledger.snapshot(week, recipients(), rendered)
    return added, warnings


def check_week_over(cfg: Config, week: str, now: datetime, force: bool = False) -> None:
    """Refuse to mail a week that has not ended yet in the newsletter's time zone, unless forced.

    Mailing an unfinished week by accident would also stop the scheduled issue of that week later
    (a week is never sent twice). The outbox mails nobody, so it may try any week.
    """
    from ..weeks import parse_week

    today = now.astimezone(ZoneInfo(cfg.newsletter.timezone)).date()
    end = parse_week(week).end
    if force or cfg.delivery.provider == "outbox" or end < today:
        return
    raise DeliveryError(f"{week} is not over yet (it ends on Sunday {end.isoformat()}): nothing was sent",
                        hint="leave out --week to send the last complete week, or pass --force to send this "
                             "one now")


def send_issue(cfg: Config, week: str, *, transport=None, ledger: Ledger | None = None,
               now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
               clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep,
               rng: random.Random | None = None, progress: Callable[[int, int], None] | None = None,
               strict: bool = False, stop: Callable[[], bool] = lambda: False,
               artefact=None, force: bool = False, on_ready: Callable[[], None] | None = None) -> SendReport:
    """Send one week's built issue (`artefact`, else the one under build/WEEK, built first if it never was) to
    everyone in its snapshot who has not had it yet, once it passes the checks and any approval required.

    `force` sends an issue failing a quick check, or a week whose record says it was sent although the state
    database has no trace of it (an empty issue and an unapproved one never go).
    `on_ready` runs once the snapshot is recorded, before the first batch: where `send --workers N`
    starts the other workers, which then claim batches beside this one.
    """
    secret, key_note = signing_key(cfg)
    ledger = ledger or Ledger.from_config(cfg)
    transport = transport or make_transport(cfg, week)
    notes = [key_note] if key_note else []
    run = None
    try:
        with ledger.lock(week):
            check_not_sent_before(cfg, week, ledger, force)
            added, warnings = 0, []
            if not ledger.has_snapshot(week):  # a send under way goes on with what it snapshotted
                from ..build import built_issue
                from ..gate import check_before_send

                artefact = artefact or built_issue(cfg, week, strict,
                                                   followed=SubscriberStore.from_config(cfg).followed_shows())
                notes.extend(check_before_send(cfg, artefact, force))
                added, _ = prepare(cfg, week, ledger, strict, artefact.issue)
                warnings = artefact.warnings
            write_record(cfg, week)  # before the first message, so a lost database cannot resend the week
            notes.extend(warnings)
            reconciled = ledger.reconcile(week, clock())
            if reconciled:
                notes.append(f"{counted(reconciled, 'message')} {'was' if reconciled == 1 else 'were'} in flight when the last run stopped; sent again "
                             "with the same Message-ID")
            before = ledger.counts(week)
            if on_ready:
                on_ready()
            run = _Run(ledger, week, transport, envelope(cfg, week), secret, cfg, now, clock, sleep,
                       rng or random.Random())
            run.loop(stop, progress)
            write_record(cfg, week, ledger.counts(week))
    except sa.exc.SQLAlchemyError as exc:
        raise _state_error(exc) from None
    finally:
        transport.close()
        if run is not None:
            end_owner(run.owner)
    report = SendReport(week, ledger.counts(week), added, reconciled, ledger.failures(week), notes,
                        run.unknown, before, sent_on(cfg, week))
    return report


def work(cfg: Config, week: str | None = None, *, transport=None, ledger: Ledger | None = None,
         now: Callable[[], datetime] = lambda: datetime.now(timezone.utc), clock: Callable[[], float] = time.time,
         sleep: Callable[[float], None] = time.sleep, stop: Callable[[], bool] = lambda: False,
         progress: Callable[[int, int], None] | None = None) -> list[SendReport]:
    """Join the sends in progress (or one week's) as one more worker, until nothing is left to claim.

    A worker records no snapshot and renders nothing: it sends what `send` recorded, claiming
    batches from the ledger beside any other worker on this or another machine.
    """
    secret, _ = signing_key(cfg)
    ledger = ledger or Ledger.from_config(cfg)
    reports = []
    for issue in [week] if week else ledger.issues_due():
        if not ledger.has_snapshot(issue):
            raise DeliveryError(f"{issue} has not been prepared for sending",
                                hint=f"start it with `newsletter send --week {issue}`; workers join a send")
        t = transport or make_transport(cfg, issue)
        run = _Run(ledger, issue, t, envelope(cfg, issue), secret, cfg, now, clock, sleep, random.Random())
        try:
            reconciled = ledger.reconcile(issue, clock())
            before = ledger.counts(issue)
            run.loop(stop, progress)
        except sa.exc.SQLAlchemyError as exc:
            raise _state_error(exc) from None
        finally:
            end_owner(run.owner)
            if transport is None:
                t.close()
        reports.append(SendReport(issue, ledger.counts(issue), 0, reconciled, ledger.failures(issue), [],
                                  run.unknown, before, sent_on(cfg, issue)))
    return reports


def _state_error(exc) -> StateError:
    return StateError(f"the state database could not be written: {getattr(exc, 'orig', None) or exc}",
                      hint="free disk space (or fix the database), then run `newsletter send` again: what "
                           "was recorded stands, and a message sent but not yet recorded goes again with the "
                           "same Message-ID")


class _Handover:
    """The commit that must precede a batch's hand-over: the previous batch's outcomes, and this batch's
    claim confirmed (a row withdrawn since it was claimed, unsubscribed or removed, is no longer held).

    A transport that supports it (`hands_over_late`) opens it just before the first message becomes
    irrevocable (over SMTP: after the body, before the final dot), so the commit overlaps the server's
    work; otherwise the loop opens it before the call. Either way a crash finds every earlier outcome
    recorded and resends at most the batch in flight.
    """

    def __init__(self, run: "_Run", outcomes: list[Outcome], emails: list[str]):
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


class _Run:
    """One worker's loop and what it carries between batches: its claims, prepared variants, the outcomes
    not yet committed, pacing, outage and breaker."""

    def __init__(self, ledger, week, transport, env, secret, cfg, now, clock, sleep, rng):
        self.ledger, self.week, self.transport, self.env, self.secret = ledger, week, transport, env, secret
        self.now, self.clock, self.sleep, self.rng = now, clock, sleep, rng
        self.max_attempts, self.unknown_wait = cfg.delivery.max_attempts, cfg.delivery.unknown_wait
        self.pacer = SharedPacer(ledger, week, cfg.delivery.rate, cfg.delivery.hourly_cap, clock, sleep)
        self.outage = Outage(clock, rng, cfg.delivery.outage_limit)
        self.breaker = Breaker(cfg.delivery.breaker_streak)
        self.cache: dict[str, object] = {}
        self.prefilled: Outgoing | None = None  # the next message, filled while the server took the last
        self.deferred: list[Outcome] = []  # the last batch's outcomes, committed with the next hand-over
        self.renewed = clock()
        self.unknown = 0
        self.owner = new_owner()

    def loop(self, stop, progress) -> None:
        size = self.transport.batch_size
        total = sum(self.ledger.counts(self.week).values())
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
        receipts = [r for r in receipts if r.status != "withdrawn"]
        verdict = judge(receipts, rows, self.max_attempts, self.clock(), self.rng, self.ledger, self.unknown_wait)
        self.unknown += verdict.unknown
        tripped = self.breaker.feed(receipts, rows, verdict.bounced)
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

    def fill(self, row, stamp):
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


__all__ = ["send_issue", "work", "prepare", "SendReport"]
