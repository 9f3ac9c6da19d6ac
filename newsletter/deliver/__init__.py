"""Deliver: send an issue to every subscriber exactly once, resuming after any crash.

    snapshot  recipients and rendered variants recorded once per issue
    reconcile rows a dead run left in `sending` go back to `pending`
    loop      take a due batch -> mark `sending` -> transport.send -> record outcomes
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from ..config import Config
from ..errors import ConfigError, PermanentDeliveryError, TransientDeliveryError
from ..render import RenderSettings, render_issue
from ..roster import iter_roster
from ..tokens import DEV_SECRET, subscriber_token
from .ledger import Ledger
from .message import Envelope, domain_of
from .mime import Outgoing, prepare_message
from .transport import Receipt, make_transport


READ_AHEAD = 200  # due rows read at once; never the whole list


@dataclass
class SendReport:
    issue: str
    counts: dict[str, int]
    new_recipients: int = 0
    reconciled: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return self.counts.get("pending", 0) + self.counts.get("sending", 0)

    def summary(self) -> str:
        c = self.counts
        return (f"{self.issue}: sent {c['sent']}, failed {c['failed']}, skipped {c['skipped']}, "
                f"remaining {self.remaining}")


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


def backoff(attempt: int, retry_after: float | None, rng: random.Random) -> float:
    """Seconds before the next try: the provider's Retry-After, else exponential with full jitter."""
    if retry_after is not None:
        return max(0.0, retry_after)
    return rng.uniform(0, min(300.0, 2.0 ** attempt))


def prepare(cfg: Config, week: str, ledger: Ledger, strict: bool = False, since=None,
            issue=None) -> tuple[int, list[str]]:
    """Snapshot the issue's recipients and render each variant once; a second call changes nothing.

    The issue is made here unless one is passed in (the scheduled job has made it already).
    """
    from ..build import make_issue

    if ledger.has_snapshot(week):
        return 0, []
    if issue is None:
        issue, warnings = make_issue(cfg, week, strict, since)
    else:
        warnings = []
    settings = RenderSettings.from_config(cfg)
    default_tz = cfg.newsletter.timezone
    rendered: dict[str, tuple[str, str, str]] = {}
    problems: list[str] = []

    def recipients():
        for sub in iter_roster(cfg.resolve(cfg.subscribers.path), problems):
            if sub.status != "active":
                continue
            tz = sub.timezone or default_tz
            key = variant_key(tz, sub.shows)
            if key not in rendered:
                r = render_issue(issue, settings, reader_tz=tz, shows=sub.shows)
                rendered[key] = (issue.subject, r.text, r.html)
            yield sub.email, sub.name, key

    added = ledger.snapshot(week, recipients(), rendered)
    return added, warnings + problems


def send_issue(cfg: Config, week: str, *, transport=None, ledger: Ledger | None = None,
               now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
               clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep,
               rng: random.Random | None = None, progress: Callable[[int, int], None] | None = None,
               strict: bool = False, stop: Callable[[], bool] = lambda: False, since=None,
               issue=None) -> SendReport:
    """Send one week's issue to everyone in its snapshot who has not had it yet."""
    secret, key_note = signing_key(cfg)
    ledger = ledger or Ledger.from_config(cfg)
    rng = rng or random.Random()
    transport = transport or make_transport(cfg, week)
    env = envelope(cfg, week)
    lid = env.list_id
    notes = [key_note] if key_note else []
    try:
        with ledger.lock(week):
            added, warnings = prepare(cfg, week, ledger, strict, since, issue)
            notes.extend(warnings)
            reconciled = ledger.reconcile(week)
            if reconciled:
                notes.append(f"{reconciled} message(s) were in flight when the last run stopped; sent again "
                             "with the same Message-ID")
            cache: dict[str, object] = {}
            pacer = _Pacer(cfg.delivery.rate, cfg.delivery.hourly_cap, clock, sleep)
            total = sum(ledger.counts(week).values())
            done = 0
            while not stop():
                # Read ahead a chunk of due rows, then send them in the transport's own batch size: a
                # one-message SMTP batch then costs no query of its own.
                rows = ledger.next_batch(week, max(transport.batch_size, READ_AHEAD), clock())
                if not rows:
                    due = ledger.next_due(week)
                    if due is None:
                        break
                    sleep(max(0.0, due - clock()))
                    continue
                marked: set[str] = set()
                while rows and not stop():
                    batch = rows[:pacer.allowance(min(len(rows), transport.batch_size))]
                    rows = rows[len(batch):]
                    upcoming = [r.email for r in rows[:transport.batch_size]]
                    _send_batch(batch, marked, upcoming, week, cache, ledger, env, secret, lid, transport, now,
                                clock, rng, cfg.delivery.max_attempts)
                    marked = set(upcoming)
                    pacer.sent(len(batch))
                    done += len(batch)
                    if progress:
                        progress(done, total)
    finally:
        transport.close()
    return SendReport(week, ledger.counts(week), added, reconciled, ledger.failures(week), notes)


def _send_batch(batch, marked, upcoming, week, cache, ledger, env, secret, lid, transport, now, clock, rng,
                max_attempts) -> None:
    """One batch: fill each message, make sure its rows are `sending`, hand them over, then record what
    came back and mark the upcoming batch `sending` in the same commit."""
    stamp = now()
    messages = []
    for row in batch:
        if row.variant not in cache:
            cache[row.variant] = prepare_message(env, *ledger.variant(week, row.variant))
        messages.append(cache[row.variant].fill(row.email, row.name, subscriber_token(secret, row.email, lid), stamp))
    attempts = {row.email: row.attempts + 1 for row in batch}
    unmarked = [m.email for m in messages if m.email not in marked]
    if unmarked:
        ledger.mark_sending(week, unmarked)
    key = hashlib.sha256("\n".join([week, *sorted(m.email for m in messages)]).encode()).hexdigest()
    receipts = _send(transport, messages, key)
    ledger.advance(week, _outcomes(receipts, attempts, max_attempts, clock(), rng, ledger), upcoming)


def _send(transport, messages: list[Outgoing], key: str) -> list[Receipt]:
    try:
        receipts = transport.send(messages, key)
    except TransientDeliveryError as exc:
        return [Receipt(m.email, "transient", error=exc.message, retry_after=exc.retry_after) for m in messages]
    except PermanentDeliveryError as exc:
        return [Receipt(m.email, "permanent", error=exc.message) for m in messages]
    answered = {r.email for r in receipts}
    # A message the provider said nothing about was not accepted: try it again rather than assume.
    return receipts + [Receipt(m.email, "transient", error="no answer from the provider")
                       for m in messages if m.email not in answered]


def _outcomes(receipts: list[Receipt], attempts: dict[str, int], max_attempts: int, now: float,
              rng: random.Random, ledger: Ledger) -> list[dict]:
    out = []
    # One wait per batch and answer, so a refused batch is retried together rather than in dribs.
    waits: dict[tuple, float] = {}
    for r in receipts:
        if r.status == "sent":
            out.append({"email": r.email, "state": "sent", "provider_id": r.provider_id})
        elif r.status == "transient" and attempts.get(r.email, 1) < max_attempts:
            key = (attempts.get(r.email, 1), r.retry_after)
            if key not in waits:
                waits[key] = backoff(key[0], r.retry_after, rng)
            out.append({"email": r.email, "state": "pending", "error": r.error, "not_before": now + waits[key]})
        else:
            if r.hard_bounce:
                ledger.suppress(r.email, "bounced")
            out.append({"email": r.email, "state": "failed", "error": r.error})
    return out


class _Pacer:
    """Keeps under `rate` messages a second and `hourly` an hour (0 = no limit)."""

    def __init__(self, rate: float, hourly: int, clock, sleep):
        self.rate, self.hourly, self.clock, self.sleep = rate, hourly, clock, sleep
        self.next_at = 0.0
        self.window: list[tuple[float, int]] = []

    def allowance(self, wanted: int) -> int:
        now = self.clock()
        if self.rate > 0 and now < self.next_at:
            self.sleep(self.next_at - now)
        if self.hourly > 0:
            self.window = [(t, n) for t, n in self.window if t > self.clock() - 3600]
            used = sum(n for _, n in self.window)
            if used >= self.hourly:
                self.sleep(self.window[0][0] + 3600 - self.clock())
                return self.allowance(wanted)
            wanted = min(wanted, self.hourly - used)
        if self.rate > 0:
            wanted = max(1, min(wanted, int(self.rate) or 1))
        return wanted

    def sent(self, n: int) -> None:
        now = self.clock()
        if self.rate > 0:
            self.next_at = now + n / self.rate
        if self.hourly > 0:
            self.window.append((now, n))


__all__ = ["send_issue", "prepare", "SendReport"]
