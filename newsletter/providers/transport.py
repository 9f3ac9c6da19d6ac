"""The transport interface every provider implements: one method, `send(batch) -> receipts`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, get_args

from ..errors import NewsletterError

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing

# What a receipt can say about one message, and what the send loop does with it:
#   sent       accepted: recorded `sent`
#   transient  this message refused for now (4xx, HTTP 500): retried later, counts as an attempt
#   permanent  this recipient refused for good: `failed` (and suppressed when hard_bounce)
#   unknown    handed over but no answer came: retried once, after a long wait, same Message-ID
#   outage     the server or connection is unavailable (or throttling): the whole send pauses,
#              no attempt counted
#   stop       refused for a cause that is not the recipient's (sender, relay, login, policy,
#              content): the send stops with `halt`, nobody is suppressed
#   untried    the transport stopped before this message: back to pending, no attempt counted
#   withdrawn  the hand-over found the row no longer due (unsubscribed since it was read): nothing recorded
Status = Literal["sent", "transient", "permanent", "unknown", "outage", "stop", "untried", "withdrawn"]
STATUSES: tuple[Status, ...] = get_args(Status)


@dataclass(frozen=True)
class Receipt:
    """What the provider said about one message."""

    email: str
    status: Status
    provider_id: str | None = None
    error: str | None = None
    retry_after: float | None = None
    hard_bounce: bool = False  # a permanent refusal that should suppress the address
    halt: NewsletterError | None = None  # with status "stop": the error the send stops with


class Transport(Protocol):
    name: str
    batch_size: int

    def send(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        """Hand over a batch; return one Receipt per message, in any order.

        A transport with `hands_over_late = True` also takes `handover`, a function of an address it
        must call just before that message becomes irrevocable, and skip the message ("withdrawn") when
        it returns False.
        """

    def close(self) -> None: ...


def by_variant(batch: list[Outgoing]) -> list[list[Outgoing]]:
    """A batch split by rendered variant, for APIs that take one body and per-recipient substitutions."""
    groups: dict[int, list[Outgoing]] = {}
    for m in batch:
        groups.setdefault(id(m.prepared), []).append(m)
    return list(groups.values())
