"""The one exception tree of `newsletter`.

Every error a user can cause carries a message saying what went wrong and a
hint saying what to do; the CLI prints ``Error: <message> (<hint>)`` and
exits non-zero without a traceback::

    NewsletterError
    ├── ConfigError          config file missing or invalid   (exit 2)
    ├── WeekError            a week that is not YYYY-Www, or not a week of that year
    ├── ContentError         an interview file cannot be used
    ├── RosterError          the subscriber list cannot be used
    │   └── InvalidSubscriber  a bad address, time zone or status (also a ValueError)
    ├── RenderError          a template failed to render
    ├── CheckFailed          SpamAssassin or Chromium ran but gave no answer to read
    ├── OutputError          a file could not be written (also an OSError)
    ├── BadToken             a signed link (unsubscribe, confirm, approve) altered, forged,
    │                        expired or used before
    ├── StateError           the state database or its lock
    │   └── SendInProgress   another send of this issue holds the lock
    └── DeliveryError        a transport could not send, or an issue may not be sent
        ├── IssueRefused     the built issue fails its checks or has no interviews
        ├── NotApproved      approval is required and this content was not approved
        ├── TransientDeliveryError  worth retrying (4xx SMTP, 429/5xx HTTP)
        ├── PermanentDeliveryError  never retried (5xx SMTP, bad address)
        └── SendStopped      the send stopped for a cause that is not one recipient's
                             (sender, relay, login, policy, content, a long outage);
                             unsent rows stay pending for the next run
"""

from __future__ import annotations


class NewsletterError(Exception):
    """Base of every error the user can act on."""

    exit_code = 1
    default_hint = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint if hint is not None else self.default_hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(NewsletterError):
    """The config file is missing or has one or more invalid values."""

    exit_code = 2
    default_hint = "fix the listed keys in your config file and run again"

    def __init__(self, message: str, hint: str | None = None, problems: list[str] | None = None):
        super().__init__(message, hint)
        self.problems = problems or []


class WeekError(NewsletterError):
    """A week given on the command line (or in a link) that is not an ISO week."""

    default_hint = "write the week as YYYY-Www, for example 2026-W48"


class ContentError(NewsletterError):
    """An interview file cannot be used (not UTF-8, no date, empty, binary)."""

    default_hint = "fix or remove the file; without --strict it is skipped with a warning"

    def __init__(self, path: str, reason: str, hint: str | None = None):
        super().__init__(f"{path}: {reason}", hint)
        self.path = path
        self.reason = reason


class RosterError(NewsletterError):
    """The subscriber list cannot be read."""

    default_hint = "see subscribers/README.md for the expected columns"


class InvalidSubscriber(RosterError, ValueError):
    """A subscriber's address, time zone or status is not valid."""

    default_hint = "fix the value and run again"


class RenderError(NewsletterError):
    """A template failed to render."""

    default_hint = "check the template named above; delete it to fall back to the built-in one"


class CheckFailed(NewsletterError):
    """A checking tool ran but its answer could not be read (a broken install, or a changed output)."""

    default_hint = "run the tool by hand to see what it says; the issue itself may be fine"


class OutputError(NewsletterError, OSError):
    """A file could not be written: its folder cannot be made, is read-only, or the disk is full."""

    default_hint = "check that the folder can be made and written to, and that the disk has room"


class BadToken(NewsletterError):
    """A signed link that was altered, forged, expired, is for something else, or was used before."""

    default_hint = "the link is damaged or forged; use the link from a recent issue"


class StateError(NewsletterError):
    """The state database cannot be opened or is locked."""

    default_hint = "check [state] path in your config"


class SendInProgress(StateError):
    """Another process is sending this issue right now."""

    default_hint = "wait for the other send to finish, or check `newsletter send --status`"


class DeliveryError(NewsletterError):
    """A transport could not hand a message to the mail provider."""

    default_hint = "check the [delivery] section of your config and the provider's status"


class IssueRefused(DeliveryError):
    """The built issue fails a quick check or has no interviews: nothing was sent."""


class NotApproved(DeliveryError):
    """`[schedule] approval = "required"` and no editor approved this issue's content: it is held."""

    def __init__(self, message: str, week: str, hint: str | None = None):
        super().__init__(message, hint or f"look at it (`newsletter preview --week {week}`), then approve it with "
                                          f"`newsletter approve --week {week}` or the link mailed to the editors")
        self.week = week


class TransientDeliveryError(DeliveryError):
    """Worth retrying later: the provider is busy or the connection dropped."""

    def __init__(self, message: str, hint: str | None = None, retry_after: float | None = None):
        super().__init__(message, hint)
        self.retry_after = retry_after


class PermanentDeliveryError(DeliveryError):
    """Retrying will not help: the address or the message was refused."""


class SendStopped(DeliveryError):
    """The send stopped for a cause no single recipient is to blame for; nobody was suppressed for it."""

    default_hint = "fix the cause, then run `newsletter send` again: the messages not yet sent are still pending"
