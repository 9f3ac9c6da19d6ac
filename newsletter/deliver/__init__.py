"""Deliver: send an issue to every subscriber exactly once, resuming after any crash.

Read top-down:
    __init__   the run: `send_issue` (checks, snapshot, record, one worker's loop) and `work` (another worker)
    identity   the signing key, the List-ID and an issue's envelope
    snapshot   recipients and rendered variants recorded once per issue
    loop       `SendRun`: claim due rows -> fill -> commit the last outcomes -> transport.send -> judge
    judge      what the receipts mean for each row and for the send (pause, stop, breaker)
    pacing     rate, hourly cap and a provider's pause, shared by every worker
    one        `send_one`: one message outside a send run (test copy, confirmation, note to the editors)
    dry_run    who would get the issue, and the [TEST] copy
    ledger     the `Ledger` (tables, send_lock, claims, suppressions, reports): the rows the loop moves
    record, mime, message, transport and the providers: what the loop stands on
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from ..config import Config
from ..errors import DeliveryError, StateError
from ..subscribers import SubscriberStore
from ..words import counted
from .identity import envelope, list_id, signing_key
from .claims import end_owner
from .ledger import Ledger
from .reports import LedgerCounts
from .loop import RunContext, SendRun
from .record import check_not_sent_before, sent_on, write_record
from .snapshot import prepare, variant_key
from .transport import make_transport


@dataclass
class SendReport:
    issue: str
    counts: LedgerCounts
    new_recipients: int = 0
    reconciled: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unknown: int = 0  # answers that never came after a message was handed over (each retried once)
    before: LedgerCounts | None = None  # the counts when this run began sending
    sent_on: str | None = None  # when the issue's send first started, from its record

    @property
    def remaining(self) -> int:
        return self.counts.remaining

    def summary(self) -> str:
        """What this run did (sent N), and where the issue stands now (failed, skipped, remaining)."""
        c, sent_before = self.counts, self.before.sent if self.before else 0
        if self.before and not self.before.remaining and c.sent == sent_before:
            state = f"{c.sent} sent, {c.failed} failed, {c.skipped} skipped"
            if not c.sent:
                return f"{self.issue}: sent 0 — nothing left to send ({state})"
            when = f" on {self.sent_on}" if self.sent_on else ""
            return f"{self.issue}: sent 0 — already sent{when} ({state})"
        unknown = f", no answer {self.unknown}" if self.unknown else ""
        earlier = f" ({c.sent} in all)" if sent_before else ""
        return (f"{self.issue}: sent {c.sent - sent_before}{earlier}, failed {c.failed}, "
                f"skipped {c.skipped}, remaining {self.remaining}{unknown}")


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
                added, _ = prepare(cfg, week, ledger, strict, artefact.issue, now=now())
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
            run = SendRun(RunContext(ledger, week, transport, envelope(cfg, week), secret, cfg.delivery,
                                     now, clock, sleep, rng or random.Random()))
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
        run = SendRun(RunContext(ledger, issue, t, envelope(cfg, issue), secret, cfg.delivery, now, clock, sleep,
                                 random.Random()))
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


__all__ = ["send_issue", "work", "prepare", "SendReport", "envelope", "signing_key", "list_id", "variant_key",
           "check_week_over"]
