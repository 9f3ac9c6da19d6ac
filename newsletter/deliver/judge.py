"""What the send loop makes of the receipts: each row's next state, and whether the whole send must
pause (an outage, a Retry-After) or stop (a refusal that is not about one recipient, a breaker).

Kept apart from the loop so each rule reads on its own; nothing here sends anything.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from ..errors import NewsletterError, SendStopped
from .claims import Outcome
from .transport import Receipt

# The defaults of [delivery] breaker_streak, unknown_wait and outage_limit; their reasons are in the
# config's docs and the README ("What each answer does").
BREAKER_STREAK = 10
UNKNOWN_WAIT = 900.0
OUTAGE_LIMIT = 3600.0
# An outage pauses the send: first wait, doubling each time up to the longest wait (a server back
# within seconds costs seconds; one down for long is asked every two minutes, not hammered).
OUTAGE_FIRST_WAIT = 1.0
OUTAGE_LONGEST_WAIT = 120.0
_ADDRESS = re.compile(r"<?[^\s<>@]+@[^\s<>@]+>?")


def backoff(attempt: int, retry_after: float | None, rng: random.Random) -> float:
    """Seconds before the next try: the provider's Retry-After, else exponential with full jitter."""
    if retry_after is not None:
        return max(0.0, retry_after)
    return rng.uniform(0, min(300.0, 2.0 ** attempt))


@dataclass
class Verdict:
    """What one batch's receipts mean for the rows and for the send."""

    outcomes: list[Outcome] = field(default_factory=list)
    accepted: int = 0
    unknown: int = 0
    pause: bool = False  # an outage or a throttle: every later batch waits
    retry_after: float | None = None
    stop: NewsletterError | None = None
    hard_bounces: list[str] = field(default_factory=list)  # mailboxes that do not exist: to suppress


def judge(receipts: list[Receipt], rows: dict, max_attempts: int, now: float, rng: random.Random,
          unknown_wait: float = UNKNOWN_WAIT) -> Verdict:
    """Each receipt's row outcome; `rows` maps email to its ledger row (attempts and state before this try).

    A message handed over without an answer is retried once, `unknown_wait` seconds later. Writes nothing:
    the addresses to suppress are in the verdict."""
    v = Verdict()
    waits: dict[tuple, float] = {}  # one wait per attempt and answer, so a refused batch is retried together
    for r in receipts:
        row = rows[r.email]
        tried = row.attempts + 1
        if r.status == "sent":
            v.accepted += 1
            v.outcomes.append(Outcome(r.email, "sent", tried, provider_id=r.provider_id))
        elif r.status in ("outage", "stop", "untried"):
            # Not the recipient's doing: back to pending and the attempt does not count.
            v.outcomes.append(Outcome(r.email, "pending", row.attempts, error=r.error))
            if r.status == "outage":
                v.pause = True
                if r.retry_after is not None:
                    v.retry_after = max(v.retry_after or 0.0, r.retry_after)
            elif r.status == "stop" and v.stop is None:
                v.stop = r.halt or SendStopped(r.error or "the provider refused the send")
        elif r.status == "unknown":
            v.unknown += 1
            if row.state == "unknown":
                v.outcomes.append(Outcome(r.email, "failed", tried,
                                          error=f"no answer twice (same Message-ID each time): {r.error}"))
            else:
                v.outcomes.append(Outcome(r.email, "unknown", tried, error=r.error, not_before=now + unknown_wait))
        elif r.status == "transient" and tried < max_attempts:
            key = (tried, r.retry_after)
            if key not in waits:
                waits[key] = backoff(tried, r.retry_after, rng)
            v.outcomes.append(Outcome(r.email, "pending", tried, error=r.error, not_before=now + waits[key]))
        else:
            if r.hard_bounce:
                v.hard_bounces.append(r.email)
            v.outcomes.append(Outcome(r.email, "failed", tried, error=r.error))
    return v


class Breaker:
    """Trips when the same permanent answer comes for `streak` recipients in a row."""

    def __init__(self, streak: int = BREAKER_STREAK):
        self.limit = streak
        self.answer: str | None = None
        self.streak: list[tuple[str, int]] = []  # (email, attempts before this try)
        self.bounced: set[str] = set()

    def feed(self, receipts: list[Receipt], rows: dict, bounced: list[str]) -> bool:
        """Follow the run of identical permanent answers; True when it is long enough to stop the send."""
        self.bounced.update(bounced)
        for r in receipts:
            if r.status == "sent":
                self.answer, self.streak = None, []
            elif r.status == "permanent":
                answer = _ADDRESS.sub("<address>", r.error or "")
                if answer != self.answer:
                    self.answer, self.streak = answer, []
                self.streak.append((r.email, rows[r.email].attempts))
        return len(self.streak) >= self.limit

    def undo(self, ledger, issue: str) -> SendStopped:
        """Put the streak's rows back to pending, lift the suppressions it added; the error to stop with."""
        ledger.record(issue, [Outcome(e, "pending", a) for e, a in self.streak])
        for email, _ in self.streak:
            if email in self.bounced:
                ledger.unsuppress(email)
        return SendStopped(
            f"{len(self.streak)} recipients in a row were refused with the same answer: {self.answer}",
            hint="one answer for everyone is about the server or the sender, not the addresses: nobody was "
                 "suppressed for it and their messages stay pending; fix the cause and run `newsletter send` "
                 "again")


class Outage:
    """A growing pause while the server is unreachable or throttling; stops the send after `limit` seconds."""

    def __init__(self, clock, rng: random.Random, limit: float = OUTAGE_LIMIT):
        self.clock, self.rng, self.limit = clock, rng, limit
        self.since: float | None = None
        self.waits = 0

    def wait(self, retry_after: float | None, error: str) -> float:
        """Seconds to pause now; SendStopped once the outage has lasted its limit."""
        now = self.clock()
        if self.since is None:
            self.since = now
        if now - self.since >= self.limit:
            raise SendStopped(f"the mail server has been unavailable for {int(now - self.since)} s: {error}",
                              hint="check the server or provider; every message not yet sent is still pending "
                                   "and goes out when you run `newsletter send` again")
        self.waits += 1
        if retry_after is not None:
            return max(0.0, retry_after)
        longest = min(OUTAGE_LONGEST_WAIT, OUTAGE_FIRST_WAIT * 2 ** (self.waits - 1))
        return self.rng.uniform(longest / 2, longest)

    def over(self) -> None:
        self.since, self.waits = None, 0
