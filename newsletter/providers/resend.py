"""Resend: POST /emails/batch, up to 100 messages, with an Idempotency-Key so a retried batch is sent once.

Each message carries our Message-ID in its `headers` object as well: Resend keeps an idempotency key
for 24 hours, and a retry after that (or a batch cut differently) is then still recognisable.
"""

from __future__ import annotations

from email.utils import formataddr
from typing import TYPE_CHECKING

from . import Provider, register
from .http_api import HttpTransport, api_key, api_settings, http_probe, json_object
from .transport import Receipt

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing


ResendSettings = api_settings("ResendSettings", "https://api.resend.com", "RESEND_API_KEY")


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


def _sending_only(resp) -> bool:
    # A sending-only key: Resend knows it, and it may send; reading the domains is all it may not do.
    return resp.status_code == 401 and json_object(resp).get("name") == "restricted_api_key"


register(Provider("resend", "Resend", ResendSettings, from_config,
                  probe=http_probe("/domains", lambda key: {"headers": {"Authorization": f"Bearer {key}"}},
                                   known_key=_sending_only)))
