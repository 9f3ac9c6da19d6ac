"""The email message: headers a newsletter needs, text/plain then text/html."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from ..render import TOKEN

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# Header lines may run to RFC 5322's 998 octets: a folded or encoded List-Unsubscribe URL breaks one-click
# unsubscribe in some mail clients. Bodies stay quoted-printable at 76 columns.
POLICY = policy.SMTP.clone(max_line_length=998)


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


@dataclass(frozen=True)
class Outgoing:
    """One message ready for a transport: structured fields for HTTP APIs, MIME bytes for SMTP and files."""

    email: str
    name: str
    message_id: str
    subject: str
    headers: dict
    text: str
    html: str
    raw: bytes


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1]


def compose(env: Envelope, email: str, name: str, subject: str, text: str, html: str, token: str,
            now: datetime) -> Outgoing:
    """The personalised message for one subscriber; `token` replaces the render placeholder."""
    unsubscribe = f"{env.base_url}/unsubscribe?t={token}"
    mailto = f"mailto:{env.reply_to or env.sender}?subject=unsubscribe"
    headers = {
        "List-ID": f"{clean_header(env.sender_name)} <{env.list_id}>",
        "List-Unsubscribe": f"<{unsubscribe}>, <{mailto}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    text = text.replace(TOKEN, token)
    html = html.replace(TOKEN, token)
    subject = clean_header(subject)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = Address(clean_header(env.sender_name), addr_spec=env.sender)
    if env.reply_to:
        msg["Reply-To"] = env.reply_to
    msg["To"] = Address(clean_header(name), addr_spec=email)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    mid = message_id(env.issue, email, domain_of(env.sender))
    msg["Message-ID"] = mid
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return Outgoing(email, name, mid, subject, headers, text, html, msg.as_bytes(policy=POLICY))
