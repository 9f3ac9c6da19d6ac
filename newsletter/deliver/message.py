"""What a message is made of: its envelope, its identity, and the form transports receive."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_header(value: str) -> str:
    """One line with no control characters: CR/LF in a name or subject can never add a header."""
    return " ".join(_CONTROL.sub(" ", value).split())


def message_id(issue: str, email: str, domain: str) -> str:
    """Stable per (issue, subscriber): a resend after a crash carries the same Message-ID,
    which receiving systems use to drop duplicates."""
    digest = hashlib.sha256(f"{issue}\0{email.casefold()}".encode()).hexdigest()[:24]
    return f"<{issue.lower()}.{digest}@{domain}>"


@dataclass(frozen=True)
class Envelope:
    """Everything about one message except its body."""

    issue: str
    sender_name: str
    sender: str
    reply_to: str
    list_id: str
    base_url: str


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1]
