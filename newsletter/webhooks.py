"""Bounce and complaint webhooks of the mail providers: prove the request is theirs, then read the addresses.

Each provider that has a webhook reads it in its own module (`providers/`): it takes
a `WebhookRequest` and returns (address, reason) pairs, or raises `WebhookRefused` (403: not
authentic, or a replay) or `BadWebhook` (400: not the shape the provider sends). Nothing a
caller sends becomes a 500.

    mailgun   HMAC-SHA256 of timestamp + token with the signing key; each token works once
    sendgrid  ECDSA (P-256, SHA-256) over timestamp + raw body with the public key from the config
    postmark  a shared secret as the basic-auth password or ?key=
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Mapping

# Postmark bounce webhooks can carry the whole bounced message; bigger than this is not a bounce report.
MAX_BODY = 1024 * 1024
MAX_ADDRESS = 320  # RFC 5321's longest path: anything longer is not an address


class WebhookRefused(Exception):
    """Not from the provider, or a replay: answered 403."""


class BadWebhook(Exception):
    """Not the shape the provider sends: answered 400."""


@dataclass(frozen=True)
class WebhookKeys:
    shared_secret: str = ""
    mailgun_key: str = ""
    sendgrid_public_key: str = ""

    @classmethod
    def from_config(cls, cfg) -> "WebhookKeys":
        s = cfg.server
        return cls(cfg.secret(s.webhook_secret_env) or "", cfg.secret(s.mailgun_signing_key_env) or "",
                   s.sendgrid_public_key)


@dataclass(frozen=True)
class WebhookRequest:
    """One webhook call as a provider's reader sees it."""

    body: bytes
    headers: Mapping[str, str]
    args: Mapping[str, str]
    password: str | None  # the basic-auth password, when the request has one
    keys: WebhookKeys
    first_use: Callable[[str, int], bool]  # records a token once: False when it was seen before
    now: float


def read_webhook(provider: str, request: WebhookRequest) -> list[tuple[str, str]]:
    """(address, reason) pairs of one provider's webhook, read by that provider's module."""
    from .providers import providers

    registered = providers().get(provider)
    if registered is None or registered.webhook is None:
        raise WebhookRefused(f"no webhook for {provider}")
    return registered.webhook(request)


def json_body(body: bytes) -> Any:
    """The body as JSON, or `BadWebhook`."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadWebhook("the body is not JSON") from None


def address(value: Any) -> str:
    """An address from a webhook's payload, or `BadWebhook` when it is not a plausible one."""
    if not isinstance(value, str) or not value or len(value) > MAX_ADDRESS:
        raise BadWebhook("an address is not a string")
    return value
