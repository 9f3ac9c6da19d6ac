"""Mail providers: one module each, which registers itself here.

A provider module declares, in one `register(Provider(...))` call:

    name       what `[delivery] provider` says, and the name of its `[delivery.<name>]` table
    settings   a dataclass of that table's keys (each a `setting` with its default and doc line);
               the config schema picks it up, so no config code changes for a new provider
    transport  `transport(cfg, issue) -> Transport`, the object the send loop hands batches to
    webhook    optional: `webhook(request) -> [(address, reason)]` for `POST /webhooks/<name>`
    probe      optional: `probe(cfg, transport) -> (ok, detail, fix)`, a call that sends and changes
               nothing, for `newsletter doctor`

Every module in this folder is imported when the providers are first asked for, so adding
Amazon SES is one new module here (plus its tests, and its keys in config.toml and README,
which a test checks).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..registry import Registry

# The built-in providers in the order the docs and messages list them; modules added later follow.
_BUILTIN = ("outbox", "smtp", "postmark", "sendgrid", "mailgun", "resend")


@dataclass(frozen=True)
class Provider:
    """One way to send mail, as its module declares it."""

    name: str
    title: str  # as people write it ("SendGrid"), for docs and messages
    settings: type
    transport: Callable[[Any, str], Any]
    webhook: Callable[[Any], list[tuple[str, str]]] | None = None
    probe: Callable[[Any, Any], tuple[bool, str, str]] | None = None


_REGISTRY: Registry[Provider] = Registry(__name__, _BUILTIN)
register = _REGISTRY.register
unregister = _REGISTRY.unregister
providers = _REGISTRY.all  # every registered provider by name, the built-in ones first
