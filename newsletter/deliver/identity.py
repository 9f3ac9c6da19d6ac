"""Who the mail is from and how its links are signed: the signing key, the List-ID and each issue's envelope."""

from __future__ import annotations

import re

from ..config import Config
from ..errors import ConfigError
from ..tokens import DEV_SECRET
from .message import Envelope, domain_of


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
    """The List-ID (RFC 2919) of this newsletter: its name as a slug, under the sender's domain."""
    slug = re.sub(r"[^a-z0-9]+", "-", cfg.newsletter.name.lower()).strip("-") or "newsletter"
    return f"{slug}.{domain_of(cfg.newsletter.from_addr)}"


def envelope(cfg: Config, issue: str) -> Envelope:
    """What every message of `issue` shares: sender, reply-to, list and the base of its links."""
    n = cfg.newsletter
    return Envelope(issue, n.name, n.from_addr, n.reply_to, list_id(cfg), n.base_url.rstrip("/"))
