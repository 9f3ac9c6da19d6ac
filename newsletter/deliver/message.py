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


class UnencodableAddress(ValueError):
    """An address that cannot be written into an ASCII envelope and header."""


def wire_address(email: str) -> str:
    """The address as it goes on the wire: an internationalised domain in its IDNA (xn--) form.

    A non-ASCII local part would need SMTPUTF8 end to end, which the providers do not all offer; the
    roster refuses such addresses, and one already in a ledger fails alone with this error.
    """
    if email.isascii():
        return email
    local, _, domain = email.rpartition("@")
    if not local.isascii():
        raise UnencodableAddress(f"{email}: the part before the @ has non-ASCII characters, which need SMTPUTF8")
    import idna

    try:
        return f"{local}@{idna.encode(domain, uts46=True).decode('ascii')}"
    except idna.IDNAError as exc:
        raise UnencodableAddress(f"{email}: the domain has no IDNA form ({exc})") from None
