"""One message outside a send run: a test copy, a confirmation, a note or a review for the editors.

Every such path composes through `compose` (envelope, prepared MIME, the recipient's link token) and mails
through `send_one` (the configured transport, opened and closed around the call), so they cannot drift
apart from each other or from the issue's own messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from ..config import Config
from ..tokens import subscriber_token
from .identity import envelope, signing_key
from .mime import Outgoing, prepare_message
from .transport import Receipt, make_transport


@dataclass(frozen=True)
class Letter:
    """What one message says. `issue` names its Message-IDs (with each address) and its List-ID envelope."""

    issue: str
    subject: str
    text: str
    html: str


def compose(cfg: Config, letter: Letter, address: str, name: str = "", secret: bytes | None = None) -> Outgoing:
    """`letter` for one recipient, its links signed with `secret` (the configured signing key by default)."""
    if secret is None:
        secret, _ = signing_key(cfg)
    env = envelope(cfg, letter.issue)
    prepared = prepare_message(env, letter.subject, letter.text, letter.html)
    return prepared.fill(address, name, subscriber_token(secret, address, env.list_id), datetime.now(timezone.utc))


def send_one(cfg: Config, letter: Letter, recipients: list[tuple[str, str]], key: str,
             folder: str | None = None, secret: bytes | None = None) -> list[Receipt]:
    """Mail `letter` to each (address, name) through the configured transport in one call; their receipts.

    `key` is the call's idempotency key (a provider that keeps one sends a retried call once); `folder`
    is what the transport files the messages under (the outbox's folder), `letter.issue` by default.
    """
    if secret is None:
        secret, _ = signing_key(cfg)
    messages = [compose(cfg, letter, address, name, secret) for address, name in recipients]
    transport = make_transport(cfg, folder or letter.issue)
    try:
        return transport.send(messages, key)
    finally:
        transport.close()
