"""Resend: POST /emails/batch, up to 100 messages, with an Idempotency-Key so a retried batch is sent once.

Each message carries our Message-ID in its `headers` object as well: Resend keeps an idempotency key
for 24 hours, and a retry after that (or a batch cut differently) is then still recognisable.
"""

from __future__ import annotations

from email.utils import formataddr

from .http import HttpTransport, api_key
from .mime import Outgoing
from .transport import Receipt


class ResendTransport(HttpTransport):
    name = "resend"
    batch_size = 100

    def send_call(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        payload = [{
            "from": formataddr((m.prepared.env.sender_name, m.prepared.env.sender)),
            "to": [m.address],
            "subject": m.subject,
            "text": m.text,
            "html": m.html,
            **({"reply_to": m.prepared.env.reply_to} if m.prepared.env.reply_to else {}),
            "headers": m.headers,  # Message-ID included: a receiver drops a duplicate the key did not stop
        } for m in batch]
        resp = self.post("/emails/batch", json=payload, headers={"Authorization": f"Bearer {self.key}",
                                                                "Idempotency-Key": idempotency_key})
        if resp.status_code != 200:
            self.refuse(resp)
        data = resp.json().get("data", [])
        return [Receipt(m.email, "sent", provider_id=d.get("id")) for m, d in zip(batch, data)]


def from_config(cfg, issue: str) -> ResendTransport:
    return ResendTransport(cfg.delivery.resend.api_url, api_key(cfg, "resend"))
